"""Days the school is shut: weekends, Norway's or Sweden's public holidays, and the breaks the
nurse enters (autumn, winter, Easter). A follow-up due on such a day is flagged, not moved:
the nurse decides whether a phone call on a holiday is fine or the pupil must be at school."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import holidays

from nurse_desk.domain.errors import NurseDeskError

MAX_PERIOD_NAME = 100


class DayFlag(StrEnum):
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    SCHOOL_CLOSED = "school_closed"


class InvalidClosedPeriod(NurseDeskError):
    """reason: "name", "ends_before_start" or "too_long"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ClosedPeriod:
    """A break the school is closed for, both days included."""

    id: int
    name: str
    first_day: date
    last_day: date

    def check(self) -> None:
        if not self.name.strip() or len(self.name) > MAX_PERIOD_NAME:
            raise InvalidClosedPeriod("name")
        if self.last_day < self.first_day:
            raise InvalidClosedPeriod("ends_before_start")
        if (self.last_day - self.first_day).days > 120:  # a typo in the year, not a break
            raise InvalidClosedPeriod("too_long")

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@functools.cache
def _public_holidays(country: str, year: int) -> dict[date, str]:
    code, language = {"se": ("SE", "sv")}.get(country, ("NO", "no"))
    # Sweden's calendar in `holidays` lists every Sunday as a holiday ("Söndag"); weekends are
    # flagged on their own, so only the real public holidays are kept.
    options = {"include_sundays": False} if code == "SE" else {}
    # Names in the country's own language, as the nurse knows them ("Skjærtorsdag").
    return dict(holidays.country_holidays(code, years=year, language=language, **options))


@dataclass(frozen=True, slots=True)
class SchoolCalendar:
    country: str  # "no" or "se", from Settings
    closed: tuple[ClosedPeriod, ...] = ()

    def holiday_name(self, day: date) -> str:
        return _public_holidays(self.country, day.year).get(day, "")

    def flags(self, day: date) -> frozenset[DayFlag]:
        flags = set()
        if day.weekday() >= 5:
            flags.add(DayFlag.WEEKEND)
        if day in _public_holidays(self.country, day.year):
            flags.add(DayFlag.HOLIDAY)
        if any(period.covers(day) for period in self.closed):
            flags.add(DayFlag.SCHOOL_CLOSED)
        return frozenset(flags)

    def closed_period(self, day: date) -> ClosedPeriod | None:
        return next((period for period in self.closed if period.covers(day)), None)

    def is_school_day(self, day: date) -> bool:
        return not self.flags(day)

    def next_school_day(self, day: date) -> date:
        """The first school day on or after `day` (a snooze lands there by default)."""
        candidate = day
        for _ in range(400):
            if self.is_school_day(candidate):
                return candidate
            candidate += timedelta(days=1)
        return day
