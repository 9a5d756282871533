"""Runs every benchmark in turn and prints its figures."""

from __future__ import annotations

from bench import absence_import, class_list_import, journal_volume, vault_open


def main() -> None:
    print("== vault_open ==")
    vault_open.main()
    journal_volume.main()
    print("== absence_import ==")
    absence_import.main()
    print("== class_list_import ==")
    class_list_import.main()


if __name__ == "__main__":
    main()
