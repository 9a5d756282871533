"""A school year's absence as the nurse meets it: the main window, the Absence page, the import
dialog, then the analysis again; each step timed with the GUI event loop running.

Two processes, so each peak memory figure (ru_maxrss) belongs to one thing:
- `import`: the window shows the Absence page; the import dialog reads, checks and saves the
  file (~198,000 rows for 3,000 pupils). Prints wall and CPU time of each step, the longest
  the GUI thread went without handling an event, and the peak memory.
- `analysis`: a fresh process unlocks the filled vault, shows the Absence page, waits for the
  analysis, opens one pupil's charts; prints the peak memory with the analysis open.

`python -m bench.absence_in_app` (offscreen unless QT_QPA_PLATFORM says otherwise).
Goals: the import < 5 s wall; the GUI never stalls long; peak memory with the analysis open
< 300 MiB. On a shared machine the wall clock also counts other processes' turns (when
/proc/pressure/cpu shows CPU pressure near 100 %, wall is 2-3 times the CPU time here).
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from bench.absence_import import PUPILS, make_pupils, write_csv
from nurse_desk.app import build_main_window
from nurse_desk.preferences import Preferences
from nurse_desk.services import pupils, settings
from nurse_desk.services.vault_access import create_vault
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.ui.importing.absence_import_dialog import AbsenceImportDialog
from nurse_desk.ui.workspace import Section

SECRET = "benk fravær i appen"
START, TODAY = date(2025, 8, 18), date(2026, 6, 19)
IMPORT_GOAL_S, MEMORY_GOAL_MIB = 5.0, 300


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StallMeter:
    """The longest gap between ticks of a 20 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.longest = 0
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self._clock.restart() - 20)

    def reset(self) -> None:
        self.longest = 0
        self._clock.restart()


def wait_until(app: QApplication, ready, timeout_s: float = 300.0) -> None:
    """Runs the event loop as the app does (no busy polling that would wake the GUI thread
    and take the GIL from the worker hundreds of times a second), checking every 50 ms."""
    loop, ends = QEventLoop(), time.monotonic() + timeout_s
    check = QTimer(interval=50)

    def on_check() -> None:
        if ready() or time.monotonic() > ends:
            loop.quit()

    check.timeout.connect(on_check)
    check.start()
    if not ready():
        loop.exec()
    check.stop()
    if not ready():
        raise TimeoutError


def open_window(app: QApplication, path: Path, folder: Path):
    preferences = Preferences(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = build_main_window(vault_path=path, language="en", preferences=preferences)
    window.show()
    page = window.workspace.absence_page
    page.today = lambda: TODAY
    window.session.unlock(SECRET)
    finished = []
    page.analysis_finished.connect(lambda: finished.append(1))
    window.workspace.show_section(Section.ABSENCE)
    wait_until(app, lambda: finished)
    return window, page, finished


def timed_step(app, action, ready) -> tuple[float, float]:
    began, cpu = time.perf_counter(), time.process_time()
    action()
    wait_until(app, ready)
    return time.perf_counter() - began, time.process_time() - cpu


def run_import(folder: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = folder / "bench.vault"
    vault = create_vault(path, SECRET, SECRET)
    settings.save_settings(vault, settings.VaultSettings("Benk", "", "no"))
    pupil_list = make_pupils(random.Random(2026))
    with vault.session() as session, session.begin():
        pupil_store.add_pupils(session, pupil_list)
    for school in pupils.list_schools(vault):
        pupils.save_school(vault, replace(school, school_year_start=START))
    vault.lock()
    csv = folder / "fravær.csv"
    rows = write_csv(csv, pupil_list, random.Random(2026))
    window, page, _ = open_window(app, path, folder)
    meter = StallMeter()
    for label in ("first import", "same file again"):
        dialog = AbsenceImportDialog(page, window.session.vault)
        dialog.show()
        meter.reset()
        check = timed_step(app, lambda d=dialog: d.open_file(csv), lambda d=dialog: d.preview)
        check_stall = meter.longest
        meter.reset()
        save = timed_step(app, dialog.import_button.click, lambda d=dialog: d.result)
        result = dialog.result
        print(
            f"{label} of {rows} rows for {PUPILS} pupils: read + check {check[0]:.2f} s "
            f"(CPU {check[1]:.2f} s, GUI stall {check_stall} ms), save {save[0]:.2f} s "
            f"(CPU {save[1]:.2f} s, GUI stall {meter.longest} ms) -> {result.new} new, "
            f"{result.updated} updated; goal: read + check + save < {IMPORT_GOAL_S:.0f} s; "
            f"peak memory so far {peak_mib():.0f} MiB",
            flush=True,
        )
        dialog.close()
        dialog.deleteLater()
        del dialog
    print(f"peak memory of the importing process: {peak_mib():.0f} MiB", flush=True)
    window.session.lock()
    window.close()


def run_analysis(folder: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    began = time.perf_counter()
    window, page, finished = open_window(app, folder / "bench.vault", folder)
    took = time.perf_counter() - began
    first = page.proxy.index(0, 0)
    page.table.setCurrentIndex(first)
    opened = time.perf_counter()
    page._on_table_activated(first)
    QApplication.processEvents()
    pupil_ms = (time.perf_counter() - opened) * 1000
    meter = StallMeter()
    finished.clear()
    page.reload()
    wait_until(app, lambda: finished)
    print(
        f"unlock + Absence page analysed: {took:.2f} s ({page.overview.entries} entries, "
        f"{page.model.rowCount()} flagged); one pupil's charts {pupil_ms:.0f} ms; "
        f"GUI stall during a refresh {meter.longest} ms",
        flush=True,
    )
    print(
        f"peak memory with the analysis open: {peak_mib():.0f} MiB (goal < {MEMORY_GOAL_MIB} MiB)",
        flush=True,
    )
    window.session.lock()
    window.close()


def main() -> None:
    if len(sys.argv) == 3:
        {"import": run_import, "analysis": run_analysis}[sys.argv[1]](Path(sys.argv[2]))
        return
    environment = {"QT_QPA_PLATFORM": "offscreen", **os.environ}  # no window needed
    with tempfile.TemporaryDirectory() as folder:
        for step in ("import", "analysis"):
            subprocess.run(
                [sys.executable, "-m", "bench.absence_in_app", step, folder],
                check=True,
                env=environment,
            )


if __name__ == "__main__":
    main()
