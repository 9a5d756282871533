"""Worrying absence: the patterns of every pupil, one pupil's picture, acknowledging a
flag, and turning a flag into a follow-up or a conversation note draft.

Reported and excused absence counts unless the caller leaves it out (docs/CARE-RULES.md,
"Worrying absence": it can be worrying even when reported).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import (
    AbsenceFlag,
    AbsenceProfile,
    AbsentLesson,
    InvalidThreshold,
    PupilAbsence,
    Thresholds,
    absence_profile,
    analyse_lessons,
    analyse_pupil,
    most_serious_first,
    subject_shares,
)
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.follow_ups import (
    FollowUpKind,
    FollowUpRecord,
    FollowUpSource,
    FollowUpStatus,
    NewFollowUp,
)
from nurse_desk.domain.journal import (
    MAX_SHORT,
    MissingReason,
    NoteDraft,
    NoteKind,
    NoteRecord,
    TextTooLong,
    Topic,
)
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.school_days import SchoolDays, school_days, school_year_start
from nurse_desk.services import journal
from nurse_desk.services.follow_ups import checked
from nurse_desk.services.kept_analysis import KeptAnalysis
from nurse_desk.services.settings import actor_in
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import absence_flags, access_log, follow_ups, pupils, vault_settings
from nurse_desk.storage import school_calendar as calendar_store
from nurse_desk.storage.vault import Vault

_PREFIX = "absence."
MAX_REASON = 200
ABSENCE_VIEW = "absence"  # the access log's detail when a pupil's absence view is opened
Progress = Callable[[int, int], None]


# -- settings -------------------------------------------------------------------------------
def read_thresholds(vault: Vault) -> Thresholds:
    """The nurse's thresholds, each falling back to its default."""
    with vault.session() as session, session.begin():
        return thresholds_in(session)


def thresholds_in(session) -> Thresholds:
    """read_thresholds inside a caller's transaction."""
    defaults = Thresholds()
    values = {}
    saved = vault_settings.starting_with(session, _PREFIX)  # one query, not one per threshold
    for item in fields(Thresholds):
        default = getattr(defaults, item.name)
        text = saved.get(_PREFIX + item.name, "")
        try:
            values[item.name] = type(default)(text) if text else default
        except ValueError:
            values[item.name] = default
    try:
        return Thresholds(**values).check()
    except InvalidThreshold:
        return defaults


def save_thresholds(vault: Vault, thresholds: Thresholds) -> None:
    thresholds.check()
    with vault.session() as session, session.begin():
        for item in fields(Thresholds):
            vault_settings.put(session, _PREFIX + item.name, str(getattr(thresholds, item.name)))


# -- analysis -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FlaggedPupil:
    pupil: PupilRecord
    absence: PupilAbsence  # flags still to look at (acknowledged ones left out unless asked)
    acknowledged: int  # how many flags are hidden because they were acknowledged


