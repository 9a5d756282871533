"""Follow-ups (docs/CARE-RULES.md, "Follow-ups"): what the nurse has promised to do next for a
pupil, and by when.

This module is the shared contract: home visits, absence flags, notes and referrals all create
follow-ups through these records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum


class FollowUpKind(StrEnum):
    CONVERSATION = "conversation"
    GUARDIAN_CALL = "guardian_call"
    CHECK_ABSENCE = "check_absence"
    AWAIT_REFERRAL_ANSWER = "await_referral_answer"
    HOME_VISIT = "home_visit"
    OTHER = "other"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpSource(StrEnum):
    """Where a follow-up came from, so the nurse can go back to it."""

    NONE = ""
    NOTE = "note"
    HOME_VISIT = "home_visit"
    ABSENCE_FLAG = "absence_flag"
    REFERRAL = "referral"


MAX_DESCRIPTION = 500


@dataclass(frozen=True, slots=True)
class NewFollowUp:
    pupil_id: int
    kind: FollowUpKind
    due_on: date
    description: str = ""
    due_time: time | None = None
    responsible: str = ""
    source: FollowUpSource = FollowUpSource.NONE
    source_id: int | None = None
    # An RFC 5545 RRULE ("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270619") for recurring check-ins;
    # empty for a one-off. due_on is the first occurrence (DTSTART).
    recurrence: str = ""


@dataclass(frozen=True, slots=True)
class FollowUpRecord:
    id: int
    pupil_id: int
    kind: FollowUpKind
    due_on: date
    description: str
    due_time: time | None
    responsible: str
    source: FollowUpSource
    source_id: int | None
    recurrence: str
    status: FollowUpStatus
    outcome: str
    created_at: datetime
    closed_at: datetime | None

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence)


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    """An open follow-up as the pupil's page shows it: the next date still to do (for a
    recurring one, the next occurrence not done or skipped)."""

    follow_up: FollowUpRecord
    next_due: date

    def overdue(self, today: date) -> bool:
        return self.next_due < today
