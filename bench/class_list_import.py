"""A school's class list (600 pupils, two guardians each, Windows-1252 as Excel saves it) imported
into the encrypted vault as the command line and the window do it: read the file, map the
columns, check every line, plan new/changed/unchanged, write in one transaction.

Figures: the first import (600 new pupils), the same file again (nothing changes), and a file
where 60 pupils changed class. Goal: each under 5 s on this machine.
`python -m bench.class_list_import`.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from class_list_fixtures import made_up_pupils, write_class_list

from nurse_desk.services import class_list, settings
from nurse_desk.storage.vault import Vault

PUPILS = 600
GOAL_S = 5.0
PASSPHRASE = "fjord tavle sykkel blåbær"


def timed_import(vault: Vault, path: Path) -> tuple[float, class_list.ClassListResult]:
    started = time.perf_counter()
    preview = class_list.preview_class_list_file(vault, path)
    result = class_list.import_class_list(vault, preview)
    return time.perf_counter() - started, result


def report(label: str, seconds: float, result: class_list.ClassListResult) -> None:
    verdict = "ok" if seconds < GOAL_S else f"OVER {GOAL_S:.0f} s"
    counts = f"new {result.new}, changed {result.changed}, unchanged {result.unchanged}"
    print(f"{label:<38} {seconds:6.2f} s  ({counts})  {verdict}")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        pupils = made_up_pupils(PUPILS)
        first = write_class_list(folder / "klasseliste.csv", pupils, encoding="cp1252")
        moved = [replace(p, klass="9X") if i % 10 == 0 else p for i, p in enumerate(pupils)]
        changed = write_class_list(folder / "endret.csv", moved, encoding="cp1252")
        print(f"{PUPILS} pupils, {first.stat().st_size // 1024} KiB, Windows-1252, ';'")
        vault = Vault.create(folder / "bench.vault", PASSPHRASE)
        settings.save_settings(vault, settings.VaultSettings("Bench", "", "no"))
        report("1 first import (all new)", *timed_import(vault, first))
        again = [timed_import(vault, first) for _ in range(3)]
        median = statistics.median(seconds for seconds, _ in again)
        report("2 same file again (median of 3)", median, again[0][1])
        report("3 60 pupils changed class", *timed_import(vault, changed))
        vault.lock()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
