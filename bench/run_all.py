"""Runs every benchmark in turn and prints its figures: `python -m bench.run_all [NAME ...]`
runs only the named ones (e.g. `interactions`, which takes ~15 minutes at its defaults)."""

from __future__ import annotations

import sys

from bench import (
    absence_analysis,
    absence_import,
    absence_in_app,
    agenda_volume,
    class_list_import,
    interactions,
    journal_volume,
    start_up,
    vault_open,
    visits_volume,
)

BENCHMARKS = {
    "start_up": start_up.main,
    "vault_open": vault_open.main,
    "journal_volume": journal_volume.main,
    "class_list_import": class_list_import.main,
    "absence_import": absence_import.main,
    "absence_analysis": absence_analysis.main,
    "absence_in_app": absence_in_app.main,
    "agenda_volume": agenda_volume.main,
    "visits_volume": visits_volume.main,
    "interactions": lambda: interactions.main([]),
}


def main() -> None:
    chosen = sys.argv[1:] or list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        raise SystemExit(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
    del sys.argv[1:]  # each benchmark reads its own command line
    for name in chosen:
        print(f"== {name} ==", flush=True)
        BENCHMARKS[name]()


if __name__ == "__main__":
    main()
