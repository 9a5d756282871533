"""Runs every benchmark in turn and prints its figures."""

from __future__ import annotations

from bench import vault_open


def main() -> None:
    print("== vault_open ==")
    vault_open.main()


if __name__ == "__main__":
    main()
