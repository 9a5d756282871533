"""`nurse-desk retention list|deposit|remove`: the pupils who left school, a record deposited
in the archive (PDF and open JSON), and a pupil removed for good after the retention time."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.storage.vault import Vault

NAME = "retention"


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nurse_desk.cli import add_replace_option

    parser = commands.add_parser(
        NAME, parents=[common], help="pupils who left school: deposit and removal after retention"
    )
    actions = parser.add_subparsers(dest="retention_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="the pupils who left school")
    listing.add_argument("--json", action="store_true", help="print JSON instead of lines")
    deposit = actions.add_parser(
        "deposit", parents=[common], help="write the record as PDF and open JSON for the archive"
    )
    deposit.add_argument("pupil_id", type=int, metavar="PUPIL_ID")
    deposit.add_argument("--out", type=Path, required=True, metavar="FOLDER")
    deposit.add_argument(
        "--lang", choices=("nb", "sv", "en"), help="language of the PDF (default: the country's)"
    )
    add_replace_option(deposit)  # a deposit of the same day is there under the same names
    remove = actions.add_parser(
        "remove", parents=[common], help="remove a deposited pupil for good after retention"
    )
    remove.add_argument("pupil_id", type=int, metavar="PUPIL_ID")
    remove.add_argument("--yes", action="store_true", required=True, help="yes, for good")


def run(args: argparse.Namespace, vault: Vault) -> int:
    from nurse_desk.services import retention

    if args.retention_action == "deposit":
        from nurse_desk.services.settings import read_settings

        language = args.lang or ("sv" if read_settings(vault).country == "se" else "nb")
        pdf, plain = retention.deposit(
            vault, args.pupil_id, args.out, language=language, replace=args.replace
        )
        print(f"deposited pupil {args.pupil_id}: {pdf} and {plain} (NOT encrypted)")
    elif args.retention_action == "remove":
        removed = retention.remove_for_good(vault, args.pupil_id)
        print(f"removed pupil {args.pupil_id} for good ({removed} rows); the file was vacuumed")
    else:
        _print_list(vault, retention.left_school(vault), as_json=args.json)
    return 0


def _print_list(vault: Vault, pupils, *, as_json: bool) -> None:
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.domain.access_log_details import DetailKind
    from nurse_desk.services.access import log_shown

    # Logged before anything is printed, as `pupils list` is: what leaves is on record first.
    log_shown(
        vault,
        (p.pupil_id for p in pupils),
        action=AccessAction.LIST,
        detail=DetailKind.RETENTION_LIST.value,
    )
    today = date.today()
    rows = [
        {
            "pupil_id": p.pupil_id,
            "name": p.name,
            "school": p.school,
            "left_on": _day(p.left_on),
            "handed_over_on": _day(p.handed_over_on),
            "archived_on": _day(p.archived_on),
            "removable_from": _day(p.removable_from),
            "can_be_removed": p.can_be_removed(today),
        }
        for p in pupils
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for row in rows:
        print(
            f"{row['pupil_id']}\t{row['name']}\t{row['school']}\tleft {row['left_on'] or '?'}"
            f"\thanded over {row['handed_over_on'] or '-'}\tarchived {row['archived_on'] or '-'}"
            f"\tremovable from {row['removable_from'] or 'never (kept)'}"
        )


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
