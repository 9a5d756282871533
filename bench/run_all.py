"""Runs every benchmark in turn and prints its figures."""

from __future__ import annotations

from bench import (
    absence_analysis,
    absence_import,
    absence_in_app,
    agenda_volume,
    class_list_import,
    journal_volume,
    start_up,
    vault_open,
    visits_volume,
)


def main() -> None:
    for name, module in (
        ("start_up", start_up),
        ("vault_open", vault_open),
        ("journal_volume", journal_volume),
        ("class_list_import", class_list_import),
        ("absence_import", absence_import),
        ("absence_analysis", absence_analysis),
        ("absence_in_app", absence_in_app),
        ("agenda_volume", agenda_volume),
        ("visits_volume", visits_volume),
    ):
        print(f"== {name} ==", flush=True)
        module.main()


if __name__ == "__main__":
    main()
