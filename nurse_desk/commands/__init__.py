"""Feature sub-commands of the command line (`nurse-desk pupils …`, `nurse-desk absence …`).

Each module names its sub-command in NAME, adds its parser in add_to(), and runs in run() with an
unlocked vault. cli.py lists the modules; a feature adds one line there.

A module imports only what its parser needs at the top; what run() needs it imports inside
run(), so `nurse-desk --help` stays quick.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # only named in hints: `--help` must not load the database layers
    from nurse_desk.storage.vault import Vault


class FeatureCommand(Protocol):
    NAME: str

    def add_to(
        self, commands: argparse._SubParsersAction, common: argparse.ArgumentParser
    ) -> None: ...

    def run(self, args: argparse.Namespace, vault: Vault) -> int: ...
