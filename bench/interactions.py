"""The volume benchmark: every interaction of the nurse's day timed on a full school year, beside
the same SQL run raw.

    python -m bench.interactions [--scale 1|2] [--runs N] [--json FILE] [--compare OLD.json]
    python -m bench.interactions --compare OLD.json --to NEW.json   (no run: two saved files)

The vault is bench/year_vault.py's (3,000 pupils, 50,000 notes, 20,000 follow-ups, 2,000 home
visits, ~200,000 absence rows at scale 1; built once, then cached). The real main window runs
offscreen on a working copy of it (bench/ui_driver.py), and each interaction
(bench/interaction_steps.py) is timed from the call a click makes until every event it caused
has been handled, painting and background work included (the capture cycle checks that
something was painted; `--repaint` adds a forced repaint of every window, as older runs did).
Its SQL is captured at the driver (bench/sql_capture.py) and replayed raw on fresh keyed
connections with the app's PRAGMAs; app/raw shows how much the app adds to what the database
must do, and the statement count shows N+1 patterns.

One cycle runs every interaction once; the first cycle is a warm-up that also captures the SQL
("first" column), then --runs timed cycles give the medians (wall clock, and CPU time of the
process, which a shared machine disturbs less). Start-up (to the unlock screen, --help,
--version) is timed in fresh processes, and peak memory is the peak resident memory of a fresh
process that unlocked and opened the absence analysis and one pupil's charts
(bench/process_figures.py).

Targets: every interaction < 50 ms and at most 5x its raw SQL; unlock without key derivation to
Today painted < 0.5 s; cold start < 1 s; --help and --version < 0.3 s; the absence import < 5 s;
peak memory < 300 MiB. `--compare` prints two runs side by side (a 2x run against a 1x file
gives the growth per interaction). An interaction that fails is reported with its error and the
run goes on. Health-like data is written only into the cache folder (year_vault.cache_root()).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import platform
import subprocess
import time
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.compare and args.to:
        from bench.interaction_rows import load, print_comparison

        print_comparison(args.compare, load(args.to))
        return
    from bench import process_figures, year_vault

    year = year_vault.ensure(args.scale, args.anchor)
    print(year.describe(), flush=True)
    try:
        memory = process_figures.memory_row(year)  # before the window: this process is small
        rows = ui_rows(year, args.runs, args.only, args.repaint)
        rows += [*process_figures.startup_rows(year, args.runs), memory]
    finally:
        year.clean_scratch()
    report(rows, year, args)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.interactions", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--scale", type=int, choices=(1, 2), default=1)
    parser.add_argument("--runs", type=int, default=5, help="timed runs (medians), default 5")
    parser.add_argument("--json", type=Path, help="save the figures to FILE")
    parser.add_argument("--compare", type=Path, help="print this run beside an older JSON file")
    parser.add_argument("--to", type=Path, help="with --compare: a second file instead of a run")
    parser.add_argument("--only", default="", help="only interactions whose name contains this")
    parser.add_argument(
        "--repaint", action="store_true", help="time a forced repaint of every window too"
    )
    parser.add_argument("--anchor", type=date.fromisoformat, help="the data's date (a Monday)")
    args = parser.parse_args(argv)
    args.runs = max(1, args.runs)
    return args


# -- the window --------------------------------------------------------------------------------
def ui_rows(year, runs: int, only: str = "", repaint: bool = False):
    from bench import sql_capture
    from bench.interaction_steps import all_steps
    from bench.ui_driver import Desk, KdfClock, SlotErrors

    sql_capture.install()
    kdf, slot_errors = KdfClock(), SlotErrors()
    work = sql_capture.snapshot(year.vault_path, year.scratch / "work.vault")
    desk = Desk(work, year.passphrase, year.scratch)
    cycle = {"number": 0}
    steps = all_steps(desk, year, lambda: cycle["number"])
    steps = [step for step in steps if only.casefold() in step.name.casefold()]
    outcomes = {step.name: Outcome() for step in steps}
    try:
        for number in range(runs + 1):
            cycle["number"] = number
            print(
                f"cycle {number} of {runs}{' (warm-up, capture)' if not number else ''}", flush=True
            )
            for step in steps:
                run_step(
                    step, outcomes[step.name], desk, kdf, slot_errors, work, number == 0, repaint
                )
        key = _key(year, work)
        for step in steps:
            replay_step(step, outcomes[step.name], key, runs, work, year.scratch)
    finally:
        desk.window.session.close()
        desk.window.close()
        sql_capture.remove(work)
    return [row for step in steps for row in outcomes[step.name].rows(step)]


class Outcome:
    """What the runs of one step gave."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.cpu: list[float] = []
        self.kdf: list[float] = []
        self.first: float | None = None
        self.first_kdf: float | None = None
        self.capture = None
        self.snapshot: Path | None = None
        self.raw: list[float] | None = None
        self.errors: list[str] = []
        self.notes: list[str] = []

    def rows(self, step):
        from bench.interaction_rows import Row

        capture = self.capture
        sql = {}
        if capture is not None:
            times, text = capture.most_repeated()
            sql = {
                "raw_runs": self.raw,
                "statements": capture.count,
                "distinct": capture.distinct,
                "connections": capture.connections_opened,
                "repeated": f"{times}x {text}" if times > 10 else "",
            }
        note = "; ".join(dict.fromkeys(self.notes))
        if not step.key_derivation:
            return [
                Row(step.name, self.times, self.first, self.cpu, limit=step.limit_ms,
                    max_ratio=step.max_ratio, errors=self.errors, note=note, **sql)
            ]  # fmt: skip
        without = [t - k for t, k in zip(self.times, self.kdf, strict=True)]
        first = None if self.first is None else self.first - (self.first_kdf or 0.0)
        return [
            Row(f"{step.name}, with key derivation", self.times, self.first, self.cpu,
                errors=self.errors),
            Row("  of which Argon2id key derivation", self.kdf, self.first_kdf),
            Row(f"{step.name}, without key derivation", without, first, limit=step.limit_ms,
                max_ratio=step.max_ratio, note=note, **sql),
        ]  # fmt: skip


