"""Frozen records handed from services to the UI and printing: never live ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from nurse_desk.domain.errors import NurseDeskError

# A pupil is born on or before today, and within this many years: a year typed wrong (2062
# for 2026, 1915 for 2015) is refused rather than kept as a birth date, which decides her age
# in the figures, the consent rules and the class lists.
OLDEST_PUPIL_YEARS = 100


class BirthDateOutOfRange(NurseDeskError):
    """A birth date no pupil can have: reason "after_today" or "too_long_ago"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_birth_date(born: date, today: date) -> None:
    if born > today:
        raise BirthDateOutOfRange("after_today")
    if born.year < today.year - OLDEST_PUPIL_YEARS:
        raise BirthDateOutOfRange("too_long_ago")


def happened_day_problem(day: date, born: date, today: date) -> str | None:
    """Why `day` cannot be the day of something that already happened to a pupil (a
    conversation held, a consent given): "after_today", "before_birth", or None. A year typed
    wrong (2062 for 2026) would otherwise stand in her record; a note can then only be amended.
    Days ahead are right for what is planned (a follow-up, a home visit), which is not checked
    here."""
    if day > today:
        return "after_today"
    if day < born:
        return "before_birth"
    return None


# A planned day (a follow-up due, a home visit) is often ahead, and may be set in the past
# while catching up, but not by more than this many years: a year typed wrong (2062 for 2026,
# 1900) would keep it out of every week and agenda the nurse looks at.
PLANNED_YEARS = 10


class PlannedDayOutOfRange(NurseDeskError):
    """A planned day more than PLANNED_YEARS away: reason "far_ahead" or "long_ago"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_planned_day(day: date, today: date) -> None:
    if day.year > today.year + PLANNED_YEARS:
        raise PlannedDayOutOfRange("far_ahead")
    if day.year < today.year - PLANNED_YEARS:
        raise PlannedDayOutOfRange("long_ago")


@dataclass(frozen=True, slots=True)
class SchoolRecord:
    id: int
    name: str
    municipality: str
    school_year_start: date | None = None


@dataclass(frozen=True, slots=True)
class GuardianRecord:
    name: str
    relation: str = ""
    phone: str = ""
    parental_responsibility: bool = True


class PupilRecord(NamedTuple):
    """A pupil as the lists and pages show her.

    The pupils list builds 3,000 of these on every refresh, so it is a named tuple rather than
    a frozen dataclass, which sets each of its 14 fields through object.__setattr__ (3,000
    pupils: ~9 ms against ~2 ms). Change one with `pupil._replace()`."""

    id: int
    given_name: str
    family_name: str
    birth_date: date
    national_id: str | None
    school_name: str
    class_name: str
    active: bool
    language: str = ""
    needs_interpreter: bool = False
    protected_identity: bool = False
    notes: str = ""
    left_on: date | None = None
    guardians: tuple[GuardianRecord, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(frozen=True, slots=True)
class NewPupil:
    given_name: str
    family_name: str
    birth_date: date
    school_name: str
    class_name: str
    national_id: str | None = None
    language: str = ""
    needs_interpreter: bool = False
    notes: str = ""
    guardians: tuple[GuardianRecord, ...] = ()
    left_on: date | None = None  # left the school: archived, never deleted
