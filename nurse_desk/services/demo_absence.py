"""Fictional absence for the demo vault, the tests and the benchmark: most pupils have a little
ordinary illness; a few carry one worrying pattern each, placed so the default thresholds find it
and no other (the tests check both).

Absence is recorded per lesson, as school systems export it, on a fixed six-lesson timetable.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import PatternKind
from nurse_desk.domain.school_days import school_days, school_year_start
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import absence_flags
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.vault import Vault

PE = "Kroppsøving"
# No subject has more than three lessons in two school days running, so a short illness never
# looks like subject-tied absence; Monday has six different subjects.
TIMETABLE = (
    ("Norsk", "Matematikk", "Engelsk", "Naturfag", "Samfunnsfag", "KRLE"),
    ("Matematikk", "Norsk", "Kunst og håndverk", "Musikk", PE, PE),
    ("Engelsk", "Norsk", "Matematikk", "Samfunnsfag", "Naturfag", "Mat og helse"),
    ("Norsk", "Matematikk", "Engelsk", "KRLE", PE, PE),
    ("Matematikk", "Norsk", "Samfunnsfag", "Naturfag", "Kunst og håndverk", "Musikk"),
)
MON, TUE, WED, THU, FRI = range(5)
_REASONS = ("Syk", "Tannlege", "Familiereise", "")
# A Swedish demo's school system names its subjects and reasons in Swedish.
_SWEDISH = {
    "Norsk": "Svenska",
    "Matematikk": "Matematik",
    "Engelsk": "Engelska",
    "Naturfag": "NO",
    "Samfunnsfag": "SO",
    "KRLE": "Religionskunskap",
    "Kunst og håndverk": "Bild",
    "Musikk": "Musik",
    PE: "Idrott och hälsa",
    "Mat og helse": "Hem- och konsumentkunskap",
    "Syk": "Sjuk",
    "Tannlege": "Tandläkare",
    "Familiereise": "Familjeresa",
}


def _in_swedish(entry: AbsenceEntry) -> AbsenceEntry:
    subject = _SWEDISH.get(entry.subject, entry.subject)
    return entry._replace(subject=subject, reason=_SWEDISH.get(entry.reason, entry.reason))


class _Weeks:
    """School days grouped by week, counted back from the analysis day's week (0 = this week)."""

    def __init__(self, days: Sequence[date]) -> None:
        self.weeks: list[dict[int, date]] = []
        for day in days:
            if not self.weeks or day.isocalendar()[:2] != self._key(self.weeks[-1]):
                self.weeks.append({})
            self.weeks[-1][day.weekday()] = day

    @staticmethod
    def _key(week: dict[int, date]) -> tuple[int, int]:
        return next(iter(week.values())).isocalendar()[:2]

    def day(self, back: int, weekday: int) -> date | None:
        if not self.weeks:
            return None
        week = self.weeks[max(0, len(self.weeks) - 1 - min(back, len(self.weeks) - 1))]
        if weekday in week:
            return week[weekday]
        return week[min(week, key=lambda w: abs(w - weekday))]

    @property
    def count(self) -> int:
        return len(self.weeks)


def _lessons(
    pupil_id: int, day: date | None, rng: random.Random, periods=range(6), reported=None
) -> list[AbsenceEntry]:
    if day is None:
        return []
    told = rng.random() < 0.6 if reported is None else reported
    reason = rng.choice(_REASONS) if told else ""
    return [
        AbsenceEntry(
            pupil_id,
            day,
            str(p + 1),
            TIMETABLE[day.weekday()][p],
            1.0,
            0.75,
            reported=told,
            excused=told and reason == "Syk",
            reason=reason,
        )
        for p in periods
    ]


def _days(pupil_id, weeks: _Weeks, rng, plan, periods=range(6), reported=None):
    entries: list[AbsenceEntry] = []
    for back, weekday in plan:
        entries += _lessons(pupil_id, weeks.day(back, weekday), rng, periods, reported)
    return entries


