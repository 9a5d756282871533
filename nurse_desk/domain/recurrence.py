"""Recurring follow-ups ("every 2 weeks until the end of term", "monthly, 4 times"): the
nurse's choice as a record, stored as an RFC 5545 RRULE, expanded into dates with dateutil.

Each occurrence is completed, cancelled or moved on its own (OccurrenceChange); expansion
only ever runs inside a window, so an open-ended rule costs nothing outside the visible agenda.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from dateutil.rrule import rrulestr

from nurse_desk.domain.errors import NurseDeskError

MAX_OCCURRENCES = 200  # "monthly, 4 times" or a term of weekly check-ins, never years of them


class Frequency(StrEnum):
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


class InvalidRecurrence(NurseDeskError):
    """A repeat rule the app cannot use: reason is "interval", "end", "until_before_start",
    "count" or "rule"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Recurrence:
    """Every `interval` weeks or months, ending on `until` or after `count` times."""

    frequency: Frequency
    interval: int = 1
    until: date | None = None
    count: int | None = None

    def check(self, start: date) -> None:
        if not 1 <= self.interval <= 12:
            raise InvalidRecurrence("interval")
        if (self.until is None) == (self.count is None):
            raise InvalidRecurrence("end")  # an open-ended rule would never leave the agenda
        if self.until is not None and self.until < start:
            raise InvalidRecurrence("until_before_start")
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise InvalidRecurrence("count")

    def to_rule(self) -> str:
        parts = [f"FREQ={self.frequency.value}", f"INTERVAL={self.interval}"]
        if self.until is not None:
            parts.append(f"UNTIL={self.until:%Y%m%d}")
        if self.count is not None:
            parts.append(f"COUNT={self.count}")
        return ";".join(parts)


def parse_rule(rule: str) -> Recurrence:
    """The app's own rules back into a Recurrence (InvalidRecurrence for anything else)."""
    fields: dict[str, str] = {}
    for part in rule.removeprefix("RRULE:").split(";"):
        name, _, value = part.partition("=")
        fields[name.strip().upper()] = value.strip()
    try:
        frequency = Frequency(fields.pop("FREQ", ""))
        interval = int(fields.pop("INTERVAL", "1"))
        until_text = fields.pop("UNTIL", "")
        until = datetime.strptime(until_text[:8], "%Y%m%d").date() if until_text else None
        count = int(fields["COUNT"]) if "COUNT" in fields else None
        fields.pop("COUNT", None)
    except (ValueError, KeyError) as error:
        raise InvalidRecurrence("rule") from error
    if fields:
        raise InvalidRecurrence("rule")
    return Recurrence(frequency, interval, until, count)


def occurrences(rule: str, start: date, first: date, last: date) -> list[date]:
    """The rule's dates from `first` to `last` (both included); `start` is the first one.

    A monthly rule started on the 31st skips short months (RFC 5545), so "monthly" always
    falls on the same day of the month.
    """
    if last < first or last < start:
        return []
    dates = _all_dates(rule, start)
    if dates is None:  # open-ended: only ever expanded inside the window
        expanded = _expanded(rule, start).between(
            datetime.combine(max(first, start), time()), datetime.combine(last, time()), inc=True
        )
        return [moment.date() for moment in expanded]
    return list(dates[bisect_left(dates, first) : bisect_right(dates, last)])


def last_occurrence(rule: str, start: date) -> date | None:
    """When a rule with an end stops; None for an open-ended one."""
    dates = _all_dates(rule, start)
    return dates[-1] if dates else None


def _expanded(rule: str, start: date):
    try:
        return rrulestr(rule, dtstart=datetime.combine(start, time()))
    except (ValueError, TypeError) as error:
        raise InvalidRecurrence("rule") from error


@functools.lru_cache(maxsize=16_384)
def _all_dates(rule: str, start: date) -> tuple[date, ...] | None:
    """Every date of a rule that ends (UNTIL or COUNT), parsed and expanded once per process:
    the agenda asks for the same few hundred rules on every refresh. None if open-ended."""
    upper = rule.upper()
    if "UNTIL=" not in upper and "COUNT=" not in upper:
        return None
    return tuple(moment.date() for moment in _expanded(rule, start))


class OccurrenceStatus(StrEnum):
    DONE = "done"
    CANCELLED = "cancelled"
    SNOOZED = "snoozed"


@dataclass(frozen=True, slots=True)
class OccurrenceChange:
    """What happened to one date of a recurring follow-up."""

    follow_up_id: int
    occurs_on: date
    status: OccurrenceStatus
    moved_to: date | None = None
    outcome: str = ""


def due_dates(
    dates: list[date], changes: dict[date, OccurrenceChange], first: date, last: date
) -> list[tuple[date, date]]:
    """(occurs_on, due_on) of the occurrences to do between `first` and `last`.

    `dates` are the rule's dates in that window; done and cancelled ones drop out, and a
    snoozed one is due on its new date, wherever its original date lay.
    """
    result = [(day, day) for day in dates if day not in changes]
    for day, change in changes.items():
        moved = change.moved_to
        snoozed = change.status is OccurrenceStatus.SNOOZED and moved is not None
        if snoozed and first <= moved <= last:
            result.append((day, moved))
    result.sort(key=lambda pair: (pair[1], pair[0]))
    return result
