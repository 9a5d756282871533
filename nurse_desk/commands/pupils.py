"""`nurse-desk pupils list --json`, `nurse-desk pupils import FILE` and `nurse-desk pupils protect
PUPIL_ID [--off]`: the pupil register for scripts, class lists from the school system without
opening the windows, and protected identity marked or removed (logged)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.storage.vault import Vault

NAME = "pupils"


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(NAME, parents=[common], help="list or import pupils")
    actions = parser.add_subparsers(dest="pupils_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="print every pupil")
    listing.add_argument("--json", action="store_true", help="one JSON array, for scripts")
    protect = actions.add_parser(
        "protect", parents=[common], help="mark (or with --off unmark) protected identity"
    )
    protect.add_argument("pupil_id", type=int, metavar="PUPIL_ID")
    protect.add_argument("--off", action="store_true", help="remove the protection")
    importing = actions.add_parser(
        "import", parents=[common], help="import a class list (CSV or XLSX) from the school system"
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="CSV or XLSX export")
    importing.add_argument(
        "--school",
        metavar="NAME",
        default="",
        help="the pupils' school where the file has no school column",
    )
    importing.add_argument("--mapping", metavar="NAME", help="a remembered column mapping")
    importing.add_argument(
        "--skip-bad-lines", action="store_true", help="import the good lines, report the bad"
    )
    importing.add_argument(
        "--full-school",
        action="store_true",
        help="the file lists the whole school: pupils missing from it are marked as left school",
    )


def run(args: argparse.Namespace, vault: Vault) -> int:
    if args.pupils_command == "list":
        return _list(vault, as_json=args.json)
    if args.pupils_command == "protect":
        return _protect(vault, args.pupil_id, not args.off)
    return _import(args, vault)


def _protect(vault: Vault, pupil_id: int, protected: bool) -> int:
    from nurse_desk.services.protected_identity import set_protected
    from nurse_desk.storage.pupils import PupilNotFound

    try:
        changed = set_protected(vault, pupil_id, protected)
    except PupilNotFound:
        print(f"nurse-desk: there is no pupil {pupil_id}", file=sys.stderr)
        return 1
    state = "protected identity" if protected else "not protected"
    print(f"pupil {pupil_id}: {state}" + ("" if changed else " (unchanged)"))
    return 0


def _list(vault: Vault, *, as_json: bool) -> int:
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.domain.access_log_details import DetailKind
    from nurse_desk.services.access import log_shown
    from nurse_desk.services.pupils import list_pupils

    pupils = list_pupils(vault)
    # Logged before anything is printed: what leaves the vault is on record first.
    log_shown(
        vault, (p.id for p in pupils), action=AccessAction.LIST, detail=DetailKind.PUPILS_LIST.value
    )
    if as_json:
        rows = [
            {
                "id": p.id,
                "given_name": p.given_name,
                "family_name": p.family_name,
                "name": p.full_name,
                "birth_date": p.birth_date.isoformat(),
                "national_id": p.national_id,
                "school": p.school_name,
                "class": p.class_name,
                "active": p.active,
                "protected_identity": p.protected_identity,
            }
            for p in pupils
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for p in pupils:
        left = ("  (protected identity)" if p.protected_identity else "") + (
            "" if p.active else "  (left school)"
        )
        print(
            f"{p.id}\t{p.full_name}\t{p.birth_date.isoformat()}\t{p.school_name}\t{p.class_name}{left}"
        )
    return 0


def _import(args: argparse.Namespace, vault: Vault) -> int:
    """Bad lines are listed on stderr; with any, nothing is written unless --skip-bad-lines."""
    from nurse_desk.domain.class_list_plan import PlanKind
    from nurse_desk.services import class_list

    preview = class_list.preview_class_list_file(
        vault,
        args.file,
        school_name=args.school,
        mapping_name=args.mapping,
        full_school=args.full_school,
    )
    for error in preview.errors:
        print(f"{args.file.name}: {error.message}", file=sys.stderr)
    plan = preview.plan
    if preview.errors and not args.skip_bad_lines:
        print(
            f"new {plan.count(PlanKind.NEW)}, changed {plan.count(PlanKind.CHANGED)}, "
            f"unchanged {plan.count(PlanKind.UNCHANGED)}, errors {len(preview.errors)}: "
            "nothing imported (fix the lines or use --skip-bad-lines)"
        )
        return 1
    result = class_list.import_class_list(vault, preview, skip_bad_lines=args.skip_bad_lines)
    left = f", left school {result.left_school}" if args.full_school else ""
    print(
        f"new {result.new}, changed {result.changed}, unchanged {result.unchanged}, "
        f"errors {len(result.errors)}{left}"
    )
    return 0
