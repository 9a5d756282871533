"""Where the vault lives: the default path and the cloud-folder check.

Apart from vault_access so the start screens can use them without loading the database layers.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

VAULT_ENV = "NURSE_DESK_VAULT"
_CLOUD_FOLDER_HINTS = ("onedrive", "dropbox", "icloud", "google drive", "googledrive", "nextcloud")


def default_vault_path() -> Path:
    """`NURSE_DESK_VAULT` when set, else the per-user data folder of this OS."""
    configured = os.environ.get(VAULT_ENV)
    if configured:
        return Path(configured).expanduser()
    return user_data_path("NurseDesk", appauthor=False) / "nurse-desk.vault"


def looks_cloud_synced(path: Path) -> bool:
    """A synced folder would copy the vault (and its WAL) to someone else's servers."""
    lowered = str(path).lower()
    return any(hint in lowered for hint in _CLOUD_FOLDER_HINTS)


def settle_leftovers(path: Path) -> None:
    """Before the start screen asks whether a vault exists: a restore killed midway may have
    left it aside, and it is put back (storage/leftovers.py). Imported here, not at the top:
    the start screens load no storage code."""
    from nurse_desk.storage.leftovers import settle_killed_restore

    settle_killed_restore(path)
