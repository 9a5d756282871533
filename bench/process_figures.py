"""The figures of bench/interactions.py that need a fresh process: start-up to the unlock
screen, `--help` and `--version` (wall clock from starting the process, and its CPU time), and
the peak memory of a process that unlocked the year vault and opened the absence analysis and one
pupil's charts (`python -m bench.process_figures SCALE ANCHOR` is that process).

The start-up is the real entry point (`python -m nurse_desk --vault …`) with QApplication.exec
wrapped so that, once the event loop runs, the windows are painted, a line is printed and the
process ends: the time to the first painted unlock screen. The processes get their own settings
folder (XDG_CONFIG_HOME in the cache), never the nurse's.
"""

from __future__ import annotations

import contextlib
import os
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from bench.interaction_rows import Row

REPO = Path(__file__).resolve().parents[1]

_UNTIL_SHOWN = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
_exec = QApplication.exec
def _shown(app):
    app.processEvents()
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            widget.repaint()
    app.processEvents()
    print("SHOWN", flush=True)
    os._exit(0)
def exec_(self, *args):
    QTimer.singleShot(0, lambda: _shown(self))
    return _exec(self, *args)
QApplication.exec = exec_
import runpy
sys.argv = ["nurse-desk", "--vault", sys.argv[1]]
runpy.run_module("nurse_desk", run_name="__main__", alter_sys=True)
"""


def startup_rows(year, runs: int):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = str(year.scratch / "config")  # not the nurse's own preferences
    rows, vault = [], str(year.vault_path)
    commands = (
        ("Cold start to the unlock screen", [sys.executable, "-c", _UNTIL_SHOWN, vault], 1000.0),
        ("nurse-desk --help", [sys.executable, "-m", "nurse_desk", "--help"], 300.0),
        ("nurse-desk --version", [sys.executable, "-m", "nurse_desk", "--version"], 300.0),
    )  # fmt: skip
    for name, command, limit in commands:
        row = Row(name, limit=limit, cpu_runs=[], note="a fresh process, wall clock")
        for number in range(runs + 1):
            try:
                seconds, cpu = _wall(command, env, until="SHOWN" if "-c" in command else None)
            except (OSError, subprocess.SubprocessError, RuntimeError) as error:
                row.errors.append(f"{type(error).__name__}: {error}")
                continue
            if number:
                row.runs.append(seconds * 1000)
                row.cpu_runs.append(cpu * 1000)
            else:
                row.first = seconds * 1000
        rows.append(row)
    return rows


def _wall(command: list[str], env: dict, until: str | None) -> tuple[float, float]:
    """(wall seconds until `until` is printed, or to the exit; the child's CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        if until is None:
            _, err = process.communicate(timeout=60)
            elapsed = time.perf_counter() - started
            if process.returncode:
                raise RuntimeError(f"exit {process.returncode}: {err.strip()[-300:]}")
            return elapsed, _child_cpu(before)
        for line in process.stdout:
            if line.strip() == until:
                elapsed = time.perf_counter() - started
                process.wait(timeout=60)
                return elapsed, _child_cpu(before)
        raise RuntimeError(f"never shown: {process.stderr.read().strip()[-300:]}")


def _child_cpu(before) -> float:
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def memory_row(year):
    row = Row("Peak memory, absence analysis and charts open", unit="MiB", limit=300.0)
    command = [sys.executable, "-m", "bench.process_figures", str(year.scale)]
    command.append(year.anchor.isoformat())
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines or not lines[-1].startswith("MAXRSS "):
        row.errors.append(f"probe failed: {done.stderr.strip()[-300:]}")
        return row
    _, kib, note = lines[-1].split(" ", 2)
    row.runs = [int(kib) / 1024]
    row.note = f"peak resident memory (VmHWM) of a fresh process; {note}"
    return row


def memory_probe(scale: int, anchor: date | None) -> None:
    """In a fresh process: unlock, the Absence section, one pupil's charts; then the peak."""
    from bench import sql_capture, year_vault
    from bench.ui_driver import Desk, settle
    from nurse_desk.ui.workspace import Section

    year = year_vault.ensure(scale, anchor, log=lambda _text: None)
    work = sql_capture.snapshot(year.vault_path, year.scratch / "memory.vault")
    try:
        desk = Desk(work, year.passphrase, year.scratch)
        desk.unlock_and_wait()
        page = desk.page(Section.ABSENCE)
        settle()
        rows = page.model.rows()
        if rows:
            page.open_pupil(rows[0].pupil.id, rows[0].pupil.school_name)
            settle()
        print(f"MAXRSS {peak_memory_kib()} {len(rows)} pupils flagged", flush=True)
        desk.window.session.close()
    finally:
        year.clean_scratch()


def peak_memory_kib() -> int:
    """The process's peak resident memory in KiB. Linux carries ru_maxrss over from the
    parent when a child is started with vfork and exec (as subprocess does), so a child of a
    big parent reports the parent's size; VmHWM is this program's own."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


if __name__ == "__main__":
    memory_probe(int(sys.argv[1]), date.fromisoformat(sys.argv[2]))
