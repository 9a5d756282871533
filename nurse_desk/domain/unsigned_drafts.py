"""Unsigned notes: a draft left unsigned is a record the nurse meant to keep and has not.

Today lists drafts whose conversation lies more than a set number of days back (3 unless the
nurse chooses otherwise), until each is signed or discarded. The age counts from the
conversation the note is about, not from the last edit: a draft touched yesterday about a
conversation a week ago is still a week late, and a draft written ahead of a conversation
that has not happened yet is not late at all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

DEFAULT_REMINDER_DAYS = 3
REMINDER_DAYS_RANGE = (1, 60)


@dataclass(frozen=True, slots=True)
class UnsignedDraft:
    note_id: int
    pupil_id: int
    pupil_name: str
    occurred_at: datetime

    def days_old(self, today: date) -> int:
        return (today - self.occurred_at.date()).days


def reminder_days(text: str) -> int:
    """The setting as stored; anything but a whole number in range falls back to the default."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        return DEFAULT_REMINDER_DAYS
    low, high = REMINDER_DAYS_RANGE
    return min(max(int(text), low), high)


def oldest_allowed(today: date, days: int) -> datetime:
    """Drafts about conversations before this moment are late: more than `days` days back."""
    return datetime.combine(today - timedelta(days=days), datetime.min.time())


def late_drafts(drafts: list[UnsignedDraft], today: date, days: int) -> list[UnsignedDraft]:
    """The drafts more than `days` days old, the oldest first."""
    late = [draft for draft in drafts if draft.days_old(today) > days]
    return sorted(late, key=lambda draft: (draft.occurred_at, draft.note_id))
