"""`nurse-desk receive FILE --transfer-passphrase-file P`: a handed-over record taken into this
vault; the pupil is found by national ID and nothing already here is added again."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.storage.vault import Vault

NAME = "receive"


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        NAME, parents=[common], help="take a handed-over record into this vault"
    )
    parser.add_argument("source", type=Path, metavar="FILE")
    parser.add_argument(
        "--transfer-passphrase-file",
        type=Path,
        metavar="FILE",
        help="the one-time passphrase of the transfer file (default: asked for)",
    )
    parser.add_argument(
        "--school", metavar="NAME", help="your school, for a pupil not yet in this vault"
    )


def run(args: argparse.Namespace, vault: Vault) -> int:
    from nurse_desk.cli import read_secret
    from nurse_desk.services import hand_over

    passphrase, _ = read_secret(args.transfer_passphrase_file, "Passphrase of the transfer file: ")
    receipt = hand_over.receive_record(vault, args.source, passphrase, school_name=args.school)
    who = "new pupil" if receipt.new_pupil else "pupil already here"
    print(
        f"received the record of pupil {receipt.pupil_id} ({who}) from "
        f"{receipt.sender or 'another vault'}: {receipt.added} items added, "
        f"{receipt.already_here} already here, {receipt.left_out} left out"
    )
    return 0
