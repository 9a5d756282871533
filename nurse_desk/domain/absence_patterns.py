"""Worrying-absence patterns (docs/CARE-RULES.md, "Worrying absence"): pure functions over one
pupil's absence entries and the school calendar.

The guideline names frequent, increasing, weekday-tied and subject-tied absence and says it can be
worrying even when reported or excused; it sets no numbers, so every threshold is a setting
(`Thresholds`, defaults below). A total-percentage flag is added after the 10 % absence limit the
Norwegian upper-secondary schools use.

What is counted:
- an *absent day* is a school day with at least one absence entry;
- a *day's amount* is 1 for a whole-day entry (no period and no subject) and otherwise the missed
  lessons divided by `lessons_per_day`, at most 1 per day: two missed lessons of six are 1/3 day;
- an *episode* is a run of absent school days with no school day between them (a Friday and the
  next Monday are one episode; weekends and public holidays do not break it);
- entries before the school year's start, after the analysis day, or on days that are not school
  days (weekends, public holidays) are left out.

Severity, most serious first: a pupil with more flags comes first; between equal counts, the pupil
whose most serious flag ranks higher in `SEVERITY_ORDER`, then the higher total percentage. Flags
of one pupil are listed in `SEVERITY_ORDER`: total (much teaching already missed), increasing (it
is getting worse: the guideline's early intervention), frequent, weekday, subject (specific hints).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from enum import StrEnum

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.school_days import SchoolDays

# Below this many school days a percentage says little (one sick day in the first week is 20 %).
MIN_SCHOOL_DAYS_FOR_TOTAL = 20
# The earlier level needs some school days before the recent window to compare with.
MIN_EARLIER_DAYS = 10
# One long illness is not a rising trend: the recent window needs at least two episodes.
MIN_RECENT_EPISODES = 2


class PatternKind(StrEnum):
    TOTAL = "total"
    INCREASING = "increasing"
    FREQUENT = "frequent"
    WEEKDAY = "weekday"
    SUBJECT = "subject"


SEVERITY_ORDER = (
    PatternKind.TOTAL,
    PatternKind.INCREASING,
    PatternKind.FREQUENT,
    PatternKind.WEEKDAY,
    PatternKind.SUBJECT,
)
_RANK = {kind: rank for rank, kind in enumerate(SEVERITY_ORDER)}
# A follow-up made from a flag keeps which of the pupil's patterns it came from as its source id
# (the follow-up row holds the pupil). Fixed numbers: never renumber, rows keep them.
_SOURCE_IDS = {
    PatternKind.TOTAL: 1,
    PatternKind.INCREASING: 2,
    PatternKind.FREQUENT: 3,
    PatternKind.WEEKDAY: 4,
    PatternKind.SUBJECT: 5,
}


class InvalidThreshold(NurseDeskError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a pattern is flagged. Defaults are a starting point for the nurse and the school to
    agree on (the guideline asks them to share an understanding of worrying absence)."""

    # total: absent more than this share of the school days so far
    total_percent: float = 10.0
    # how many lessons make a school day (turns missed lessons into parts of a day)
    lessons_per_day: int = 6
    # frequent: at least this many separate episodes within the last so many weeks
    frequent_episodes: int = 4
    frequent_weeks: int = 8
    # increasing: in the last so many weeks, at least `increasing_days` absent days and at least
    # `increasing_factor` times what the pupil's own earlier rate would give
    increasing_weeks: int = 4
    increasing_factor: float = 2.0
    increasing_days: float = 3.0
    # weekday: at least this share of the absent days on one weekday, and at least so many
    # episodes touching that weekday
    weekday_percent: float = 50.0
    weekday_episodes: int = 4
    # subject: at least so many missed lessons in one subject, and at least `subject_factor`
    # times what the subject's share of the school's absent lessons would give
    subject_factor: float = 3.0
    subject_lessons: int = 4

    def check(self) -> Thresholds:
        for item in fields(self):
            if not getattr(self, item.name) > 0:
                raise InvalidThreshold(item.name)
        if self.total_percent > 100 or self.weekday_percent > 100:
            raise InvalidThreshold("percent")
        return self


