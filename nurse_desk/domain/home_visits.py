"""Home visits (docs/CARE-RULES.md, "Home visits"): why and how a visit is planned, when it
counts as ready, and what the nurse records afterwards."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import NamedTuple

from nurse_desk.domain.consent import (
    ConsentMissing,
    ConsentPurpose,
    ConsentRecord,
    matching_consent,
)
from nurse_desk.domain.consent_rules import (
    NORWAY,
    consents_that_count,
)
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.follow_ups import FollowUpKind
from nurse_desk.domain.journal import MAX_SHORT, MAX_TEXT, TextTooLong
from nurse_desk.domain.phone_numbers import check_phone
from nurse_desk.domain.timeline import TimelineItem, TimelineKind, TimelinePart

MAX_ITEMS = 60  # topics, questions or observation points in one plan: a visit, not a survey
MAX_MINUTES = 8 * 60


class VisitReason(StrEnum):
    """The guideline's indications, in its order (the list is not exhaustive: OTHER + text)."""

    DROPOUT_RISK = "dropout_risk"
    NEWLY_ARRIVED = "newly_arrived"
    DISABILITY = "disability"
    MENTAL_HEALTH = "mental_health"
    NOT_AT_SCHOOL = "not_at_school"
    BULLYING = "bullying"
    MISSED_CONSULTATIONS = "missed_consultations"
    ASKS_FOR_SUPPORT = "asks_for_support"
    NEXT_OF_KIN = "next_of_kin"
    FAMILY_ILLNESS_OR_ABUSE = "family_illness_or_abuse"
    OTHER = "other"


class VisitInitiator(StrEnum):
    PUPIL = "pupil"
    PARENTS = "parents"
    NURSE = "nurse"
    SCHOOL = "school"
    PSYCHOLOGIST = "psychologist"
    GP = "gp"
    OTHER = "other"


class VisitPurpose(StrEnum):
    """What the guideline says a visit may serve."""

    UNDERSTAND_SITUATION = "understand_situation"
    OBSERVE_INTERACTION = "observe_interaction"
    INCLUDE_FAMILY = "include_family"
    BUILD_TRUST = "build_trust"
    TAILORED_ADVICE = "tailored_advice"
    EASIER_TO_ACCEPT = "easier_to_accept"
    LOWER_THRESHOLD = "lower_threshold"


class NoticeMethod(StrEnum):
    PHONE = "phone"
    LETTER = "letter"
    MEETING = "meeting"
    DIGITAL = "digital"


class CompanionRole(StrEnum):
    DOCTOR = "doctor"
    PHYSIOTHERAPIST = "physiotherapist"
    PSYCHOLOGIST = "psychologist"
    OCCUPATIONAL_THERAPIST = "occupational_therapist"
    INTERPRETER = "interpreter"
    OTHER = "other"


class VisitStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    DONE = "done"
    DOCUMENTED = "documented"


class MissingItem(StrEnum):
    """What still stands between a plan and READY."""

    NOTICE = "notice"
    CONSENT = "consent"
    PURPOSE = "purpose"


class ItemKind(StrEnum):
    TOPIC = "topic"
    QUESTION = "question"
    OBSERVATION = "observation"


class VisitNotReady(NurseDeskError):
    """Marking ready needs notice, a valid consent and a purpose."""

    def __init__(self, missing: tuple[MissingItem, ...]) -> None:
        super().__init__(", ".join(item.value for item in missing))
        self.missing = missing


class VisitConsentGone(NurseDeskError):
    """A ready visit whose home-visit consent no longer holds (withdrawn, expired) on the day
    it takes place: it is not marked done or documented as if the family had agreed."""


class VisitNotFound(NurseDeskError):
    """No visit with this number (deleted, or a mistyped number on the command line)."""

    def __init__(self, visit_id: int) -> None:
        super().__init__(str(visit_id))
        self.visit_id = visit_id


class VisitLocked(NurseDeskError):
    """A visit that has taken place (done or documented) is no longer planned or edited."""


class WrongVisitStatus(NurseDeskError):
    """The step does not follow from the visit's status (e.g. documenting a draft)."""

    def __init__(self, status: VisitStatus) -> None:
        super().__init__(status.value)
        self.status = status


