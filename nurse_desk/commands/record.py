"""`nurse-desk export-record PUPIL_ID --out FILE.pdf --reason TEXT [--requester WHO]`: the
pupil's complete record as a PDF for an access request, logged with who asked and why."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.storage.vault import Vault

NAME = "export-record"
_REQUESTERS = ("pupil", "guardian", "authority")


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nurse_desk.cli import add_written_file

    parser = commands.add_parser(
        NAME, parents=[common], help="write a pupil's complete record as PDF (access request)"
    )
    parser.add_argument("pupil_id", type=int, metavar="PUPIL_ID")
    add_written_file(parser, "--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--reason", default="", metavar="TEXT", help="why the record is exported (required)"
    )
    parser.add_argument("--requester", choices=_REQUESTERS, help="who asked for the record")
    parser.add_argument(
        "--lang", choices=("nb", "sv", "en"), default=argparse.SUPPRESS, help="printed language"
    )


_GUARDIAN_WARNINGS = {
    "no": "nurse-desk: warning: the pupil is 16 or older and decides alone about their own "
    "health information; hand the record to a guardian only with the pupil's consent",
    "se": "nurse-desk: warning: a pupil mature enough decides alone about their own health "
    "information, whatever the age; judge the pupil's maturity, and if mature enough, hand "
    "the record to a guardian only with the pupil's consent",
}


def run(args: argparse.Namespace, vault: Vault) -> int:
    # Here, not at the top: the PDF and database code is not needed to print --help.
    from datetime import date

    from nurse_desk.domain.disclosure import Requester, guardian_request_warns
    from nurse_desk.services import record_export
    from nurse_desk.services.follow_up_work import pupil_of
    from nurse_desk.services.settings import read_settings
    from nurse_desk.storage.pupils import PupilNotFound

    requester = Requester(args.requester) if args.requester else None
    country = read_settings(vault).country
    language = getattr(args, "lang", None) or ("sv" if country == "se" else "nb")
    try:
        pupil = pupil_of(vault, args.pupil_id)
    except PupilNotFound:
        print(f"nurse-desk: there is no pupil {args.pupil_id}", file=sys.stderr)
        return 1
    if requester is not None and guardian_request_warns(
        requester, pupil.birth_date, date.today(), country=country
    ):
        print(_GUARDIAN_WARNINGS["se" if country == "se" else "no"], file=sys.stderr)
    record_export.export_record(
        vault,
        args.pupil_id,
        reason=args.reason,
        requester=requester,
        language=language,
        out=args.out,  # logged only once written
        replace=args.replace,
    )
    print(f"wrote the complete record to {args.out} (not encrypted)", file=sys.stderr)
    return 0
