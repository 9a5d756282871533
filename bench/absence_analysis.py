"""Worrying-absence analysis at volume: a school year for 3,000 pupils, ~200,000
absence entries written through storage.absence.save_entries into an encrypted vault.

Prints the time to load the absent lessons (as analyse_all reads them: plain tuples through the
DB-API cursor; and, for comparison, as AbsenceEntry records through SQLAlchemy), to run the five
patterns over every pupil, the whole `analyse_all` as the Absence view runs it (in its worker),
and one pupil's charts and flags. Each is the best of 3 runs, wall clock and CPU time (the
machine is shared: CPU time shows the work when other processes slow the wall clock).
Goal: the analysis of all pupils well under 2 s. `python -m bench.absence_analysis`.
"""

from __future__ import annotations

import random
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import (
    PatternKind,
    Thresholds,
    analyse_lessons,
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


def year_of_absence(
    pupil_id: int, days, rng: random.Random, pattern_days=None
) -> list[AbsenceEntry]:
    """Illness spread over the year (3-19 days, per lesson) and every 8th pupil a pattern,
    placed in `pattern_days` (the school days so far; all of `days` if not given)."""
    entries = []
    for day in rng.sample(days, rng.randint(3, 19)):
        entries += [
            AbsenceEntry(pupil_id, day, str(p + 1), subject, reported=rng.random() < 0.7)
            for p, subject in enumerate(TIMETABLE[day.weekday()])
        ]
    if pupil_id % 8 == 0:
        pattern = list(PatternKind)[pupil_id // 8 % 5]
        entries += absence_for(pupil_id, pattern, pattern_days or days, rng)
    return list({e.key: e for e in entries}.values())


def absence_year(
    pupil_ids, start: date, end: date, today: date, *, seed: int = SEED
) -> list[AbsenceEntry]:
    """A school year of absence (~67 lessons a pupil) on the school days from `start` to `end`
    (Norwegian holidays), the patterns in the days up to `today`: the one way every benchmark
    builds absence, whether it is saved directly or written as a school system's export."""
    rng = random.Random(seed)
    days = list(school_days(start, end, "no").days)
    so_far = [day for day in days if day <= today] or days[:1]
    return [e for pupil_id in pupil_ids for e in year_of_absence(pupil_id, days, rng, so_far)]


def fill(vault: Vault) -> int:
    with vault.session() as session, session.begin():
        ids = pupil_store.add_pupils(session, demo.demo_pupils(PUPILS, seed=SEED, today=TODAY))
        entries = absence_year(ids, START, TODAY, TODAY)
        absence_store.save_entries(session, entries)
    for school in pupils.list_schools(vault):
        pupils.save_school(vault, replace(school, school_year_start=START))
    return len(entries)


def best(action) -> tuple[tuple[float, float], object]:
    """(wall, CPU) seconds of the fastest of RUNS runs, and the last result."""
    times, result = [], None
    for _ in range(RUNS):
        began, cpu = time.perf_counter(), time.process_time()
        result = action()
        times.append((time.perf_counter() - began, time.process_time() - cpu))
    return min(times), result


def ms(figures: tuple[float, float]) -> str:
    return f"{figures[0] * 1000:6.0f} ms (CPU {figures[1] * 1000:5.0f} ms)"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "bench.vault", PASSPHRASE)
        began = time.perf_counter()
        rows = fill(vault)
        took = time.perf_counter() - began
        print(f"generated {PUPILS} pupils, {rows} absence entries in {took:.1f} s")

        def load():
            with vault.session() as session, session.begin():
                return absence_store.lessons_by_pupil(session, since=START)

        def load_records():
            with vault.session() as session, session.begin():
                return absence_store.entries(session, since=START)

        load_s, loaded = best(load)
        records_s, records = best(load_records)
        calendar = school_days(START, TODAY, "no")
        lessons: dict[str, float] = {}
        for entry in records:
            lessons[entry.subject] = lessons.get(entry.subject, 0.0) + entry.lessons
        shares = subject_shares(lessons)

        def analyse():
            return [
                analyse_lessons(pid, missed, calendar, Thresholds(), shares)
                for pid, missed in loaded.items()
            ]

        analysis_s, results = best(analyse)
        total_s, overview = best(lambda: absence.analyse_all(vault, today=TODAY))
        one = overview.pupils[0].pupil.id
        school = overview.pupils[0].pupil.school_name
        shares = overview.subject_shares.get(school)
        pupil_s, _ = best(lambda: absence.pupil_absence(vault, one, today=TODAY, shares=shares))
        vault.lock()
    flagged = sum(1 for r in results if r.flags)
    count = sum(map(len, loaded.values()))
    print(f"load {count} lessons (storage.absence.lessons_by_pupil):  {ms(load_s)}")
    print(f"  the same as {len(records)} AbsenceEntry (absence.entries):  {ms(records_s)}")
    print(f"analysis of {len(results)} pupils (five patterns):           {ms(analysis_s)}")
    print(f"analyse_all as the view runs it (load + analysis):       {ms(total_s)}")
    print(f"one pupil's flags and charts (pupil_absence):            {ms(pupil_s)}")
    print(f"flagged: {flagged} of {len(results)} pupils; goal: analysis well under 2,000 ms")


if __name__ == "__main__":
    main()
