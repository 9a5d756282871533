"""Generated pupils whose absence patterns are known: shared by the absence tests."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import PatternKind, subject_shares
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.school_days import school_days
from nurse_desk.services import pupils
from nurse_desk.services.demo_absence import absence_for
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import pupils as pupil_store

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


@pytest.fixture
def school_vault(vault):
    """60 pupils at one school starting 17 August: 10 per pattern and 10 ordinary."""
    generated = {n: p for n, p in planted().items() if n <= 400}
    chosen = [n for n, (k, _) in generated.items() if k is not None][:50]
    chosen += [n for n, (k, _) in generated.items() if k is None][:10]
    new = [NewPupil(f"Elev{n}", "Test", date(2012, 1, 1), "Lia skole", "7A") for n in chosen]
    with vault.session() as session, session.begin():
        ids = pupil_store.add_pupils(session, new)
        entries = [
            entry._replace(pupil_id=pupil_id)
            for pupil_id, number in zip(ids, chosen, strict=True)
            for entry in generated[number][1]
        ]
        absence_store.save_entries(session, entries)
    [school] = pupils.list_schools(vault)
    pupils.save_school(vault, replace(school, school_year_start=START))
    kinds = {pupil_id: generated[n][0] for pupil_id, n in zip(ids, chosen, strict=True)}
    return vault, kinds


@pytest.fixture
def analysed(monkeypatch) -> list[date]:
    """The days every pupil's patterns were worked out for (services.absence.patterns_of), one
    per time: what tells a kept analysis used again from one made anew."""
    from nurse_desk.services import absence

    calls: list[date] = []
    original = absence.patterns_of

    def counted(read, *args):
        calls.append(read.today)
        return original(read, *args)

    monkeypatch.setattr(absence, "patterns_of", counted)
    return calls