class InvalidVisit(NurseDeskError):
    """A plan that cannot be saved as typed; `reason` says which part."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Notice:
    given_on: date | None = None
    method: NoticeMethod | None = None
    to_whom: str = ""
    told: str = ""  # what the family was told about the conversation, questions, observation

    @property
    def is_given(self) -> bool:
        return self.given_on is not None and self.method is not None and bool(self.to_whom.strip())


@dataclass(frozen=True, slots=True)
class Companion:
    role: CompanionRole
    name: str
    organisation: str = ""
    phone: str = ""
    confirmed: bool = False


@dataclass(frozen=True, slots=True)
class Safety:
    go_in_pairs: bool = False
    call_whom: str = ""  # who knows where the nurse is, and is called if she is not back
    expected_back: time | None = None


@dataclass(frozen=True, slots=True)
class VisitPlan:
    """What the nurse plans; saved as a draft until it is ready."""

    pupil_id: int
    planned_on: date
    starts_at: time
    minutes: int = 60
    sibling_ids: tuple[int, ...] = ()
    reasons: frozenset[VisitReason] = frozenset()
    reason_text: str = ""
    initiator: VisitInitiator = VisitInitiator.NURSE
    initiator_text: str = ""
    purposes: frozenset[VisitPurpose] = frozenset()
    purpose_text: str = ""
    home_of: str = ""  # the guardian whose home it is; the address is remembered per guardian
    address: str = ""
    directions: str = ""
    notice: Notice = field(default_factory=Notice)
    companions: tuple[Companion, ...] = ()
    topics: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    observation_points: tuple[str, ...] = ()
    safety: Safety = field(default_factory=Safety)

    @property
    def has_purpose(self) -> bool:
        return bool(self.purposes) or bool(self.purpose_text.strip())

    def check(self) -> None:
        if not 5 <= self.minutes <= MAX_MINUTES:
            raise InvalidVisit("duration")
        if self.pupil_id in self.sibling_ids:
            raise InvalidVisit("sibling_is_pupil")
        for items in (self.topics, self.questions, self.observation_points):
            if len(items) > MAX_ITEMS:
                raise InvalidVisit("too_many_items")
            if any(len(item) > MAX_SHORT for item in items):
                raise TextTooLong("item", MAX_SHORT)
        shorts = (
            self.reason_text,
            self.initiator_text,
            self.purpose_text,
            self.home_of,
            self.address,
            self.notice.to_whom,
            self.safety.call_whom,
        )
        if any(len(text) > MAX_SHORT for text in shorts):
            raise TextTooLong("field", MAX_SHORT)
        if len(self.directions) > MAX_TEXT or len(self.notice.told) > MAX_TEXT:
            raise TextTooLong("text", MAX_TEXT)
        for companion in self.companions:
            if not companion.name.strip():
                raise InvalidVisit("companion_name")

    def check_phones(self, known: Iterable[str] = ()) -> None:
        """InvalidPhone for a companion's phone that cannot be one, unless it is in `known`
        (the plan's numbers as stored before)."""
        known = tuple(known)
        for companion in self.companions:
            check_phone(companion.phone, known=known)


@dataclass(frozen=True, slots=True)
class VisitRecord:
    id: int
    plan: VisitPlan
    status: VisitStatus
    pupil_name: str
    consent: ConsentRecord | None  # the consent that covers the visit today, if any
    missing: tuple[MissingItem, ...]
    note_id: int | None
    documented_at: datetime | None
    updated_at: datetime

    @property
    def is_editable(self) -> bool:
        return self.status in (VisitStatus.DRAFT, VisitStatus.READY)


class VisitSummary(NamedTuple):
    """One line of a visit list or of the agenda: enough to show and to open it, and for the
    list's detail pane (address, purposes, the note written) without reading the plan.

    A named tuple rather than a frozen dataclass: the visits page makes one per visit on every
    refresh (2,000 in a year), and a frozen dataclass sets each field through
    object.__setattr__."""

    visit_id: int
    pupil_id: int
    pupil_name: str
    planned_on: date
    starts_at: time
    minutes: int
    status: VisitStatus
    missing: tuple[MissingItem, ...]
    address: str = ""  # "" for a protected home: shown only on a deliberate, logged click
    purposes: frozenset[VisitPurpose] = frozenset()
    purpose_text: str = ""
    note_id: int | None = None
    protected: bool = False  # a pupil with protected identity lives in the home

    @property
    def starts(self) -> datetime:
        return datetime.combine(self.planned_on, self.starts_at)


@dataclass(frozen=True, slots=True)
class VisitTemplate:
    """A reusable plan (long-term absence, chronic illness, newly arrived family…)."""

    id: int
    name: str
    reasons: frozenset[VisitReason] = frozenset()
    purposes: frozenset[VisitPurpose] = frozenset()
    topics: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    observation_points: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Observation:
    point: str
    observed: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class AgreedFollowUp:
    due_on: date
    what: str
    kind: FollowUpKind = FollowUpKind.OTHER


@dataclass(frozen=True, slots=True)
class VisitDocumentation:
    """What the nurse records after the visit, walking the plan point by point."""

    observations: tuple[Observation, ...] = ()
    answers: tuple[Answer, ...] = ()
    summary: str = ""
    follow_ups: tuple[AgreedFollowUp, ...] = ()

    def check(self) -> None:
        texts = [o.note for o in self.observations] + [a.answer for a in self.answers]
        if any(len(text) > MAX_TEXT for text in [*texts, self.summary]):
            raise TextTooLong("text", MAX_TEXT)
        for follow_up in self.follow_ups:
            if not follow_up.what.strip():
                raise InvalidVisit("follow_up_what")
            if len(follow_up.what) > MAX_SHORT:
                raise TextTooLong("follow_up", MAX_SHORT)


def visit_consent(
    consents: list[ConsentRecord], birth_date: date, today: date, *, country: str = NORWAY
) -> ConsentRecord | None:
    """The active home-visit consent from whoever the country's rule lets decide, or None."""
    candidates = consents_that_count(consents, country, birth_date, today)
    try:
        return matching_consent(candidates, ConsentPurpose.HOME_VISIT, "", today)
    except ConsentMissing:
        return None


def consent_for_visit(
    consents: list[ConsentRecord],
    birth_date: date,
    today: date,
    planned_on: date,
    *,
    country: str = NORWAY,
) -> ConsentRecord | None:
    """A consent that holds today and still holds on the day of the visit (in Norway a pupil
    may turn 16 in between, and then consents alone)."""
    now = visit_consent(consents, birth_date, today, country=country)
    if now is None or planned_on <= today:
        return now
    held = visit_consent([now], birth_date, planned_on, country=country)
    return now if held is not None else None


def missing_for_ready(plan: VisitPlan, consent: ConsentRecord | None) -> tuple[MissingItem, ...]:
    """What is still missing before the plan may be marked ready, in the order to fix it
    (docs/CARE-RULES.md, "Home visits": a visit is always announced, and needs consent and a
    clear purpose)."""
    missing = []
    if not plan.notice.is_given:
        missing.append(MissingItem.NOTICE)
    if consent is None:
        missing.append(MissingItem.CONSENT)
    if not plan.has_purpose:
        missing.append(MissingItem.PURPOSE)
    return tuple(missing)


def check_editable(status: VisitStatus) -> None:
    """Only a plan (draft or ready) is edited or deleted; a visit that has taken place stays
    as it was (VisitLocked)."""
    if status not in (VisitStatus.DRAFT, VisitStatus.READY):
        raise VisitLocked()


def status_after_edit(status: VisitStatus, missing: tuple[MissingItem, ...]) -> VisitStatus:
    """Editing is only for plans; a ready plan that loses notice, consent or purpose is a
    draft again, so READY always means ready."""
    check_editable(status)
    return VisitStatus.DRAFT if missing else status


def check_mark_ready(status: VisitStatus, missing: tuple[MissingItem, ...]) -> None:
    if status is not VisitStatus.DRAFT and status is not VisitStatus.READY:
        raise WrongVisitStatus(status)
    if missing:
        raise VisitNotReady(missing)


def status_now(status: VisitStatus, missing: tuple[MissingItem, ...]) -> VisitStatus:
    """The status to show and act on: a ready plan that has lost its consent since (withdrawn,
    expired) is a draft again, so READY never stands next to something missing."""
    return VisitStatus.DRAFT if status is VisitStatus.READY and missing else status


def consent_day(status: VisitStatus, planned_on: date, today: date) -> date:
    """The day a plan's consent is judged on. A ready plan is judged on the day of the visit,
    or today if that is earlier, so that a withdrawal after the visit neither turns it back
    into a draft nor stops the nurse from recording what happened; a draft on today."""
    return min(planned_on, today) if status is VisitStatus.READY else today


def check_mark_done(status: VisitStatus, missing: tuple[MissingItem, ...]) -> None:
    """`missing` is read when the step is taken: the plan was ready, but its consent may have
    been withdrawn or have run out since."""
    if status_now(status, missing) is not VisitStatus.READY:
        if status is VisitStatus.READY:
            raise VisitConsentGone()  # only the consent can go missing without an edit
        raise WrongVisitStatus(status)


def check_document(status: VisitStatus, missing: tuple[MissingItem, ...]) -> None:
    """Documenting follows the visit: from ready (done implied, so the consent is checked as
    for marking done) or done (checked then), and only once."""
    if status is VisitStatus.READY:
        check_mark_done(status, missing)
    elif status is not VisitStatus.DONE:
        raise WrongVisitStatus(status)


# The steps of draft → ready → done → documented: each checks that it follows from the
# visit's status (the checks above) and gives the status after it.
def status_when_ready(status: VisitStatus, missing: tuple[MissingItem, ...]) -> VisitStatus:
    check_mark_ready(status, missing)
    return VisitStatus.READY


def status_when_done(status: VisitStatus, missing: tuple[MissingItem, ...]) -> VisitStatus:
    check_mark_done(status, missing)
    return VisitStatus.DONE


def status_when_documented(status: VisitStatus, missing: tuple[MissingItem, ...]) -> VisitStatus:
    check_document(status, missing)
    return VisitStatus.DOCUMENTED


def fill_from_template(plan: VisitPlan, template: VisitTemplate) -> VisitPlan:
    """The template's reasons and purposes join the plan's; its lists are added after the
    plan's own items, without repeating one already there."""
    return replace(
        plan,
        reasons=plan.reasons | template.reasons,
        purposes=plan.purposes | template.purposes,
        topics=_merged(plan.topics, template.topics),
        questions=_merged(plan.questions, template.questions),
        observation_points=_merged(plan.observation_points, template.observation_points),
    )


def template_from_plan(name: str, plan: VisitPlan) -> VisitTemplate:
    return VisitTemplate(
        id=0,
        name=name.strip(),
        reasons=plan.reasons,
        purposes=plan.purposes,
        topics=plan.topics,
        questions=plan.questions,
        observation_points=plan.observation_points,
    )


def _merged(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    seen = {item.strip().casefold() for item in first}
    added = []
    for item in second:
        key = item.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            added.append(item.strip())
    return (*first, *added)


def initials(name: str) -> str:
    """'Emil Aasen-Berg' -> 'E. A.-B.': enough for the nurse, little for a passer-by."""
    parts = []
    for word in name.split():
        pieces = [piece[0].upper() + "." for piece in word.split("-") if piece]
        parts.append("-".join(pieces))
    return " ".join(parts)


def redact(text: str, names: list[str]) -> str:
    """Each known name (full names first, then single words of three letters or more) replaced
    by its initials: free text on a private printout must not give the family away."""
    words = sorted(
        {n.strip() for n in names if n.strip()}
        | {w for n in names for w in n.split() if len(w) >= 3},
        key=len,
        reverse=True,
    )
    for word in words:
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", initials(word), text, flags=re.I)
    return re.sub(r"(?<=\b\w\.)\.(?!\.)", "", text)  # "… til E.." at a sentence's end


def _visit_items(visits: Sequence[VisitSummary]) -> list[TimelineItem]:
    return [TimelineItem(v.starts, TimelineKind.HOME_VISIT, v.visit_id) for v in visits]


VISITS_ON_TIMELINE = TimelinePart(
    "visits", (TimelineKind.HOME_VISIT,), _visit_items, lambda visit: visit.visit_id
)
