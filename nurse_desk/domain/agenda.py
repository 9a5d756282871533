"""The nurse's agenda (the Today view): what is overdue, due today, this week and later.

Items come from follow-ups and, through the same AgendaItem record, from other features
(home visits): build_agenda takes any list of items, so a new source only has to make items.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import IntEnum, StrEnum
from typing import NamedTuple

from nurse_desk.domain.follow_ups import FollowUpKind
from nurse_desk.domain.school_calendar import DayFlag, SchoolCalendar

HORIZON_DAYS = 21  # "coming weeks" reaches three weeks past the end of this week
# A recurring follow-up's missed dates older than this are not listed one by one any more:
# eight weeks of a weekly check-in is already a clear signal, and expansion stays bounded.
OVERDUE_LOOKBACK_DAYS = 56


class AgendaKind(StrEnum):
    FOLLOW_UP = "follow_up"
    HOME_VISIT = "home_visit"


class Bucket(IntEnum):
    OVERDUE = 0
    TODAY = 1
    THIS_WEEK = 2
    LATER = 3


class AgendaItem(NamedTuple):
    """One thing to do on one day. `ref_id` is the follow-up's (or visit's) id; `occurs_on`
    tells a recurring follow-up's occurrences apart (its original date, before any snooze).

    Thousands are built on every refresh of Today, so the fields are plain and in this order
    (positional construction), names and initials are derived on demand, and it is a named
    tuple rather than a frozen dataclass, which sets each of its 17 fields through
    object.__setattr__ (2,000 items: ~7 ms against ~1 ms). Change one with `item._replace()`.
    """

    kind: AgendaKind
    ref_id: int
    pupil_id: int
    given_name: str
    family_name: str
    birth_year: int
    school_name: str
    class_name: str
    due_on: date
    occurs_on: date
    due_time: time | None = None
    what: FollowUpKind = FollowUpKind.OTHER
    description: str = ""
    responsible: str = ""
    recurring: bool = False
    flags: frozenset[DayFlag] = frozenset()
    flag_reason: str = ""  # the holiday's or the break's name

    @property
    def pupil_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def initials(self) -> str:
        return initials(self.given_name, self.family_name)


@dataclass(frozen=True, slots=True)
class Agenda:
    today: date
    week_end: date
    horizon: date
    overdue: tuple[AgendaItem, ...]
    due_today: tuple[AgendaItem, ...]
    this_week: tuple[AgendaItem, ...]
    later: tuple[AgendaItem, ...]

    def bucket(self, bucket: Bucket) -> tuple[AgendaItem, ...]:
        return (self.overdue, self.due_today, self.this_week, self.later)[bucket]

    @property
    def needs_attention(self) -> int:
        """The sidebar's count: overdue and due today."""
        return len(self.overdue) + len(self.due_today)

    def __len__(self) -> int:
        return sum(len(self.bucket(bucket)) for bucket in Bucket)


def initials(given_name: str, family_name: str) -> str:
    """ "Emil Aasen" -> "E.A.", "Anne-Lise Berg" -> "A.L.B."; what a calendar may show."""
    parts = [part for name in (given_name, family_name) for part in name.replace("-", " ").split()]
    return "".join(f"{part[0].upper()}." for part in parts if part)


def week_end(day: date) -> date:
    """The Sunday of `day`'s week (weeks start on Monday in Norway and Sweden)."""
    return day + timedelta(days=6 - day.weekday())


def window(today: date) -> tuple[date, date]:
    """The dates the agenda looks at: from the oldest missed occurrence to the horizon."""
    return today - timedelta(days=OVERDUE_LOOKBACK_DAYS), week_end(today) + timedelta(
        days=HORIZON_DAYS
    )


def bucket_of(day: date, today: date) -> Bucket:
    if day < today:
        return Bucket.OVERDUE
    if day == today:
        return Bucket.TODAY
    if day <= week_end(today):
        return Bucket.THIS_WEEK
    return Bucket.LATER


class DayFlags:
    """The flags of each day, looked up once per day however many items fall on it."""

    @staticmethod
    @functools.lru_cache(maxsize=4)
    def of(calendar: SchoolCalendar) -> DayFlags:
        """One per calendar, kept between refreshes: the same breaks give the same flags, and
        the agenda asks for a few hundred days each time."""
        return DayFlags(calendar)

    def __init__(self, calendar: SchoolCalendar) -> None:
        self._calendar = calendar
        self._known: dict[date, tuple[frozenset[DayFlag], str]] = {}

    def __call__(self, day: date) -> tuple[frozenset[DayFlag], str]:
        found = self._known.get(day)
        if found is None:
            flags = self._calendar.flags(day)
            reason = ""
            if flags:
                period = self._calendar.closed_period(day)
                reason = self._calendar.holiday_name(day) or (period.name if period else "")
            found = self._known[day] = (flags, reason)
        return found


def build_agenda(
    items: list[AgendaItem], today: date, calendar: SchoolCalendar | DayFlags
) -> Agenda:
    """Sorts items into the four parts, each by day, time and name; flags closed days
    (items that already carry their flags keep them)."""
    flags_of = calendar if isinstance(calendar, DayFlags) else DayFlags(calendar)
    _, horizon = window(today)
    end_of_week = week_end(today)
    parts: list[list[AgendaItem]] = [[], [], [], []]
    for item in items:
        due = item.due_on
        if due > horizon:
            continue
        if not item.flags:
            flags, reason = flags_of(due)
            if flags:
                item = item._replace(flags=flags, flag_reason=reason)
        if due < today:
            parts[Bucket.OVERDUE].append(item)
        elif due == today:
            parts[Bucket.TODAY].append(item)
        else:  # bucket_of, inlined: thousands of items per refresh
            parts[Bucket.THIS_WEEK if due <= end_of_week else Bucket.LATER].append(item)
    for part in parts:
        part.sort(key=_order)
    return Agenda(
        today=today,
        week_end=end_of_week,
        horizon=horizon,
        overdue=tuple(parts[Bucket.OVERDUE]),
        due_today=tuple(parts[Bucket.TODAY]),
        this_week=tuple(parts[Bucket.THIS_WEEK]),
        later=tuple(parts[Bucket.LATER]),
    )


def _order(item: AgendaItem) -> tuple:
    return (item.due_on, item.due_time or time.max, item.family_name, item.given_name, item.ref_id)


@dataclass(frozen=True, slots=True)
class AgendaSheet:
    """A week's agenda to print: with `private`, initials and year of birth instead of names,
    and no descriptions (a printout may lie on a desk others pass)."""

    first_day: date
    last_day: date
    overdue: tuple[AgendaItem, ...]
    items: tuple[AgendaItem, ...]
    private: bool
    produced_at: datetime
    produced_by: str
    holidays: tuple[tuple[date, str], ...] = ()  # the week's closed days and why
    protected: frozenset[int] = frozenset()  # pupils on it with protected identity: marked
    # How many overdue items were left off the paper (older than the ones printed); the
    # heading still counts them all, and the app lists every one.
    overdue_left_out: int = 0
