"""`nurse-desk import-export FILE --vault NEW --passphrase-file P`: a new vault, under the
passphrase in P, built from an export (plain JSON, or a transfer file and its passphrase)."""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "import-export"
# Builds a new vault instead of unlocking one: run_new() is called, not run().
NEW_VAULT = True


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        NAME, parents=[common], help="build a new vault (--vault) from an export"
    )
    parser.add_argument("source", type=Path, metavar="FILE")
    parser.add_argument(
        "--transfer-passphrase-file",
        type=Path,
        metavar="FILE",
        help="passphrase of an encrypted transfer file (default: asked for)",
    )


def run_new(args: argparse.Namespace, vault_path: Path) -> int:
    # Here, not at the top: the database code is not needed to print --help.
    from nurse_desk.cli import read_secret
    from nurse_desk.services import open_export, vault_access

    transfer = None
    if not open_export.is_plain(args.source):
        transfer, _ = read_secret(
            args.transfer_passphrase_file, "Passphrase of the transfer file: "
        )
    data = open_export.read_export(args.source, transfer)
    new, repeated = read_secret(args.passphrase_file, "Passphrase for the new vault: ", twice=True)
    vault_access.require_acceptable(new, repeated)
    open_export.import_export(data, vault_path, new)
    rows = sum(open_export.describe_counts(data).values())
    print(f"created {vault_path} from {args.source} ({rows} rows)")
    return 0