@dataclass(frozen=True, slots=True)
class AbsenceOverview:
    pupils: tuple[FlaggedPupil, ...]  # most serious first
    analysed: int  # pupils looked at
    entries: int  # absence entries looked at
    today: date
    # school name -> subject -> share of the missed lessons (what the subject pattern used)
    subject_shares: Mapping[str, Mapping[str, float]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PupilAbsenceView:
    pupil: PupilRecord
    absence: PupilAbsence  # every flag, acknowledged or not
    acknowledged: frozenset[str]  # kinds whose flag is acknowledged with the same pattern
    profile: AbsenceProfile
    school_year_start: date
    subject_shares: Mapping[str, float] = field(default_factory=dict)  # the school's, as used


class _Context:
    """School days per school-year start, built once per analysis."""

    def __init__(self, session, *, today: date) -> None:
        self.country = vault_settings.country(session)
        self.closed = tuple(calendar_store.closed_periods(session))  # the nurse's school breaks
        self.today = today
        schools = pupils.all_schools(session)
        self.school_ids = {school.name: school.id for school in schools}
        self.starts = {
            school.id: school_year_start(today, school.school_year_start, self.country)
            for school in schools
        }
        self.earliest = min(self.starts.values(), default=today)
        self._calendars: dict[date, SchoolDays] = {}

    def calendar(self, school_id: int) -> SchoolDays:
        start = self.starts.get(school_id, self.earliest)
        if start not in self._calendars:
            self._calendars[start] = school_days(start, self.today, self.country, self.closed)
        return self._calendars[start]


def _shares_by_school(
    lessons_by_pupil: Mapping[int, list[AbsentLesson]], schools: Mapping[int, int]
) -> dict[int, dict[str, float]]:
    """From the lessons already in memory: one pass instead of a second scan of the table."""
    lessons: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for pupil_id, missed in lessons_by_pupil.items():
        by_subject = lessons[schools.get(pupil_id, 0)]
        for _, _, subject, count in missed:
            if subject:
                by_subject[subject] += count
    return {school: subject_shares(by) for school, by in lessons.items()}


def _kept(entries: list[AbsenceEntry], include_excused: bool) -> list[AbsenceEntry]:
    return entries if include_excused else [e for e in entries if not (e.reported or e.excused)]


@dataclass(frozen=True, slots=True)
class Patterns:
    """Every active pupil's patterns, acknowledged flags included: what KeptAnalysis keeps."""

    found: tuple[PupilAbsence, ...]  # pupils with at least one flag, in the order read
    most_serious: tuple[PupilAbsence, ...]  # the same, most serious first
    pupils: Mapping[int, PupilRecord]  # every active pupil, by id
    entries: int
    subject_shares: Mapping[str, Mapping[str, float]]


def analyse_all(
    vault: Vault,
    *,
    today: date | None = None,
    include_excused: bool = True,
    show_acknowledged: bool = False,
    progress: Progress | None = None,
    kept: KeptAnalysis[Patterns] | None = None,
) -> AbsenceOverview:
    """Every active pupil's patterns; the flagged ones, most serious first. With `kept`, the
    patterns found last time are used again if nothing they were made from changed; the
    acknowledgements are read anew either way."""
    today = today or date.today()

    def analysed() -> Patterns:
        return _patterns(vault, today, include_excused, progress)

    patterns = (
        analysed() if kept is None else kept.recall(vault, (today, include_excused), analysed)
    )
    return _overview(vault, patterns, today, show_acknowledged)


def kept_overview(
    vault: Vault,
    kept: KeptAnalysis[Patterns],
    *,
    today: date,
    include_excused: bool = True,
    show_acknowledged: bool = False,
) -> AbsenceOverview | None:
    """`analyse_all`'s answer from the kept patterns alone (a small read, quick enough for the
    GUI thread), or None when they are gone or out of date."""
    patterns = kept.get(vault, (today, include_excused))
    return None if patterns is None else _overview(vault, patterns, today, show_acknowledged)


def _overview(
    vault: Vault, patterns: Patterns, today: date, show_acknowledged: bool
) -> AbsenceOverview:
    with vault.session() as session, session.begin():
        seen = absence_flags.acknowledgements(session)
    hidden_of: dict[int, int] = {}
    shown = []
    for absence in patterns.found:
        visible = tuple(
            f for f in absence.flags if show_acknowledged or not _is_acknowledged(f, seen)
        )
        hidden_of[absence.pupil_id] = len(absence.flags) - len(visible)
        if len(visible) == len(absence.flags):
            shown.append(absence)
        elif visible:
            shown.append(replace(absence, flags=visible))
    # a hidden flag may make a pupil less serious: sorted again only then
    ordered = most_serious_first(shown) if any(hidden_of.values()) else patterns.most_serious
    return AbsenceOverview(
        tuple(FlaggedPupil(patterns.pupils[a.pupil_id], a, hidden_of[a.pupil_id]) for a in ordered),
        analysed=len(patterns.pupils),
        entries=patterns.entries,
        today=today,
        subject_shares=patterns.subject_shares,
    )


def _patterns(
    vault: Vault, today: date, include_excused: bool, progress: Progress | None
) -> Patterns:
    with vault.session() as session, session.begin():
        thresholds = thresholds_in(session)
        context = _Context(session, today=today)
        schools = absence_flags.pupil_schools(session)
        school_names = {s.id: s.name for s in pupils.all_schools(session)}
        by_id = {p.id: p for p in pupils.all_pupils(session) if p.active}
        loaded = absence_store.lessons_by_pupil(
            session, since=context.earliest, include_excused=include_excused
        )
    shares = _shares_by_school(loaded, schools)
    found: list[PupilAbsence] = []
    for done, (pupil_id, lessons) in enumerate(loaded.items(), start=1):
        if progress is not None and done % 250 == 0:
            progress(done, len(by_id))
        if pupil_id not in by_id:
            continue
        school = schools[pupil_id]
        calendar = context.calendar(school)
        absence = analyse_lessons(pupil_id, lessons, calendar, thresholds, shares.get(school))
        if absence.flags:
            found.append(absence)
    return Patterns(
        tuple(found),
        tuple(most_serious_first(found)),
        by_id,
        entries=sum(map(len, loaded.values())),
        subject_shares={school_names[s]: by for s, by in shares.items() if s in school_names},
    )


def _is_acknowledged(flag: AbsenceFlag, seen: dict[tuple[int, str], str]) -> bool:
    known = seen.get((flag.pupil_id, flag.kind.value))
    return known is not None and known == flag.fingerprint  # a hash made only when needed


def pupil_absence(
    vault: Vault,
    pupil_id: int,
    *,
    today: date | None = None,
    include_excused: bool = True,
    shares: Mapping[str, float] | None = None,
    log_access: bool = True,
) -> PupilAbsenceView:
    """One pupil's absence this school year: flags (acknowledged marked) and chart series.

    `shares` are the school's subject shares from the last `analyse_all` with the same options
    (AbsenceOverview.subject_shares); without them they are summed here for the pupil's school
    alone (the view keeps them: PupilAbsenceView.subject_shares).
    Absence is health-related data about a named pupil: opening it is logged like opening the
    pupil's page, in the same transaction (a reload after the nurse's own act on the open view,
    such as acknowledging a flag, is not a new access: `log_access=False`).
    One unit of work with a bounded number of queries, none over the whole school's rows when
    `shares` are given.
    """
    today = today or date.today()
    with vault.session() as session, session.begin():
        thresholds = thresholds_in(session)
        context = _Context(session, today=today)
        pupil = pupils.plain_pupil(session, pupil_id)  # the view shows no guardian
        school = context.school_ids[pupil.school_name]
        seen = absence_flags.acknowledgements(session, pupil_id)
        loaded = _kept(absence_store.entries(session, pupil_id=pupil_id), include_excused)
        if shares is None:
            lessons = absence_flags.lessons_by_subject(
                session, school_id=school, since=context.earliest, include_excused=include_excused
            )
            shares = subject_shares(lessons)
        if log_access:
            access_log.append(
                session,
                actor=actor_in(session),
                action=AccessAction.OPEN_PUPIL,
                pupil_id=pupil_id,
                detail=ABSENCE_VIEW,
            )
    calendar = context.calendar(school)
    absence = analyse_pupil(pupil_id, loaded, calendar, thresholds, shares)
    return PupilAbsenceView(
        pupil,
        absence,
        frozenset(f.kind.value for f in absence.flags if _is_acknowledged(f, seen)),
        absence_profile(loaded, calendar, thresholds.lessons_per_day),
        calendar.first_day,
        shares,
    )


# -- acting on a flag -----------------------------------------------------------------------
def acknowledge_flag(
    vault: Vault, flag: AbsenceFlag, reason: str, *, now: datetime | None = None
) -> None:
    """Hide the flag until its pattern changes; the short reason is kept with it."""
    reason = reason.strip()
    if not reason:
        raise MissingReason()
    if len(reason) > MAX_REASON:
        raise TextTooLong("reason", MAX_REASON)
    with vault.session() as session, session.begin():
        absence_flags.acknowledge(
            session,
            pupil_id=flag.pupil_id,
            kind=flag.kind.value,
            fingerprint=flag.fingerprint,
            reason=reason,
            at=now or datetime.now(),
        )


def follow_up_from_flag(
    vault: Vault,
    flag: AbsenceFlag,
    *,
    description: str,
    due_on: date,
    now: datetime | None = None,
) -> int:
    """A "check absence" follow-up for the pupil, described by the flag's sentence; if this
    pupil's flag of this kind already has an open follow-up, that one's id (no second one)."""
    new = checked(
        NewFollowUp(
            pupil_id=flag.pupil_id,
            kind=FollowUpKind.CHECK_ABSENCE,
            due_on=due_on,
            description=description[:MAX_SHORT],
            source=FollowUpSource.ABSENCE_FLAG,
            source_id=flag.source_id,
        )
    )
    with vault.session() as session, session.begin():
        existing = _open_follow_up(session, flag)
        if existing is not None:
            return existing.id
        return follow_ups.add(session, new, now=now or datetime.now())


def open_follow_up_for_flag(vault: Vault, flag: AbsenceFlag) -> FollowUpRecord | None:
    """The open follow-up made earlier from this pupil's flag of this kind, if any."""
    with vault.session() as session, session.begin():
        return _open_follow_up(session, flag)


def _open_follow_up(session, flag: AbsenceFlag) -> FollowUpRecord | None:
    made = follow_ups.from_source(
        session, FollowUpSource.ABSENCE_FLAG, flag.source_id, pupil_id=flag.pupil_id
    )
    return next((f for f in made if f.status is FollowUpStatus.OPEN), None)


def note_draft_from_flag(
    vault: Vault, flag: AbsenceFlag, *, text: str, now: datetime | None = None
) -> NoteRecord:
    """A planned-conversation draft about absence, starting from the flag's sentence."""
    draft = NoteDraft(
        pupil_id=flag.pupil_id,
        occurred_at=(now or datetime.now()).replace(second=0, microsecond=0),
        kind=NoteKind.PLANNED,
        topics=frozenset({Topic.ABSENCE}),
        conversation=text,
    )
    return journal.save_draft(vault, draft, now=now)
