"""Creating, unlocking, checking, backing up, re-keying and restoring the vault."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from nurse_desk.domain import errors, passphrase
from nurse_desk.storage import backup as copies
from nurse_desk.storage.vault import Vault, check_without_writing

__all__ = ["Vault"]  # the views hold the open vault by this name; they never import storage

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


def require_acceptable(new: str, repeated: str) -> None:
    reason = passphrase.check_new(new, repeated)
    if reason is not None:
        raise errors.PassphraseRejected(reason)


def create_vault(path: Path, new: str, repeated: str) -> Vault:
    """A new empty vault; the passphrase must meet the minimum."""
    require_acceptable(new, repeated)
    return Vault.create(path, new)


def unlock_vault(path: Path, secret: str) -> Vault:
    return Vault.open(path, secret)


def look_for_damage(vault: Vault) -> None:
    """The integrity check an unlock leaves for later (it reads every page of the file).

    Raises DamagedVault naming what it found; a lock that cuts the check short is no finding."""
    try:
        vault.quick_check()
    except errors.VaultLocked:
        return


def check_vault(path: Path, secret: str) -> dict[str, int]:
    """Key, page HMACs, structure and schema version; returns row counts when sound.

    Reads only: every byte of the vault, its -wal and its -shm stays as it was, and an older
    vault is reported as it is, not upgraded (that happens on unlock).
    """
    return check_without_writing(path, secret)


def back_up(vault: Vault, destination: Path, new_passphrase: str | None = None) -> None:
    copies.backup(vault, destination, new_passphrase)


def change_passphrase(vault: Vault, current: str, new: str, repeated: str) -> None:
    """The current passphrase is asked again: an unattended unlocked laptop must not allow it."""
    if not vault.key.matches(current):
        raise errors.WrongPassphrase()
    require_acceptable(new, repeated)
    copies.change_passphrase(vault, new)


def restore_vault(vault_path: Path, backup_path: Path, secret: str) -> Vault:
    return copies.restore(vault_path, backup_path, secret)
