"""`nurse-desk absence …`: absence from the school system (issue 8).

Sub-commands of `absence` are listed in _ACTIONS (name -> (add parser, run)); a new one adds
its pair there. `absence import FILE [--mapping NAME] [--skip-bad-lines]` prints the summary
and every line error, and exits 1 when errors stopped the import.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nurse_desk.storage.vault import Vault

NAME = "absence"
EXIT_OK, EXIT_FAILED = 0, 1


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(NAME, parents=[common], help="absence from the school system")
    actions = parser.add_subparsers(dest="absence_command", metavar="ACTION", required=True)
    for name, (add, _) in _ACTIONS.items():
        add(actions, name, common)


def run(args: argparse.Namespace, vault: Vault) -> int:
    _, action = _ACTIONS[args.absence_command]
    return action(args, vault)


# -- absence import ----------------------------------------------------------------------
def _add_import(actions, name: str, common: argparse.ArgumentParser) -> None:
    parser = actions.add_parser(
        name, parents=[common], help="import absence from a CSV or XLSX export"
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--mapping", metavar="NAME", help="a column mapping saved in the app")
    parser.add_argument(
        "--skip-bad-lines",
        action="store_true",
        help="import the good lines even when some lines have errors",
    )


def _run_import(args: argparse.Namespace, vault: Vault) -> int:
    from nurse_desk.domain.import_mapping import group_unknown
    from nurse_desk.services.absence_import import import_absence_file

    preview, result = import_absence_file(
        vault, args.file, mapping_name=args.mapping, skip_bad_lines=args.skip_bad_lines
    )
    for error in preview.errors:
        print(error.message, file=sys.stderr)
    for who, lines in group_unknown(preview.unknown):
        shown = ", ".join(str(line) for line in lines[:10]) + (" …" if len(lines) > 10 else "")
        print(f"unknown pupil: {who} (rows: {len(lines)}; lines {shown})", file=sys.stderr)
    print(
        f"rows matched: {len(preview.accepted)} (new: {preview.new}, already known: "
        f"{preview.already_known}); rows about unknown pupils: {len(preview.unknown)}; "
        f"lines with errors: {len(preview.errors)}"
    )
    if result is None:
        print("nothing was imported: fix the lines above or use --skip-bad-lines", file=sys.stderr)
        return EXIT_FAILED
    skipped = f", bad lines skipped: {result.skipped_lines}" if result.skipped_lines else ""
    print(f"rows imported: {result.saved} (new: {result.new}, updated: {result.updated}{skipped})")
    return EXIT_OK


_ACTIONS = {"import": (_add_import, _run_import)}