def absence_for(
    pupil_id: int, pattern: PatternKind | None, days: Sequence[date], rng: random.Random
) -> list[AbsenceEntry]:
    """A term's absence for one pupil with the given pattern (None: ordinary illness only).

    Placed for the default thresholds and at least 14 school weeks; with fewer weeks (a demo early
    in the autumn) the days crowd into the weeks there are.
    """
    weeks = _Weeks(days)
    if pattern is None:
        return _ordinary(pupil_id, weeks, rng)
    if pattern is PatternKind.FREQUENT:  # five one-day episodes in the last eight weeks
        plan = ((7, TUE), (6, THU), (5, MON), (2, WED), (0, MON))
    elif pattern is PatternKind.INCREASING:  # one day early on, four in the last three weeks
        plan = ((10, WED), (2, TUE), (2, WED), (1, THU), (1, FRI))
    elif pattern is PatternKind.WEEKDAY:  # five Mondays spread over the term
        plan = ((13, MON), (11, MON), (9, MON), (6, MON), (3, MON))
    elif pattern is PatternKind.SUBJECT:  # double PE lessons, nothing else
        plan = ((12, TUE), (10, THU), (9, TUE), (5, THU), (3, TUE))
        return _days(pupil_id, weeks, rng, plan, periods=(4, 5), reported=False)
    else:  # total: a long illness and two short ones early in the term
        plan = [(12, w) for w in range(5)] + [(9, WED), (9, THU), (9, FRI), (7, TUE)]
    return _days(pupil_id, weeks, rng, plan)


def _ordinary(pupil_id: int, weeks: _Weeks, rng: random.Random) -> list[AbsenceEntry]:
    """Up to three days of illness and perhaps one missed lesson: below every threshold."""
    entries: list[AbsenceEntry] = []
    if weeks.count == 0:
        return entries
    if rng.random() < 0.7:
        back, weekday = rng.randint(6, max(6, weeks.count - 1)), rng.randint(MON, THU)
        entries += _lessons(pupil_id, weeks.day(back, weekday), rng, reported=True)
        if rng.random() < 0.5:
            entries += _lessons(pupil_id, weeks.day(back, weekday + 1), rng, reported=True)
    if rng.random() < 0.4:
        entries += _lessons(pupil_id, weeks.day(rng.randint(0, 5), rng.randint(MON, FRI)), rng)
    if rng.random() < 0.4:
        day = weeks.day(rng.randint(0, weeks.count - 1), rng.randint(MON, FRI))
        entries += _lessons(pupil_id, day, rng, periods=(rng.randint(0, 5),))
    return _unique(entries)


def _unique(entries: list[AbsenceEntry]) -> list[AbsenceEntry]:
    return list({entry.key: entry for entry in entries}.values())


# Every 25th demo pupil carries a pattern, in turn.
DEMO_PATTERNS = (
    PatternKind.TOTAL,
    PatternKind.INCREASING,
    PatternKind.FREQUENT,
    PatternKind.WEEKDAY,
    PatternKind.SUBJECT,
)


def demo_patterns(position: int) -> tuple[PatternKind, ...]:
    """Every 25th pupil one pattern in turn; every 120th skips Mondays on top of frequent
    absence (which also makes the total high): the most serious kind of case."""
    if position % 120 == 60:
        return (PatternKind.FREQUENT, PatternKind.WEEKDAY)
    if position % 25 != 7:
        return ()
    return (DEMO_PATTERNS[(position // 25) % len(DEMO_PATTERNS)],)


def fill_demo_absence(vault: Vault, *, seed: int = 2026, today: date | None = None) -> int:
    """Absence for every demo pupil this school year, in one transaction; returns entries."""
    today = today or date.today()
    rng = random.Random(seed)
    with unit_of_work(vault) as work:
        country = work.country
        starts = {s.id: s.school_year_start for s in pupil_store.all_schools(work.session)}
        rows = sorted(absence_flags.pupil_schools(work.session).items())
        calendars = {}
        entries: list[AbsenceEntry] = []
        for position, (pupil_id, school_id) in enumerate(rows):
            start = school_year_start(today, starts.get(school_id), country)
            if start not in calendars:
                calendars[start] = school_days(start, today, country).days
            patterns = demo_patterns(position) or (None,)
            mixed = [e for p in patterns for e in absence_for(pupil_id, p, calendars[start], rng)]
            entries += _unique(mixed)
        if country == "se":
            entries = [_in_swedish(entry) for entry in entries]
        return absence_store.save_entries(work.session, entries)
