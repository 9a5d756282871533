"""`nurse-desk absence …`: absence from the school system and worrying-absence flags.

Sub-commands of `absence` are listed in _ACTIONS (name -> (add parser, run)); a new one adds
its pair there.
- `absence import FILE [--mapping NAME] [--skip-bad-lines]` prints the summary and every line
  error, and exits 1 when errors stopped the import.
- `absence flags [--json] [--without-excused] [--all]` prints the current flags, most serious
  first.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    for found, lines in group_unknown(preview.unknown):
        who = found or "(no name or ID on the line)"
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


# -- absence flags -----------------------------------------------------------------------
def _add_flags(actions, name: str, common: argparse.ArgumentParser) -> None:
    flags = actions.add_parser(
        name, parents=[common], help="print the current flags, most serious first"
    )
    flags.add_argument("--json", action="store_true", help="one JSON document for scripts")
    flags.add_argument(
        "--without-excused",
        action="store_true",
        help="leave out reported or excused absence (counted by default, as the guideline says)",
    )
    flags.add_argument(
        "--all", action="store_true", help="include flags the nurse has acknowledged"
    )
    flags.add_argument(
        "--today", type=date.fromisoformat, help="analyse as of this day (YYYY-MM-DD)"
    )


def _run_flags(args: argparse.Namespace, vault: Vault) -> int:
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.domain.access_log_details import DetailKind
    from nurse_desk.domain.words.absence import plain_flag_sentence
    from nurse_desk.services import absence
    from nurse_desk.services.access import log_shown

    overview = absence.analyse_all(
        vault,
        today=args.today,
        include_excused=not args.without_excused,
        show_acknowledged=args.all,
    )
    shown = (item.pupil.id for item in overview.pupils)
    log_shown(vault, shown, action=AccessAction.LIST, detail=DetailKind.ABSENCE_LIST.value)
    if args.json:
        document = {
            "today": overview.today.isoformat(),
            "pupils_analysed": overview.analysed,
            "entries": overview.entries,
            "flagged": [
                {
                    "pupil_id": item.pupil.id,
                    "name": item.pupil.full_name,
                    "school": item.pupil.school_name,
                    "class": item.pupil.class_name,
                    "absent_days": round(item.absence.absent_days, 2),
                    "school_days": item.absence.school_days,
                    "percent": round(item.absence.percent, 1),
                    "acknowledged_hidden": item.acknowledged,
                    "flags": [
                        {
                            "kind": flag.kind.value,
                            "count": round(flag.count, 2),
                            "of": round(flag.of, 2),
                            "since": flag.since.isoformat(),
                            "weeks": flag.weeks,
                            "expected": round(flag.expected, 2),
                            "weekday": flag.weekday,
                            "subject": flag.subject,
                            "episodes": flag.episodes,
                            "fingerprint": flag.fingerprint,
                            "sentence": plain_flag_sentence(flag),
                        }
                        for flag in item.absence.flags
                    ],
                }
                for item in overview.pupils
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    for item in overview.pupils:
        pupil = item.pupil
        print(f"{pupil.family_name}, {pupil.given_name} ({pupil.school_name} {pupil.class_name})")
        for flag in item.absence.flags:
            print(f"  - {flag.kind.value}: {plain_flag_sentence(flag)}")
    print(
        f"{len(overview.pupils)} of {overview.analysed} pupils flagged "
        f"({overview.entries} absence entries, as of {overview.today.isoformat()})"
    )
    return 0


_ACTIONS = {"import": (_add_import, _run_import), "flags": (_add_flags, _run_flags)}
