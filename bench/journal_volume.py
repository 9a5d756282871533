"""The nurse's everyday views at full volume: 3,000 pupils, 50,000 notes.

Times, as the app does them: opening the pupils view (list_pupils and filling the name-sorted
Qt model), filtering it by a typed word, opening a busy pupil's page (which logs the access),
and a full-text search. The same service functions run against:

- `vault`: the encrypted vault as shipped (SQLCipher with the app's PRAGMAs);
- `vault, memsec OFF`: the same vault with `cipher_memory_security = OFF`, in a fresh child
  process (SQLCipher keeps that setting process-wide and ignores OFF once ON has been used);
- `plain sqlite3`: the same data in a plain file with the same schema, via Python's sqlite3,
  the reference (a plain file stands in for the Vault: the services only call `session()`).

Goal: every figure under 100 ms on this machine. `python -m bench.journal_volume`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import sessionmaker

from bench import generate
from nurse_desk.services import access, journal, pupils
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.vault import Vault
from nurse_desk.ui.pupils.pupil_table_model import PupilFilterProxyModel, PupilTableModel

RUNS = 7
GOAL_MS = 100.0
FILTER_WORD = "aas"
SEARCH_WORD = "søvn"

VIEW = "1 pupils view: list + sorted Qt model"
VIEW_QUERY = "  of which list_pupils (query + records)"
VIEW_QT = "  of which set_rows + proxy sort (Qt)"
FILTER = f"2 filter the view by '{FILTER_WORD}'"
UNFILTER = "  clearing that filter again"
PAGE = "3 open_pupil_page (logged)"
SEARCH = f"4 search_notes('{SEARCH_WORD}')"
ROWS = (VIEW, VIEW_QUERY, VIEW_QT, FILTER, UNFILTER, PAGE, SEARCH)


class PlainVault:
    """What the services use of a Vault (`session()`), over a plain SQLite file."""

    def __init__(self, path: Path, module=sqlite3) -> None:
        self.path = path
        self.engine = generate.plain_engine(path, module)
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)

    def session(self):
        return self._sessions()

    def lock(self) -> None:
        self.engine.dispose()


@dataclass
class Figure:
    times: list[float]
    detail: str = ""

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000

    @property
    def max_ms(self) -> float:
        return max(self.times) * 1000


def timed(action: Callable[[], object], before: Callable[[], object] | None = None) -> Figure:
    """One untimed warm-up, then RUNS timed runs; `before` and a GC run untimed ahead of each."""
    times = []
    result = None
    for run in range(RUNS + 1):
        if before is not None:
            before()
        gc.collect()
        start = time.perf_counter()
        result = action()
        elapsed = time.perf_counter() - start
        if run:
            times.append(elapsed)
    return Figure(times, describe_result(result))


def describe_result(result: object) -> str:
    if isinstance(result, int):
        return f"{result} rows"
    if isinstance(result, access.PupilPage):
        return f"{len(result.notes)} notes"
    if isinstance(result, list):
        return f"{len(result)} records"
    return ""


def measure(vault, pupil_id: int) -> dict[str, Figure]:
    """Every row of the table for one database, through the app's services and Qt models."""
    model = PupilTableModel()
    proxy = PupilFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # the table sorts by name, as in PupilsPage
    rows = pupils.list_pupils(vault)

    def open_view() -> int:
        model.set_rows(pupils.list_pupils(vault))
        return proxy.rowCount()

    def fill_model() -> int:
        model.set_rows(rows)
        return proxy.rowCount()

    def query(text: str) -> Callable[[], int]:
        def typed() -> int:
            proxy.set_query(text)
            return proxy.rowCount()

        return typed

    return {
        VIEW: timed(open_view),
        VIEW_QUERY: timed(lambda: pupils.list_pupils(vault)),
        VIEW_QT: timed(fill_model),
        FILTER: timed(query(FILTER_WORD), before=query("")),
        UNFILTER: timed(query(""), before=query(FILTER_WORD)),
        PAGE: timed(lambda: access.open_pupil_page(vault, pupil_id)),
        SEARCH: timed(lambda: journal.search_notes(vault, SEARCH_WORD)),
    }


def measure_without_memory_security(vault_path: Path, pupil_id: int) -> dict[str, Figure]:
    """`measure` on the vault in a fresh process whose connections never turn memory security on."""
    command = [sys.executable, "-m", "bench.journal_volume", "--memsec-off", str(vault_path)]
    completed = subprocess.run(
        [*command, str(pupil_id)],
        cwd=Path(__file__).resolve().parents[1],
        check=True,
        capture_output=True,
        text=True,
    )
    answer = json.loads(completed.stdout.strip().splitlines()[-1])
    return {row: Figure(value["times"], value["detail"]) for row, value in answer.items()}


def child_main(vault_path: Path, pupil_id: int) -> None:
    raw.CONNECTION_PRAGMAS = tuple(
        pragma.replace("memory_security = ON", "memory_security = OFF")
        for pragma in raw.CONNECTION_PRAGMAS
    )
    vault = Vault.open(vault_path, generate.PASSPHRASE)
    try:
        with vault.engine.connect() as connection:
            setting = connection.exec_driver_sql("PRAGMA cipher_memory_security").scalar()
        if str(setting) != "0":
            raise RuntimeError("cipher_memory_security did not turn off")
        figures = measure(vault, pupil_id)
    finally:
        vault.lock()
    print(json.dumps({row: {"times": f.times, "detail": f.detail} for row, f in figures.items()}))


def print_table(results: dict[str, dict[str, Figure]]) -> None:
    names = list(results)
    print(
        f"{f'median of {RUNS} runs (slowest), ms':<42}"
        + "".join(f"{name:>19}" for name in names)
        + f"{'vault/plain':>13}{'OFF/plain':>11}  result"
    )
    for row in ROWS:
        figures = [results[name][row] for name in names]
        cells = "".join(f"{f.median_ms:>12.1f} ({f.max_ms:>4.0f})" for f in figures)
        vault, off, plain = (f.median_ms for f in figures)
        over = "  OVER GOAL" if vault > GOAL_MS else ""
        print(
            f"{row:<42}{cells}{vault / plain:>12.1f}x{off / plain:>10.1f}x"
            f"  {figures[0].detail}{over}"
        )


def main() -> None:
    if sys.argv[1:2] == ["--memsec-off"]:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        child_main(Path(sys.argv[2]), int(sys.argv[3]))
        del app
        return
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="nurse-desk-volume-"))
    try:
        print(f"== journal volume: generating into {folder} ==")
        generated = generate.generate(folder)
        print("\n".join(generate.describe(generated)))
        generated.data.tables.clear()  # 200k row dicts would slow every GC in the timings
        cipher_sqlite = sqlcipher.connect(":memory:").execute("SELECT sqlite_version()").fetchone()
        print(
            f"SQLite {cipher_sqlite[0]} in sqlcipher3, {sqlite3.sqlite_version} in Python's "
            f"sqlite3; pupil page of pupil {generated.data.busy_pupil_id}; one new connection "
            "per session (NullPool) everywhere"
        )
        pupil_id = generated.data.busy_pupil_id
        plain = PlainVault(generated.plain_path)
        results = {"vault": measure(generated.vault, pupil_id)}
        generated.vault.lock()
        results["vault, memsec OFF"] = measure_without_memory_security(
            generated.vault_path, pupil_id
        )
        results["plain sqlite3"] = measure(plain, pupil_id)
        plain.lock()
        print_table(results)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    del app


if __name__ == "__main__":
    main()
