"""Creating, unlocking, checking, backing up, re-keying and restoring the vault."""

from __future__ import annotations

import contextlib
from pathlib import Path

from nurse_desk.domain import errors, passphrase
from nurse_desk.domain.access_log import AccessAction, AccessLogTampered, LogAnchor
from nurse_desk.domain.access_log_details import DetailKind
from nurse_desk.domain.disclosure import checked_reason, with_reason
from nurse_desk.services import access
from nurse_desk.services.unit_of_work import COUNTRIES, COUNTRY, unit_of_work
from nurse_desk.services.vault_location import VAULT_ENV, default_vault_path, looks_cloud_synced
from nurse_desk.storage import backup as copies
from nurse_desk.storage import vault_settings
from nurse_desk.storage.vault import Vault, check_without_writing, remove_with_sidecars

# The views hold the open vault by the name Vault; they never import storage.
__all__ = ["VAULT_ENV", "Vault", "default_vault_path", "looks_cloud_synced"]


def require_acceptable(new: str, repeated: str) -> None:
    reason = passphrase.check_new(new, repeated)
    if reason is not None:
        raise errors.PassphraseRejected(reason)


def create_vault(path: Path, new: str, repeated: str, country: str = "no") -> Vault:
    """A new empty vault of `country` ("no" or "se": whose ID numbers and holidays apply);
    the passphrase must meet the minimum."""
    if country not in COUNTRIES:
        raise ValueError(country)
    require_acceptable(new, repeated)
    vault = Vault.create(path, new)
    with unit_of_work(vault) as work:
        vault_settings.put(work.session, COUNTRY, country)
    return vault


def unlock_vault(path: Path, secret: str) -> Vault:
    return Vault.open(path, secret)


def look_for_damage(vault: Vault) -> None:
    """The checks an unlock leaves for later: every page of the file, then every entry of the
    access log's chain and the vault's own anchor.

    Raises DamagedVault or AccessLogTampered naming what it found; a lock that cuts the check
    short is no finding."""
    try:
        vault.quick_check()
        finding = access.check_log(vault)
    except errors.VaultLocked:
        return
    if finding is not None:
        raise AccessLogTampered(finding)


def check_vault(path: Path, secret: str, log_anchor: LogAnchor | None = None) -> dict[str, int]:
    """Key, page HMACs, structure, schema version and the access log (its chain, the vault's
    anchor and `log_anchor`, the one kept outside); returns row counts when sound.

    Reads only: every byte of the vault, its -wal and its -shm stays as it was, and an older
    vault is reported as it is, not upgraded (that happens on unlock).
    """
    return check_without_writing(path, secret, log_anchor)


def back_up(
    vault: Vault,
    destination: Path,
    new_passphrase: str | None = None,
    *,
    replace: bool = False,
    reason: str = "",
) -> None:
    """An encrypted copy; a file already at `destination` is replaced only with `replace`.

    Under the vault's own passphrase the copy opens with nothing the vault does not: no one
    more can read it, so it is not a disclosure and is not logged. Under another passphrase it
    is every record readable with another key, as an export in a transfer file is: it asks why
    (ReasonMissing before anything is written) and is logged as such an export, one entry
    without a pupil that each pupil's own log shows (docs/SECURITY.md, "The access log")."""
    if new_passphrase is None:
        copies.backup(vault, destination, replace=replace)
        return
    reason = checked_reason(reason)
    copies.backup(vault, destination, new_passphrase, replace=replace)
    try:
        with unit_of_work(vault) as work:
            work.log(
                action=AccessAction.EXPORT,
                pupil_id=None,
                detail=with_reason(DetailKind.WHOLE_VAULT_BACKUP.value, reason),
            )
    except BaseException:
        # The log refused its entry: the copy goes too, so no record leaves unlogged.
        with contextlib.suppress(OSError):
            remove_with_sidecars(Path(destination))
        raise


def change_passphrase(vault: Vault, current: str, new: str, repeated: str) -> None:
    """The current passphrase is asked again: an unattended unlocked laptop must not allow it."""
    if not vault.key.matches(current):
        raise errors.WrongPassphrase()
    require_acceptable(new, repeated)
    copies.change_passphrase(vault, new)


def restore_vault(vault_path: Path, backup_path: Path, secret: str) -> Vault:
    return copies.restore(vault_path, backup_path, secret)