def run_step(
    step, outcome: Outcome, desk, kdf, slot_errors, work: Path, capture: bool, repaint: bool
) -> None:
    from bench import sql_capture
    from bench.ui_driver import Paints, paint, settle

    try:
        if step.setup is not None:
            step.setup()
            settle()
        if capture and step.writes:
            outcome.snapshot = sql_capture.snapshot(
                work, work.with_name(f"before-{id(step)}.vault")
            )
        gc.collect()
        slot_errors.take()
        kdf.seconds, kdf.running = 0.0, True
        recording = sql_capture.capturing() if capture else contextlib.nullcontext()
        paints = Paints() if capture else contextlib.nullcontext()
        with recording as captured, paints as painted:
            started, cpu = time.perf_counter(), time.process_time()
            note = step.action()
            settle()
            if repaint:
                paint()
            elapsed = (time.perf_counter() - started) * 1000
            cpu = (time.process_time() - cpu) * 1000
        kdf.running = False
        failures = slot_errors.take()
        if painted is not None and painted.count == 0:
            failures.append("nothing was painted: the time would not include painting")
        if failures:
            raise RuntimeError("; ".join(failures))
        if capture:
            outcome.first, outcome.first_kdf, outcome.capture = (
                elapsed,
                kdf.seconds * 1000,
                captured,
            )
        else:
            outcome.times.append(elapsed)
            outcome.cpu.append(cpu)
            outcome.kdf.append(kdf.seconds * 1000)
        if note:
            outcome.notes.append(str(note))
    except Exception as error:  # an app bug in one interaction must not stop the benchmark
        kdf.running = False
        outcome.errors.append(f"{type(error).__name__}: {error}")
        recover(desk)
    finally:
        if step.teardown is not None:
            try:
                step.teardown()
            except Exception as error:
                outcome.errors.append(f"after: {type(error).__name__}: {error}")
                recover(desk)


def recover(desk) -> None:
    from bench.ui_driver import close_dialogs

    with contextlib.suppress(Exception):
        close_dialogs()
        desk.ensure_unlocked()


def replay_step(step, outcome: Outcome, key, runs: int, work: Path, scratch: Path) -> None:
    from bench import sql_capture

    capture = outcome.capture
    if capture is None or not capture.count:
        return
    target = scratch / "replay.vault"
    if step.replay_source is not None:
        copy_from = step.replay_source()
    elif outcome.snapshot is not None:
        copy_from = outcome.snapshot
    elif capture.writes:  # a write nobody declared: replayed on a copy made after it
        copy_from = sql_capture.snapshot(work, scratch / "after.vault")
        outcome.notes.append("writes; replayed on a copy taken after the app's run")
    else:
        copy_from, target = None, work
    try:
        replay = sql_capture.replay(capture, key, runs, on=target, copy_from=copy_from)
    except Exception as error:
        outcome.errors.append(f"replay: {type(error).__name__}: {error}")
        return
    finally:
        for leftover in (outcome.snapshot, scratch / "after.vault"):
            if leftover is not None:
                sql_capture.remove(leftover)
    outcome.raw = [seconds * 1000 for seconds in replay.times]
    capture.forget_parameters()  # an import's are 200,000 rows
    if replay.failed:
        outcome.notes.append(f"replay: {replay.failed} statements failed ({replay.first_error})")


def _key(year, path: Path):
    from nurse_desk.storage import sqlcipher as raw
    from nurse_desk.storage.key_derivation import VaultKey

    return VaultKey.from_passphrase(year.passphrase, raw.read_salt(path))


# -- the report --------------------------------------------------------------------------------
def report(rows, year, args) -> None:
    from bench.interaction_rows import print_comparison, print_table, save

    meta = {
        "scale": year.scale,
        "anchor": year.anchor.isoformat(),
        "version": year.version,
        "counts": year.counts,
        "vault_mib": round(year.vault_mib(), 1),
        "runs": args.runs,
        "when": datetime.now().isoformat(timespec="seconds"),
        "commit": _commit(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}",
        "python": platform.python_version(),
        "timing": "with a forced repaint" if args.repaint else "painted as the app paints",
    }
    header = (
        f"\nNurse Desk, a school year at {year.scale}x ({year.vault_mib():.0f} MiB vault), "
        f"medians of {args.runs} runs, {meta['timing']}; {meta['machine']}; {meta['commit']}"
    )
    print_table(rows, header)
    if args.json:
        save(args.json, rows, meta)
        print(f"saved {args.json}")
    if args.compare:
        new = (meta, {row.name: _as_saved(row) for row in rows})
        print_comparison(args.compare, new)


def _as_saved(row) -> dict:
    return {
        "app": row.app,
        "cpu": row.cpu,
        "ratio": row.ratio,
        "statements": row.statements,
        "verdict": row.verdict,
        "unit": row.unit,
    }


def _commit() -> str:
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%h %s"], cwd=REPO, capture_output=True, text=True
        )
    except OSError:
        return "?"
    return done.stdout.strip()[:60] or "?"


if __name__ == "__main__":
    main()
