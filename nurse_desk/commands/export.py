"""`nurse-desk export --out FILE [--plain]`: the whole vault as open JSON, plain only when asked,
else inside an encrypted transfer file under a passphrase of its own."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.storage.vault import Vault

NAME = "export"


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nurse_desk.cli import add_written_file

    parser = commands.add_parser(
        NAME, parents=[common], help="export the whole vault as open JSON (encrypted by default)"
    )
    add_written_file(parser, "--out", type=Path, required=True, metavar="FILE")
    parser.add_argument(
        "--plain",
        action="store_true",
        help="write unencrypted JSON: anyone who gets the file can read every record",
    )
    parser.add_argument(
        "--reason", default="", metavar="TEXT", help="why the vault is exported (required)"
    )
    parser.add_argument(
        "--transfer-passphrase-file",
        type=Path,
        metavar="FILE",
        help="passphrase of the encrypted transfer file (default: asked for)",
    )


def run(args: argparse.Namespace, vault: Vault) -> int:
    # Here, not at the top: the database code is not needed to print --help.
    from nurse_desk.cli import read_secret
    from nurse_desk.domain.disclosure import checked_reason
    from nurse_desk.services import open_export, vault_access

    reason = checked_reason(args.reason)  # before any passphrase is asked for
    passphrase = None
    if not args.plain:
        passphrase, repeated = read_secret(
            args.transfer_passphrase_file, "Passphrase for the transfer file: ", twice=True
        )
        vault_access.require_acceptable(passphrase, repeated)
    open_export.write_export(
        vault, args.out, passphrase=passphrase, reason=reason, replace=args.replace
    )
    if args.plain:
        print(f"wrote the whole vault to {args.out} as plain JSON (NOT encrypted)", file=sys.stderr)
    else:
        print(f"wrote the whole vault to {args.out} as an encrypted transfer file")
    return 0
