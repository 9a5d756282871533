"""Feature sub-commands of the command line (`nurse-desk pupils …`, `nurse-desk absence …`).

Each module names its sub-command in NAME, adds its parser in add_to(), and runs in run() with an
unlocked vault. cli.py lists the modules; a feature adds one line there.
"""

from __future__ import annotations

import argparse
from typing import Protocol

from nurse_desk.storage.vault import Vault


class FeatureCommand(Protocol):
    NAME: str

    def add_to(
        self, commands: argparse._SubParsersAction, common: argparse.ArgumentParser
    ) -> None: ...

    def run(self, args: argparse.Namespace, vault: Vault) -> int: ...