@dataclass(frozen=True, slots=True)
class AbsenceFlag:
    """One pattern found, with the numbers the sentence shows ("7 of 9 absent days were
    Mondays since 1 Sept"). The UI composes the sentence in the nurse's language."""

    pupil_id: int
    kind: PatternKind
    count: float  # total: absent days; increasing: recent absent days; frequent: episodes;
    #               weekday: absent days on that weekday; subject: missed lessons in it
    of: float = 0.0  # total: school days; weekday: all absent days; subject: all missed lessons
    since: date = date.min  # start of what was looked at
    weeks: int = 0  # frequent, increasing: the window in weeks
    expected: float = 0.0  # increasing: at the earlier rate; subject: from the school's shares
    weekday: int | None = None  # 0 = Monday
    subject: str = ""
    episodes: int = 0  # weekday: episodes touching that weekday

    @property
    def percent(self) -> float:
        return 100.0 * self.count / self.of if self.of else 0.0

    @property
    def rank(self) -> int:
        return _RANK[self.kind]

    @property
    def source_id(self) -> int:
        """The follow-up source id of this pupil's flag of this kind (source ABSENCE_FLAG)."""
        return _SOURCE_IDS[self.kind]

    @property
    def fingerprint(self) -> str:
        """The pattern's identity: an acknowledged flag stays hidden while this is unchanged."""
        if self.kind is PatternKind.TOTAL:
            key = f"{int(self.percent)}"
        elif self.kind is PatternKind.WEEKDAY:
            key = f"{self.weekday}:{self.count:g}"
        elif self.kind is PatternKind.SUBJECT:
            key = f"{self.subject}:{round(self.count)}"
        else:
            key = f"{round(self.count)}"
        return hashlib.sha256(f"{self.kind.value}|{key}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class PupilAbsence:
    """One pupil's absence this school year, in the units above, and the flags found."""

    pupil_id: int
    absent_days: float
    school_days: int
    episodes: int
    flags: tuple[AbsenceFlag, ...]

    @property
    def percent(self) -> float:
        return 100.0 * self.absent_days / self.school_days if self.school_days else 0.0

    def severity_key(self) -> tuple[int, int, float]:
        """Sort ascending by this for most serious first."""
        best = min((flag.rank for flag in self.flags), default=len(SEVERITY_ORDER))
        return (-len(self.flags), best, -self.percent)


@dataclass(frozen=True, slots=True)
class AbsenceProfile:
    """What the charts show: day amounts per week, per weekday, missed lessons per subject."""

    weeks: tuple[tuple[date, float], ...]  # (Monday of the week, absent days)
    weekdays: tuple[float, float, float, float, float]
    subjects: tuple[tuple[str, float], ...]  # most missed first


# One absent lesson as the analysis needs it: (day, whole day?, subject, missed lessons). A whole
# day is an entry with neither period nor subject; storage can hand these over without building an
# AbsenceEntry per row (a school year is ~200,000 rows).
AbsentLesson = tuple[date, bool, str, float]


def absent_lessons(entries: Iterable[AbsenceEntry]) -> Iterator[AbsentLesson]:
    for entry in entries:
        yield (entry.day, not entry.period and not entry.subject, entry.subject, entry.lessons)


@dataclass(slots=True)
class _Days:
    amount: dict[int, float]  # school-day index -> part of the day missed
    subjects: dict[str, float]  # subject -> missed lessons


def _collect(lessons: Iterable[AbsentLesson], calendar: SchoolDays, per_day: int) -> _Days:
    amount: dict[int, float] = defaultdict(float)
    subjects: dict[str, float] = defaultdict(float)
    index_of = calendar.index_of
    last_day, index = None, None
    for day, whole, subject, missed in lessons:
        if day != last_day:  # a pupil's lessons come day by day: look each day up once
            last_day, index = day, index_of(day)
        if index is None:
            continue
        amount[index] += 1.0 if whole else missed / per_day
        if subject:
            subjects[subject] += missed
    # Rounded: six sixths of a day are one day, not 0.9999999.
    return _Days({i: round(min(1.0, a), 9) for i, a in amount.items() if a > 0}, dict(subjects))


def _episodes(indices: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _window_start(calendar: SchoolDays, weeks: int) -> date:
    return max(calendar.first_day, calendar.today - timedelta(days=7 * weeks - 1))


def analyse_pupil(
    pupil_id: int,
    entries: Iterable[AbsenceEntry],
    calendar: SchoolDays,
    thresholds: Thresholds,
    subject_shares: Mapping[str, float] | None = None,
) -> PupilAbsence:
    """Every pattern of one pupil. `subject_shares` is each subject's share of the missed lessons
    at the pupil's school (how often the subject is on the timetable, as the absence shows it);
    without it a subject is compared with the mean of the pupil's other subjects."""
    return analyse_lessons(pupil_id, absent_lessons(entries), calendar, thresholds, subject_shares)


def analyse_lessons(
    pupil_id: int,
    lessons: Iterable[AbsentLesson],
    calendar: SchoolDays,
    thresholds: Thresholds,
    subject_shares: Mapping[str, float] | None = None,
) -> PupilAbsence:
    """`analyse_pupil` over plain (day, whole day, subject, lessons) tuples."""
    days = _collect(lessons, calendar, thresholds.lessons_per_day)
    indices = sorted(days.amount)
    runs = _episodes(indices)
    found = (
        _total(pupil_id, days, calendar, thresholds),
        _increasing(pupil_id, days, runs, calendar, thresholds),
        _frequent(pupil_id, runs, calendar, thresholds),
        _weekday(pupil_id, days, runs, calendar, thresholds),
        _subject(pupil_id, days, calendar, thresholds, subject_shares),
    )
    return PupilAbsence(
        pupil_id,
        absent_days=sum(days.amount.values()),
        school_days=calendar.count,
        episodes=len(runs),
        flags=tuple(flag for flag in found if flag is not None),
    )


def _total(pupil_id, days: _Days, calendar: SchoolDays, t: Thresholds) -> AbsenceFlag | None:
    if calendar.count < MIN_SCHOOL_DAYS_FOR_TOTAL:
        return None
    absent = sum(days.amount.values())
    if 100.0 * absent / calendar.count < t.total_percent:
        return None
    return AbsenceFlag(pupil_id, PatternKind.TOTAL, absent, calendar.count, calendar.first_day)


def _increasing(pupil_id, days: _Days, runs, calendar: SchoolDays, t: Thresholds):
    since = _window_start(calendar, t.increasing_weeks)
    split = calendar.first_index_from(since)
    recent_days = calendar.count - split
    if split < MIN_EARLIER_DAYS or recent_days <= 0:
        return None
    recent = sum(a for i, a in days.amount.items() if i >= split)
    earlier = sum(a for i, a in days.amount.items() if i < split)
    expected = earlier / split * recent_days
    recent_runs = sum(1 for _, last in runs if last >= split)
    if recent < t.increasing_days or recent < t.increasing_factor * expected:
        return None
    if recent_runs < MIN_RECENT_EPISODES:
        return None
    return AbsenceFlag(
        pupil_id,
        PatternKind.INCREASING,
        recent,
        since=since,
        weeks=t.increasing_weeks,
        expected=expected,
    )


def _frequent(pupil_id, runs, calendar: SchoolDays, t: Thresholds) -> AbsenceFlag | None:
    since = _window_start(calendar, t.frequent_weeks)
    split = calendar.first_index_from(since)
    count = sum(1 for _, last in runs if last >= split)
    if count < t.frequent_episodes:
        return None
    return AbsenceFlag(pupil_id, PatternKind.FREQUENT, count, since=since, weeks=t.frequent_weeks)


def _weekday(pupil_id, days: _Days, runs, calendar: SchoolDays, t: Thresholds):
    if not days.amount:
        return None
    per_weekday = [0] * 7
    for index in days.amount:
        per_weekday[calendar.days[index].weekday()] += 1
    weekday = max(range(7), key=lambda w: (per_weekday[w], -w))
    share = 100.0 * per_weekday[weekday] / len(days.amount)
    if share < t.weekday_percent:
        return None  # most pupils: no need to walk their episodes
    touching = sum(
        1
        for first, last in runs
        if any(calendar.days[i].weekday() == weekday for i in range(first, last + 1))
    )
    if touching < t.weekday_episodes:
        return None
    return AbsenceFlag(
        pupil_id,
        PatternKind.WEEKDAY,
        per_weekday[weekday],
        len(days.amount),
        calendar.first_day,
        weekday=weekday,
        episodes=touching,
    )


def _subject(pupil_id, days: _Days, calendar, t: Thresholds, shares: Mapping[str, float] | None):
    total = sum(days.subjects.values())
    best: tuple[float, str, float] | None = None
    for subject, lessons in days.subjects.items():
        if lessons < t.subject_lessons:
            continue
        share = (shares or {}).get(subject, 0.0)
        if share > 0:
            expected = total * share
        else:
            others = [v for s, v in days.subjects.items() if s != subject]
            expected = sum(others) / len(others) if others else 0.0
        if lessons < t.subject_factor * expected:
            continue
        ratio = lessons / expected if expected else float("inf")
        if best is None or (ratio, lessons) > (best[0], best[2]):
            best = (ratio, subject, lessons)
            best_expected = expected
    if best is None:
        return None
    return AbsenceFlag(
        pupil_id,
        PatternKind.SUBJECT,
        best[2],
        total,
        calendar.first_day,
        expected=best_expected,
        subject=best[1],
    )


def subject_shares(lessons_by_subject: Mapping[str, float]) -> dict[str, float]:
    """Each subject's share of the missed lessons (a stand-in for its share of the timetable)."""
    total = sum(v for s, v in lessons_by_subject.items() if s)
    return {s: v / total for s, v in lessons_by_subject.items() if s and total > 0}


def absence_profile(
    entries: Iterable[AbsenceEntry], calendar: SchoolDays, lessons_per_day: int
) -> AbsenceProfile:
    days = _collect(absent_lessons(entries), calendar, lessons_per_day)
    weeks: dict[date, float] = {}
    day = calendar.first_day - timedelta(days=calendar.first_day.weekday())
    while day <= calendar.today:
        weeks[day] = 0.0
        day += timedelta(days=7)
    weekdays = [0.0] * 5
    for index, amount in days.amount.items():
        school_day = calendar.days[index]
        weeks[school_day - timedelta(days=school_day.weekday())] += amount
        weekdays[school_day.weekday()] += amount
    subjects = sorted(days.subjects.items(), key=lambda item: (-item[1], item[0]))
    return AbsenceProfile(tuple(weeks.items()), tuple(weekdays), tuple(subjects))  # type: ignore[arg-type]


def most_serious_first(pupils: Iterable[PupilAbsence]) -> list[PupilAbsence]:
    """Flagged pupils only, most serious first (flags are already in SEVERITY_ORDER)."""
    return sorted((p for p in pupils if p.flags), key=PupilAbsence.severity_key)
