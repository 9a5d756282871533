"""How long a pupil's record is kept after the pupil left, per country, and what the "Left
school" list shows (docs/retention.md explains the defaults and the law behind them)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nurse_desk.domain.errors import NurseDeskError


class CountedFrom(StrEnum):
    LEFT_SCHOOL = "left_school"  # the day the pupil left
    LAST_ENTRY = "last_entry"  # the last note or amendment in the record


@dataclass(frozen=True, slots=True)
class RetentionRule:
    """`years` None: the record is kept (deposited in the archive, never removed here)."""

    years: int | None
    counted_from: CountedFrom

    def removable_from(self, left_on: date | None, last_entry: date | None) -> date | None:
        if self.years is None:
            return None
        start = left_on if self.counted_from is CountedFrom.LEFT_SCHOOL else last_entry
        start = start or left_on or last_entry
        if start is None:
            return None
        try:
            return start.replace(year=start.year + self.years)
        except ValueError:  # 29 February
            return start.replace(year=start.year + self.years, day=28)


# Norway: school health records are kept and go to the municipality's archive, so nothing is
# removed unless the nurse sets a time. Sweden: at least ten years after the last entry.
DEFAULT_RULES = {
    "no": RetentionRule(None, CountedFrom.LEFT_SCHOOL),
    "se": RetentionRule(10, CountedFrom.LAST_ENTRY),
}
LONGEST_YEARS = 150


@dataclass(frozen=True, slots=True)
class LeftPupil:
    """A pupil who left school, as the "Left school" list shows them."""

    pupil_id: int
    name: str
    school: str
    class_name: str
    left_on: date | None
    last_entry: date | None
    handed_over_on: date | None
    archived_on: date | None
    removable_from: date | None

    def can_be_removed(self, today: date) -> bool:
        return (
            self.archived_on is not None
            and self.removable_from is not None
            and self.removable_from <= today
        )


class NoSuchPupil(NurseDeskError):
    """No pupil with this id in the vault (a wrong number, or removed for good)."""


class RemovalRefused(NurseDeskError):
    """A pupil is removed for good only after leaving, after the deposit in the archive and
    once the retention time has passed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "still_at_school", "not_archived", "kept", "too_early"


def removal_refusal(pupil: LeftPupil | None, today: date) -> str | None:
    """Why the pupil cannot be removed today, or None when they can."""
    if pupil is None:
        return "still_at_school"
    if pupil.archived_on is None:
        return "not_archived"
    if pupil.removable_from is None:
        return "kept"
    if pupil.removable_from > today:
        return "too_early"
    return None


# A one-time passphrase for a transfer file, read aloud or written on paper: no 0/o, 1/l/i.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def one_time_passphrase(groups: int = 6, size: int = 4) -> str:
    """About 119 bits: six groups of four characters, e.g. "k7mq-2xhp-…"."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(size)) for _ in range(groups))
