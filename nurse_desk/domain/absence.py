"""Absence as the school system records it (docs/CARE-RULES.md, "Worrying absence").

One entry is one absent lesson (or a whole day when the export has no lessons). Reported and
excused absence is kept and counted: the guideline asks the nurse to look at all absence.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class AbsenceEntry(NamedTuple):
    """A named tuple, not a frozen dataclass: a school year's import makes ~200,000 of them,
    and a frozen dataclass sets each of its nine fields through object.__setattr__ (1.5 µs an
    entry against 0.55 µs). Change one with `entry._replace(...)`."""

    pupil_id: int
    day: date
    # The lesson or period as the school system names it ("3", "08:15-09:00"); "" = whole day.
    period: str = ""
    subject: str = ""
    # How much was missed, in lessons (a whole day counts the day's lessons, or 1 if unknown).
    lessons: float = 1.0
    hours: float | None = None
    reported: bool = False  # the guardian told the school
    excused: bool = False  # the school accepted it (valid leave, illness note)
    reason: str = ""

    @property
    def key(self) -> tuple[int, date, str, str]:
        """The same lesson imported twice is the same absence, never double counted."""
        return self[:4]  # (pupil_id, day, period, subject)
