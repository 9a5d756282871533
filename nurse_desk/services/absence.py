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
    PupilAbsence,
    Thresholds,
    absence_profile,
    analyse_lessons,
    analyse_pupil,
    most_serious_first,
    subject_shares,
)
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.access_log_details import DetailKind
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
from nurse_desk.services.unit_of_work import ABSENCE_PREFIX, Work, unit_of_work
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import absence_flags, follow_ups, pupils, vault_settings
from nurse_desk.storage import school_calendar as calendar_store
from nurse_desk.storage.vault import Vault

MAX_REASON = 200
# The access log's detail when a pupil's absence view is opened.
ABSENCE_VIEW = DetailKind.ABSENCE_CHARTS.value
Progress = Callable[[int, int], None]


# -- settings -------------------------------------------------------------------------------
def read_thresholds(vault: Vault) -> Thresholds:
    """The nurse's thresholds, each falling back to its default."""
    with unit_of_work(vault) as work:
        return work.absence_thresholds


def save_thresholds(vault: Vault, thresholds: Thresholds) -> None:
    thresholds.check()
    with unit_of_work(vault) as work:
        for item in fields(Thresholds):
            value = str(getattr(thresholds, item.name))
            vault_settings.put(work.session, ABSENCE_PREFIX + item.name, value)


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

    def __init__(self, work: Work, *, today: date) -> None:
        self.country = work.country
        # the nurse's school breaks
        self.closed = tuple(calendar_store.closed_periods(work.session))
        self.today = today
        schools = pupils.all_schools(work.session)
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
class AllAbsence:
    """What analysing every pupil reads, in one unit of work; the analysis runs after it."""

    today: date
    thresholds: Thresholds
    context: _Context
    schools: Mapping[int, int]  # pupil id -> school id
    by_id: Mapping[int, PupilRecord]  # the active pupils
    loaded: Mapping[int, list[AbsentLesson]]


@dataclass(frozen=True, slots=True)
class Patterns:
    """Every active pupil's patterns, acknowledged flags included: what KeptAnalysis keeps."""

    today: date
    found: tuple[PupilAbsence, ...]  # pupils with at least one flag, in the order read
    most_serious: tuple[PupilAbsence, ...]  # the same, most serious first
    pupils: Mapping[int, PupilRecord]  # every active pupil, by id
    entries: int
    subject_shares: Mapping[str, Mapping[str, float]]


Acknowledgements = Mapping[tuple[int, str], str]  # (pupil id, kind) -> the pattern's fingerprint


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
    acknowledgements are read anew either way, in the same unit of work as the reads (the
    analysis itself runs after it, outside the transaction)."""
    today = today or date.today()
    inputs = (today, include_excused)
    started = None if kept is None else kept.starting(vault, inputs)  # before reading
    with unit_of_work(vault) as work:
        seen = _acknowledgements(work, show_acknowledged)
        patterns = None if kept is None else kept.get(vault, inputs)
        if patterns is None:
            read = read_all(work, today, include_excused=include_excused)
    if patterns is None:
        patterns = patterns_of(read, progress)
        if kept is not None:
            kept.keep(started, patterns)
    return overview_of(patterns, seen)


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
    if patterns is None:
        return None
    with unit_of_work(vault) as work:
        seen = _acknowledgements(work, show_acknowledged)
    return overview_of(patterns, seen)


def _acknowledgements(work: Work, show_acknowledged: bool) -> Acknowledgements | None:
    """The acknowledged flags to hide; None when every flag is shown."""
    return None if show_acknowledged else absence_flags.acknowledgements(work.session)


def read_all(
    work: Work, today: date, *, include_excused: bool, school_id: int | None = None
) -> AllAbsence:
    """What every pupil's patterns are made from, inside a caller's unit of work (the figures
    read them too); the acknowledgements are not among them. With `school_id`, the absence of
    that school's pupils only (a school's figures): their patterns are the same, as a subject's
    share is its school's."""
    context = _Context(work, today=today)
    return AllAbsence(
        today,
        work.absence_thresholds,
        context,
        absence_flags.pupil_schools(work.session),
        {p.id: p for p in pupils.all_pupils(work.session) if p.active},
        absence_store.lessons_by_pupil(
            work.session,
            since=context.earliest,
            include_excused=include_excused,
            school_id=school_id,
        ),
    )


