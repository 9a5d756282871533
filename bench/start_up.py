"""How long a cold start takes until the unlock screen is painted, and `--help` / `--version`.

Each start is a fresh process (`python -m bench.start_up --once VAULT`) that runs the app's own
command line, `nurse_desk.cli.main(["--vault", VAULT])`, on Qt's offscreen platform. All it adds
is the QApplication, created first (the app takes over an existing one) with an event filter
that notices when the unlock screen's passphrase field is painted: the process then prints its
CPU time and the wall time since it started, and ends. `--once` can also be timed as a whole
process from outside, e.g. with `/usr/bin/time -v`."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

PASSPHRASE = "fjord tavle sykkel blåbær"
RUNS = 7


def _seconds_since_process_start() -> float:
    """Wall time since the kernel started this process (resolution: one clock tick)."""
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time after boot
    return time.clock_gettime(time.CLOCK_BOOTTIME) - started


def _cpu_seconds() -> float:
    usage = os.times()
    return usage.user + usage.system


def start_once(vault: Path) -> None:
    """The real start up to the painted unlock screen; prints `cpu wall monotonic` and exits."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched.objectName() == "unlock_passphrase":
                cpu, wall = _cpu_seconds(), _seconds_since_process_start()
                print(f"{cpu:.4f} {wall:.4f} {time.monotonic():.6f}", flush=True)
                os._exit(0)  # the figures are taken; closing down is not part of the start
            return False

    # run_app() takes over this QApplication; created here only to watch for the paint.
    app = QApplication(sys.argv[:1])
    watch = PaintWatch()
    app.installEventFilter(watch)
    from nurse_desk.cli import main

    main(["--vault", str(vault)])
    sys.exit("the unlock screen was never painted")


def _make_vault(folder: Path) -> Path:
    from nurse_desk.services import vault_access

    path = folder / "start.vault"
    vault_access.create_vault(path, PASSPHRASE, PASSPHRASE).lock()
    return path


def _child_environment(folder: Path) -> dict[str, str]:
    """Offscreen Qt; QSettings in a throw-away folder so the nurse's own are not read; and
    compiled bytecode, as an installed app has (kept in that folder, written by the warm-up)."""
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(folder / "config"),
        "PYTHONPYCACHEPREFIX": str(folder / "bytecode"),
    }
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def _time_start(vault: Path, environment: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds from spawning the process to the painted unlock screen)."""
    import subprocess  # here and below, not at the top: the timed process need not load them

    command = [sys.executable, "-m", "bench.start_up", "--once", str(vault)]
    spawned = time.monotonic()
    done = subprocess.run(command, env=environment, capture_output=True, text=True, check=True)
    cpu, _, painted = (float(word) for word in done.stdout.split())
    return cpu, painted - spawned


def _time_command(arguments: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole `python -m nurse_desk ARGUMENTS` process."""
    import subprocess

    before = os.times()
    start = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "nurse_desk", *arguments],
        env=environment,
        capture_output=True,
        check=True,
    )
    wall = time.monotonic() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return cpu, wall


def report(name: str, figures: list[tuple[float, float]]) -> None:
    import statistics

    cpu = [figure[0] * 1000 for figure in figures]
    wall = [figure[1] * 1000 for figure in figures]
    print(
        f"{name:<34} cpu median {statistics.median(cpu):7.1f} ms (min {min(cpu):.1f}, "
        f"max {max(cpu):.1f})  wall median {statistics.median(wall):7.1f} ms "
        f"(min {min(wall):.1f}, max {max(wall):.1f}, n={len(figures)})"
    )


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory(prefix="nurse-desk-start-") as name:
        folder = Path(name)
        vault = _make_vault(folder)
        environment = _child_environment(folder)
        _time_start(vault, environment)  # warm-up: bytecode and the operating system's file cache
        figures = [_time_start(vault, environment) for _ in range(RUNS)]
        report("start to painted unlock screen", figures)
        for arguments in (["--help"], ["--version"]):
            _time_command(arguments, environment)
            figures = [_time_command(arguments, environment) for _ in range(RUNS)]
            report(f"nurse-desk {arguments[0]}", figures)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--once"]:
        start_once(Path(sys.argv[2]))
    else:
        main()
