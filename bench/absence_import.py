"""Absence import at full volume (issue 8): a school year for 3,000 pupils, ~200,000 rows.

Writes the CSV the way a school system exports it (semicolons, dd.mm.yyyy, Windows-1252),
then times each step as the app does it: reading the file, mapping + matching the pupils +
checking every value (the preview), and saving in one transaction; then a second import of the
same file (all rows already known: updated, never doubled).

Goal: read + preview + save under 5 s on this machine. `python -m bench.absence_import`.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from nurse_desk.domain.absence_import import ABSENCE_FIELDS
from nurse_desk.domain.import_mapping import guess_mapping
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import settings
from nurse_desk.services.absence_import import import_absence, preview_absence
from nurse_desk.services.import_files import read_table
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.vault import Vault

PUPILS = 3000
ROWS_WANTED = 200_000
GOAL_S = 5.0
SECRET = "benk fravær skoleår import"
HEADER = "Fødselsnummer;Elev;Klasse;Dato;Time;Fag;Timer;Meldt;Gyldig fravær;Årsak"
SUBJECTS = ("Norsk", "Matematikk", "Engelsk", "Kroppsøving", "Naturfag", "Samfunnsfag", "KRLE")
REASONS = ("", "", "syk", "tannlege", "reise", "")
_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def fodselsnummer(born: date, individual: int) -> str | None:
    base = f"{born:%d%m%y}{individual:03d}"
    k1 = (11 - sum(w * int(d) for w, d in zip(_K1, base, strict=True)) % 11) % 11
    if k1 == 10:
        return None
    k2 = (11 - sum(w * int(d) for w, d in zip(_K2, base + str(k1), strict=True)) % 11) % 11
    return None if k2 == 10 else f"{base}{k1}{k2}"


def make_pupils(chooser: random.Random) -> list[NewPupil]:
    result, taken = [], set()
    while len(result) < PUPILS:
        grade = chooser.randint(1, 10)
        born = date(2019 - grade, chooser.randint(1, 12), chooser.randint(1, 28))
        number = fodselsnummer(born, chooser.randint(500, 999))
        if number is None or number in taken:
            continue
        taken.add(number)
        result.append(
            NewPupil(
                f"Elev{len(result)}", "Benk", born, "Benk skole", f"{grade}A", national_id=number
            )
        )
    return result


def school_days(start: date, count: int) -> list[date]:
    days, day = [], start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def write_csv(path: Path, pupils: list[NewPupil], chooser: random.Random) -> int:
    days = school_days(date(2025, 8, 18), 190)
    per_pupil = ROWS_WANTED // len(pupils)
    lines = [HEADER]
    for pupil in pupils:
        for day in sorted(chooser.sample(days, min(len(days), per_pupil // 2))):
            for period in chooser.sample(range(1, 7), 2):
                lines.append(
                    f"{pupil.national_id};{pupil.given_name} {pupil.family_name};"
                    f"{pupil.class_name};{day:%d.%m.%Y};{period};{chooser.choice(SUBJECTS)};1;"
                    f"{chooser.choice(('ja', 'nei', ''))};{chooser.choice(('ja', 'nei'))};"
                    f"{chooser.choice(REASONS)}"
                )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return len(lines) - 1


def timed(step, *args, **kwargs):
    """(result, wall-clock seconds, CPU seconds): the wall clock is what the nurse waits; on a
    shared machine it also counts other processes' turns, so the CPU time is shown beside it."""
    started, cpu = time.perf_counter(), time.process_time()
    result = step(*args, **kwargs)
    return result, time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    chooser = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "bench.vault", SECRET)
        settings.save_settings(vault, settings.VaultSettings("Benk", "", "no"))
        pupils = make_pupils(chooser)
        with vault.session() as session, session.begin():
            pupil_store.add_pupils(session, pupils)
        path = Path(folder) / "fravær.csv"
        rows = write_csv(path, pupils, chooser)
        print(f"{rows} absence rows for {PUPILS} pupils, {path.stat().st_size / 1e6:.1f} MB")
        for label in ("first import", "same file again"):
            table, *read_s = timed(read_table, path)
            mapping = guess_mapping(ABSENCE_FIELDS, table.headers)
            preview, *preview_s = timed(preview_absence, vault, table, mapping)
            result, *save_s = timed(import_absence, vault, preview)
            wall, cpu = (sum(t[i] for t in (read_s, preview_s, save_s)) for i in (0, 1))
            print(
                f"{label}: read {read_s[0]:.2f} s + match/check {preview_s[0]:.2f} s + save "
                f"{save_s[0]:.2f} s = {wall:.2f} s (goal < {GOAL_S:.0f} s; CPU {read_s[1]:.2f} + "
                f"{preview_s[1]:.2f} + {save_s[1]:.2f} = {cpu:.2f} s) -> {result.new} new, "
                f"{result.updated} updated, {len(preview.errors)} errors, "
                f"{len(preview.unknown)} unknown"
            )
        vault.lock()


if __name__ == "__main__":
    main()