def patterns_of(read: AllAbsence, progress: Progress | None = None) -> Patterns:
    """The patterns of every active pupil in what was read (no database: after the unit of
    work)."""
    shares = _shares_by_school(read.loaded, read.schools)
    found: list[PupilAbsence] = []
    for done, (pupil_id, lessons) in enumerate(read.loaded.items(), start=1):
        if progress is not None and done % 250 == 0:
            progress(done, len(read.by_id))
        if pupil_id not in read.by_id:
            continue
        school = read.schools[pupil_id]
        calendar = read.context.calendar(school)
        absence = analyse_lessons(pupil_id, lessons, calendar, read.thresholds, shares.get(school))
        if absence.flags:
            found.append(absence)
    names = {school_id: name for name, school_id in read.context.school_ids.items()}
    return Patterns(
        read.today,
        tuple(found),
        tuple(most_serious_first(found)),
        read.by_id,
        entries=sum(map(len, read.loaded.values())),
        subject_shares={names[s]: by for s, by in shares.items() if s in names},
    )


def overview_of(patterns: Patterns, seen: Acknowledgements | None) -> AbsenceOverview:
    """The flagged pupils, most serious first, without the flags acknowledged in `seen` with
    the same pattern (None: every flag shown, as the figures count them)."""
    hidden_of: dict[int, int] = {}
    shown = []
    for absence in patterns.found:
        visible = absence.flags
        if seen is not None:
            visible = tuple(f for f in absence.flags if not _is_acknowledged(f, seen))
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
        today=patterns.today,
        subject_shares=patterns.subject_shares,
    )


def _is_acknowledged(flag: AbsenceFlag, seen: dict[tuple[int, str], str]) -> bool:
    known = seen.get((flag.pupil_id, flag.kind.value))
    return known is not None and known == flag.fingerprint  # a hash made only when needed


def pupil_absence(
    vault: Vault, pupil_id: int, *, today: date | None = None, **options
) -> PupilAbsenceView:
    """absence_view in a unit of work of its own (`options`: absence_view's)."""
    with unit_of_work(vault) as work:
        return absence_view(work, pupil_id, today=today or date.today(), **options)


def absence_view(
    work: Work,
    pupil_id: int,
    *,
    today: date,
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
    Inside a caller's unit of work (the record export reads it too), with a bounded number
    of queries, none over the whole school's rows when `shares` are given.
    """
    context = _Context(work, today=today)
    pupil = pupils.plain_pupil(work.session, pupil_id)  # the view shows no guardian
    school = context.school_ids[pupil.school_name]
    seen = absence_flags.acknowledgements(work.session, pupil_id)
    loaded = _kept(absence_store.entries(work.session, pupil_id=pupil_id), include_excused)
    if shares is None:
        lessons = absence_flags.lessons_by_subject(
            work.session, school_id=school, since=context.earliest, include_excused=include_excused
        )
        shares = subject_shares(lessons)
    if log_access:
        work.log(
            action=AccessAction.OPEN_PUPIL,
            pupil_id=pupil_id,
            detail=ABSENCE_VIEW,
        )
    calendar = context.calendar(school)
    thresholds = work.absence_thresholds
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
    with unit_of_work(vault) as work:
        absence_flags.acknowledge(
            work.session,
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
    with unit_of_work(vault) as work:
        existing = _open_follow_up(work.session, flag)
        if existing is not None:
            return existing.id
        return follow_ups.add(work.session, new, now=now or datetime.now())


def open_follow_up_for_flag(vault: Vault, flag: AbsenceFlag) -> FollowUpRecord | None:
    """The open follow-up made earlier from this pupil's flag of this kind, if any."""
    with unit_of_work(vault) as work:
        return _open_follow_up(work.session, flag)


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
