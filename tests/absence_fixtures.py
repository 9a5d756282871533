"""Generated pupils whose absence patterns are known: shared by the absence tests."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import PatternKind, subject_shares
from nurse_desk.domain.school_days import school_days
from nurse_desk.services.demo_absence import absence_for

TODAY = date(2026, 11, 24)  # a Tuesday, 72 school days after 17 August
START = date(2026, 8, 17)
PER_PATTERN = 25
ORDINARY = 250


def calendar():
    return school_days(START, TODAY, "no")


def planted(seed: int = 8) -> dict[int, tuple[PatternKind | None, list[AbsenceEntry]]]:
    """pupil number -> (the pattern put there, its entries); numbering starts at 1."""
    rng = random.Random(seed)
    kinds: list[PatternKind | None] = [None] * ORDINARY + [
        kind for kind in PatternKind for _ in range(PER_PATTERN)
    ]
    rng.shuffle(kinds)
    days = calendar().days
    return {
        number: (kind, absence_for(number, kind, days, rng))
        for number, kind in enumerate(kinds, start=1)
    }


def shares_of(pupils) -> dict[str, float]:
    lessons: Counter[str] = Counter()
    for _, entries in pupils.values():
        for entry in entries:
            lessons[entry.subject] += entry.lessons
    return subject_shares(lessons)
