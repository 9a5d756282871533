"""School days of the current school year: what the absence percentages are measured against.

A school day is a weekday (Monday to Friday) from the school year's first day up to and including
the analysis day, minus the country's public holidays (python `holidays`) and minus the school
breaks the nurse entered in Settings (autumn, Christmas, winter, Easter). Without breaks entered,
they count as school days and a percentage just after a break is a little lower than the school's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays

from nurse_desk.domain.school_calendar import ClosedPeriod

# When a school has no start date in Settings: mid-August in Norway, about a week later in Sweden.
DEFAULT_START = {"no": (8, 15), "se": (8, 20)}


def school_year_start(today: date, configured: date | None, country: str) -> date:
    """The first day of the school year `today` belongs to.

    A configured date from an earlier year stands for the same day of the year: the latest such
    day on or before today.
    """
    month, day = (
        (configured.month, configured.day)
        if configured is not None
        else DEFAULT_START.get(country, DEFAULT_START["no"])
    )
    start = date(today.year, month, min(day, 28) if month == 2 else day)
    return start if start <= today else start.replace(year=today.year - 1)


@dataclass(frozen=True, slots=True)
class SchoolDays:
    start: date
    today: date
    days: tuple[date, ...]
    _index: dict[date, int] = field(default_factory=dict, compare=False, repr=False)

    def index_of(self, day: date) -> int | None:
        """The school day's position (0 = first day), None for weekends, holidays, out of range."""
        return self._index.get(day)

    def first_index_from(self, day: date) -> int:
        """Position of the first school day on or after `day` (len(days) if none)."""
        return bisect_left(self.days, day)

    @property
    def first_day(self) -> date:
        """The first school day (the configured start may fall on a weekend)."""
        return self.days[0] if self.days else self.start

    @property
    def count(self) -> int:
        return len(self.days)


def school_days(
    start: date, today: date, country: str, closed: Sequence[ClosedPeriod] = ()
) -> SchoolDays:
    """The same answer for the same school year, day, country and breaks: the last few are
    kept (the calendar holds no pupil; opening one pupil's absence need not build it anew)."""
    return _school_days(start, today, country, tuple(closed))


@lru_cache(maxsize=16)
def _school_days(
    start: date, today: date, country: str, closed: tuple[ClosedPeriod, ...]
) -> SchoolDays:
    code = country.upper() if country in DEFAULT_START else "NO"
    public = holidays.country_holidays(code, years=range(start.year, today.year + 1))
    days: list[date] = []
    day = start
    while day <= today:
        if day.weekday() < 5 and day not in public and not any(p.covers(day) for p in closed):
            days.append(day)
        day += timedelta(days=1)
    return SchoolDays(start, today, tuple(days), {d: i for i, d in enumerate(days)})
