"""`nurse-desk hand-over PUPIL_ID --out FILE --reason TEXT`: the pupil's record in a transfer
file for the next school's nurse, under a one-time passphrase printed once, to be given
separately from the file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.storage.vault import Vault

NAME = "hand-over"


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nurse_desk.cli import add_written_file

    parser = commands.add_parser(
        NAME,
        parents=[common],
        help="write a pupil's record to a transfer file for the next school's nurse",
    )
    parser.add_argument("pupil_id", type=int, metavar="PUPIL_ID")
    add_written_file(parser, "--out", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--reason",
        required=True,
        help='why, for the access log (e.g. "moved to Bergen"); no health details',
    )


def run(args: argparse.Namespace, vault: Vault) -> int:
    # Here, not at the top: the database code is not needed to print --help.
    from nurse_desk.services import hand_over

    handed = hand_over.hand_over_record(
        vault, args.pupil_id, args.out, args.reason, replace=args.replace
    )
    print(f"wrote the record of pupil {args.pupil_id} to {args.out} (encrypted transfer file)")
    print(f"one-time passphrase: {handed.passphrase}")
    print("give the passphrase to the receiving nurse separately (phone, paper), not with the file")
    return 0
