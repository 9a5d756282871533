"""Encrypted copies of the vault: backup, passphrase change and restore share one mechanism.

A copy is always made with `sqlcipher_export` into a new keyed file, never by copying the live
file, then reopened and verified (both integrity checks, same row counts), fsynced and renamed
into place atomically. So a kill at any point leaves the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from nurse_desk.domain import errors
from nurse_desk.storage import leftovers, schema, vault_lock
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.disk import as_seen_from, disk_refusals, refusal
from nurse_desk.storage.key_derivation import VaultKey, new_salt
from nurse_desk.storage.leftovers import (
    refuse_to_replace,
    remove_stale_temporaries,
    remove_with_sidecars,
    rename_into_place,
    temporary_beside,
)
from nurse_desk.storage.vault import OWNER_ONLY_FILE, Vault, owner_only_umask, table_row_counts


def _export(vault: Vault, target: Path, key: VaultKey, *, copy: bool) -> dict[str, int]:
    """Write an encrypted copy of the vault to `target` (which must not exist)."""
    vault.full_check()
    try:
        return _export_unchecked(vault, target, key)
    except sqlcipher.OperationalError as exc:  # missing folder, disk full, I/O error
        if (refused := refusal(exc, copy=copy)) is not None:
            raise as_seen_from(target, refused) from None
        raise errors.FileNotWritable(str(exc)) from None


def _export_unchecked(vault: Vault, target: Path, key: VaultKey) -> dict[str, int]:
    with owner_only_umask(), contextlib.closing(vault.raw_connection()) as connection:
        connection.execute(
            "ATTACH DATABASE ? AS copy KEY ?",
            (str(target), key.sqlcipher_key(with_salt=True).decode("ascii")),
        )
        try:
            # One read transaction: the export and the row counts see the same snapshot even
            # while the nurse keeps writing (ATTACH itself may not run inside a transaction).
            connection.execute("BEGIN")
            connection.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
            connection.execute("SELECT sqlcipher_export('copy')")
            connection.execute(f"PRAGMA copy.user_version = {schema.VAULT_FORMAT}")
            counts = table_row_counts(connection, "main")
            connection.execute("COMMIT")
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            connection.execute("DETACH DATABASE copy")
    os.chmod(target, OWNER_ONLY_FILE)
    return counts


def _verify_copy(path: Path, key: VaultKey, expected_counts: dict[str, int]) -> None:
    raw.probe_file(path)
    Vault.verify_read_only(path, key)
    with contextlib.closing(raw.connect(path, key, read_only=True)) as connection:
        problems = raw.integrity_problems(connection)
        counts = {} if problems else _counts_or_damage(connection)
    if problems:
        raise errors.BackupFailed("the copy failed its integrity check")
    if counts != expected_counts:
        raise errors.BackupFailed("the copy does not hold the same rows as the vault")


def _write_verified_copy(
    vault: Vault,
    destination: Path,
    key: VaultKey,
    *,
    copy: bool = True,
    purpose: str = "writing",
    before_rename: Callable[[], None] | None = None,
    replace: bool = True,
) -> None:
    """Export beside `destination`, verify, fsync, then rename over it atomically.

    A disk that refuses any step (full, read-only, gone, an I/O error on fsync) raises
    DiskRefused; `copy` says whether that disk holds a backup or the vault itself. Without
    `replace` a file at `destination`, also one that came while the copy was made, is kept
    (BackupExists: only a backup is written without replacing)."""
    temporary = temporary_beside(destination, purpose)
    try:
        with disk_refusals(copy=copy):
            counts = _export(vault, temporary, key, copy=copy)
            _verify_copy(temporary, key, counts)
            raw.fsync_path(temporary)
            if before_rename is not None:
                before_rename()
            rename_into_place(temporary, destination, replace=replace, refused=errors.BackupExists)
            raw.fsync_path(destination.parent)
    finally:
        with contextlib.suppress(OSError):  # a vanished folder has nothing left to tidy
            remove_with_sidecars(temporary)


def backup(
    vault: Vault, destination: Path, new_passphrase: str | None = None, *, replace: bool = False
) -> None:
    """An encrypted, verified copy at `destination`: same passphrase, or a new one.

    A file already at `destination` is kept unless `replace` says the nurse chose to replace
    it: typing yesterday's backup name must not destroy yesterday's backup."""
    destination = Path(destination).resolve()
    if destination == vault.path.resolve() or vault_lock.belongs_to_an_open_vault(destination):
        # its -wal, -shm or lock file too: replaced, they take the last commits or the lock
        raise errors.WouldReplaceTheVault(str(destination))
    if not replace:
        refuse_to_replace(destination, refused=errors.BackupExists)
    if new_passphrase is None:
        key = vault.key  # same key and salt: the vault's passphrase opens the copy
    else:
        key = VaultKey.from_passphrase(new_passphrase, new_salt())
    vault.checkpoint()
    remove_stale_temporaries(destination, any_name=True)
    _write_verified_copy(vault, destination, key, replace=replace)


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    """Re-key by writing a verified copy under the new key and renaming it over the vault.

    SQLCipher's `PRAGMA rekey` rewrites pages in place inside the WAL; a copy plus an atomic
    rename gives the same result with a simpler crash story (old file or new file, nothing
    else) and a fresh salt.
    """
    key = VaultKey.from_passphrase(new_passphrase, new_salt())
    vault.checkpoint()
    # vault.lock() before the rename: all connections closed and the WAL folded in.
    _write_verified_copy(
        vault, vault.path, key, copy=False, purpose="rekey", before_rename=vault.lock
    )
    vault.replace_key(key)


def restore(vault_path: Path, backup_path: Path, passphrase: str) -> Vault:
    """Replace the vault at `vault_path` by the backup, which must verify first.

    The backup file itself is only read. The replaced vault is kept aside until the restored
    one opens; then it is removed. Afterwards the vault opens with the backup's passphrase.
    The caller locks the running vault before calling this.

    A kill at any step leaves a vault at `vault_path` (the old one or the restored one) or,
    on a disk without hard links, the old one kept aside, which the next start puts back
    (storage/leftovers.py).
    """
    backup_path, vault_path = Path(backup_path), Path(vault_path)
    # Held across the whole restore: no other program may open the vault being replaced.
    holds_file = vault_lock.hold(vault_path)
    try:
        return _restore(vault_path, backup_path, passphrase)
    finally:
        if holds_file:
            vault_lock.release(vault_path)


def _restore(vault_path: Path, backup_path: Path, passphrase: str) -> Vault:
    leftovers.settle_killed_restore(vault_path)
    with _said_of_the_backup():
        raw.probe_file(backup_path)
    key = VaultKey.from_passphrase(passphrase, raw.read_salt(backup_path))
    staged = temporary_beside(vault_path, "restoring")
    try:
        with _said_of_the_backup():
            Vault.verify_read_only(backup_path, key)
            counts = _read_only_counts(backup_path, key)
        with disk_refusals():
            _stage(backup_path, staged, key, counts)
            kept_aside = _set_aside(vault_path)
        try:
            with disk_refusals():
                os.replace(staged, vault_path)
                raw.fsync_path(vault_path.parent)
            restored = Vault.open(vault_path, passphrase)
        except BaseException:
            if kept_aside is not None:
                leftovers.put_back(kept_aside, vault_path)
            raise
    finally:
        key.wipe()
        with contextlib.suppress(OSError):
            remove_with_sidecars(staged)
    if kept_aside is not None:
        with contextlib.suppress(OSError):  # a later start removes it
            leftovers.remove_aside(kept_aside)
    return restored


def _stage(backup_path: Path, staged: Path, key: VaultKey, counts: dict[str, int]) -> None:
    """A verified, flushed copy of the backup beside the vault, ready to be renamed."""
    with owner_only_umask():
        shutil.copyfile(backup_path, staged)
    os.chmod(staged, OWNER_ONLY_FILE)
    _verify_copy(staged, key, counts)
    raw.fsync_path(staged)


@contextlib.contextmanager
def _said_of_the_backup() -> Iterator[None]:
    """While the backup is being verified, what is wrong is wrong with the backup: the nurse
    must not read "the vault is damaged" about the vault she is trying to save."""
    try:
        yield
    except errors.VaultMissing:
        raise errors.BackupRefused("missing") from None
    except (errors.EmptyFile, errors.PlainSqliteFile, errors.NotAVault):
        raise errors.BackupRefused("not_a_backup") from None
    except errors.WrongPassphrase:
        raise errors.BackupRefused("passphrase") from None
    except (errors.DamagedVault, errors.TruncatedVault, errors.BackupFailed):
        raise errors.BackupRefused("damaged") from None
    except sqlcipher.DatabaseError:
        raise errors.BackupRefused("damaged") from None


def _read_only_counts(path: Path, key: VaultKey) -> dict[str, int]:
    with contextlib.closing(raw.connect(path, key, read_only=True)) as connection:
        if raw.integrity_problems(connection):
            raise errors.BackupFailed("the backup failed its integrity check")
        return _counts_or_damage(connection)


def _counts_or_damage(connection) -> dict[str, int]:
    try:
        return table_row_counts(connection)
    except sqlcipher.DatabaseError:
        raise errors.BackupFailed("a table of the copy cannot be read") from None


def _set_aside(vault_path: Path) -> Path | None:
    """Keep the vault under a second name until the restored one opens.

    A hard link: the vault's path never goes empty, and the rename that follows replaces it in
    one step. Its -wal and -shm go with it (they must never meet the restored file). Where the
    disk has no hard links (FAT), the vault is renamed aside instead, and a kill before the
    restored copy's rename is put right at the next start."""
    if not vault_path.exists():
        return None
    aside = leftovers.aside_name(vault_path)
    try:
        os.link(vault_path, aside)
        linked = True
    except OSError:
        linked = False
    for suffix in ("-wal", "-shm"):
        sidecar = Path(str(vault_path) + suffix)
        if sidecar.exists():
            os.replace(sidecar, Path(str(aside) + suffix))
    if not linked:
        os.replace(vault_path, aside)
    raw.fsync_path(vault_path.parent)
    return aside
