"""`nurse-desk absence …`: worrying-absence flags for scripted use (issue 8).

`absence flags [--json] [--without-excused] [--all]` prints the current flags, most serious first.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from nurse_desk.services import absence
from nurse_desk.storage.vault import Vault

NAME = "absence"


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(NAME, parents=[common], help="worrying-absence patterns")
    actions = parser.add_subparsers(dest="absence_command", metavar="ACTION", required=True)
    flags = actions.add_parser(
        "flags", parents=[common], help="print the current flags, most serious first"
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


def run(args: argparse.Namespace, vault: Vault) -> int:
    if args.absence_command == "flags":
        return _flags(args, vault)
    return 2


def _flags(args: argparse.Namespace, vault: Vault) -> int:
    from nurse_desk.ui.absence.wording import flag_sentence

    overview = absence.analyse_all(
        vault,
        today=args.today,
        include_excused=not args.without_excused,
        show_acknowledged=args.all,
    )
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
                            "sentence": flag_sentence(flag),
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
            print(f"  - {flag.kind.value}: {flag_sentence(flag)}")
    print(
        f"{len(overview.pupils)} of {overview.analysed} pupils flagged "
        f"({overview.entries} absence entries, as of {overview.today.isoformat()})"
    )
    return 0
