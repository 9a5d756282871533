"""`nurse-desk print-visit VISIT_ID --out FILE.pdf [--private | --without-school | --named]`: a
home visit's preparation sheet from the command line, logged like every print."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.storage.vault import Vault

NAME = "print-visit"


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nurse_desk.cli import add_written_file

    parser = commands.add_parser(
        NAME, parents=[common], help="write a home visit's preparation sheet as PDF"
    )
    parser.add_argument("visit_id", type=int, metavar="VISIT_ID")
    add_written_file(parser, "--out", type=Path, required=True, metavar="FILE.pdf")
    privacy = parser.add_mutually_exclusive_group()
    privacy.add_argument(
        "--private",
        action="store_true",
        default=None,
        help="initials and year of birth instead of names and IDs, no address",
    )
    privacy.add_argument(
        "--named", dest="private", action="store_false", help="full names, IDs and address"
    )
    privacy.add_argument(
        "--without-school",
        dest="school",
        action="store_false",
        help="a private sheet without the children's school and class (implies --private)",
    )
    parser.add_argument(
        "--for",
        dest="outside_for",
        default="",
        metavar="PARTNER",
        help="for use outside the health service: a named sheet needs PARTNER's consent",
    )
    parser.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help="why the sheet is printed (kept in the access log; needed unless Settings "
        "spares the nurse's own sheet)",
    )


def run(args: argparse.Namespace, vault: Vault) -> int:
    # Here, not at the top: the PDF and database code is not needed to print --help.
    from nurse_desk.domain.words import printout_language
    from nurse_desk.services import visit_sheet
    from nurse_desk.services.settings import prints_private_by_default, read_settings

    private = prints_private_by_default(vault) if args.private is None else args.private
    private = private or not args.school
    language = printout_language(getattr(args, "lang", None), read_settings(vault).country)
    visit_sheet.save_visit_sheet(
        vault,
        args.visit_id,
        args.out,
        private=private,
        school=args.school,
        outside_for=args.outside_for,
        reason=args.reason,
        language=language,
        replace=args.replace,
    )
    kind = "named" if not private else "private" if args.school else "private (no school)"
    print(f"wrote the {kind} preparation sheet to {args.out} (not encrypted)", file=sys.stderr)
    return 0
