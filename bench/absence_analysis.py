"""Worrying-absence analysis at volume (issue 8): a school year for 3,000 pupils, ~200,000
absence entries written through storage.absence.save_entries into an encrypted vault.

Prints the time to load the entries, to run the five patterns over every pupil, the whole
`analyse_all` as the Absence view runs it (in its worker), and one pupil's charts and flags.
Goal: the analysis of all pupils well under 2 s. `python -m bench.absence_analysis`.
"""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import replace
from datetime import date
from itertools import groupby
from pathlib import Path

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import (
    PatternKind,
    Thresholds,
    analyse_pupil,
    subject_shares,
)
from nurse_desk.domain.school_days import school_days
from nurse_desk.services import absence, demo, pupils
from nurse_desk.services.demo_absence import TIMETABLE, absence_for
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.vault import Vault

PUPILS, SEED = 3_000, 2026
START, TODAY = date(2026, 8, 17), date(2027, 6, 18)  # a whole school year
PASSPHRASE = "fjord tavle sykkel blåbær"
RUNS = 3


def year_of_absence(pupil_id: int, days, rng: random.Random) -> list[AbsenceEntry]:
    """Illness spread over the year (3-19 days, per lesson) and every 8th pupil a pattern."""
    entries = []
    for day in rng.sample(days, rng.randint(3, 19)):
        entries += [
            AbsenceEntry(pupil_id, day, str(p + 1), subject, reported=rng.random() < 0.7)
            for p, subject in enumerate(TIMETABLE[day.weekday()])
        ]
    if pupil_id % 8 == 0:
        entries += absence_for(pupil_id, list(PatternKind)[pupil_id // 8 % 5], days, rng)
    return list({e.key: e for e in entries}.values())


def fill(vault: Vault) -> int:
    rng = random.Random(SEED)
    days = list(school_days(START, TODAY, "no").days)
    with vault.session() as session, session.begin():
        ids = pupil_store.add_pupils(session, demo.demo_pupils(PUPILS, seed=SEED, today=TODAY))
        entries = [e for pupil_id in ids for e in year_of_absence(pupil_id, days, rng)]
        absence_store.save_entries(session, entries)
    for school in pupils.list_schools(vault):
        pupils.save_school(vault, replace(school, school_year_start=START))
    return len(entries)


def best(action) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        began = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - began)
    return min(times), result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "bench.vault", PASSPHRASE)
        began = time.perf_counter()
        rows = fill(vault)
        took = time.perf_counter() - began
        print(f"generated {PUPILS} pupils, {rows} absence entries in {took:.1f} s")

        def load():
            with vault.session() as session, session.begin():
                return absence_store.entries(session, since=START)

        load_s, loaded = best(load)
        calendar = school_days(START, TODAY, "no")
        lessons: dict[str, float] = {}
        for entry in loaded:
            lessons[entry.subject] = lessons.get(entry.subject, 0.0) + entry.lessons
        shares = subject_shares(lessons)

        def analyse():
            return [
                analyse_pupil(pid, group, calendar, Thresholds(), shares)
                for pid, group in groupby(loaded, key=lambda e: e.pupil_id)
            ]

        analysis_s, results = best(analyse)
        total_s, overview = best(lambda: absence.analyse_all(vault, today=TODAY))
        one = overview.pupils[0].pupil.id
        school = overview.pupils[0].pupil.school_name
        shares = overview.subject_shares.get(school)
        pupil_s, _ = best(lambda: absence.pupil_absence(vault, one, today=TODAY, shares=shares))
        vault.lock()
    flagged = sum(1 for r in results if r.flags)
    print(f"load {len(loaded)} entries (storage.absence.entries): {load_s * 1000:7.0f} ms")
    print(f"analysis of {len(results)} pupils (five patterns):   {analysis_s * 1000:7.0f} ms")
    print(f"analyse_all as the view runs it (load + analysis):  {total_s * 1000:7.0f} ms")
    print(f"one pupil's flags and charts (pupil_absence):       {pupil_s * 1000:7.0f} ms")
    print(f"flagged: {flagged} of {len(results)} pupils; goal: analysis well under 2,000 ms")


if __name__ == "__main__":
    main()
