"""One line of the Follow-ups list: a follow-up with its pupil's name and school, and the date
it is next due (for a recurring one, its next date still to do)."""

from __future__ import annotations

from datetime import date, time
from typing import NamedTuple

from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus
from nurse_desk.domain.searching import folded


class FollowUpLine(NamedTuple):
    """Immutable as a frozen dataclass, but a tuple: the list makes 20,000 of them per
    reload, and a frozen dataclass of 18 fields costs ten times a tuple to build (each field
    set through object.__setattr__). Change one with `_replace`."""

    id: int
    pupil_id: int
    given_name: str
    family_name: str
    birth_date: date
    school_name: str
    class_name: str
    kind: FollowUpKind
    description: str
    due_on: date  # a recurring follow-up's first date (the rule's start)
    due_time: time | None
    responsible: str
    recurrence: str
    status: FollowUpStatus
    outcome: str
    source: FollowUpSource
    next_due: date | None = None  # open: the next date to do; None when nothing is left
    next_occurs_on: date | None = None  # that date's place in the rule (before any snooze)

    @property
    def pupil_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def is_recurring(self) -> bool:
        return bool(self.recurrence)

    def matches(self, words: list[str]) -> bool:
        """Every word found in the pupil's name, the class, the task or its outcome."""
        haystack = self.haystack()
        return all(word in haystack for word in words)

    def haystack(self) -> str:
        """What `matches` looks in, as a filter compares it (`searching.folded`; a list keeps it
        to filter as the nurse types)."""
        return folded(
            " ".join(
                (self.pupil_name, self.class_name, self.description, self.outcome, self.responsible)
            )
        )
