"""A transfer file: a small SQLCipher database of its own, under its own passphrase, holding one
export's JSON, so the open format can travel without lying unencrypted on a USB stick.

The file is built beside its target and renamed into place, owner-only from its first byte."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from nurse_desk.domain import errors
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage import vault_lock
from nurse_desk.storage.key_derivation import VaultKey, new_salt
from nurse_desk.storage.leftovers import rename_into_place
from nurse_desk.storage.vault import (
    OWNER_ONLY_FILE,
    owner_only_umask,
    remove_with_sidecars,
    temporary_beside,
)

# PRAGMA user_version of a transfer file: tells it from a vault (which has 1) when opened.
TRANSFER_FORMAT = 1001


class NotATransferFile(errors.NurseDeskError):
    """The file is no transfer file: empty, text, cut short, or a vault that opened with the
    passphrase but holds no export."""


def write(target: Path, data: bytes, passphrase: str, *, replace: bool = True) -> None:
    """The export's bytes, encrypted under `passphrase`, at `target`. A file already there is
    replaced only with `replace` (else FileAlreadyThere), and never one of the open vault's
    files (WouldReplaceTheVault)."""
    if vault_lock.belongs_to_an_open_vault(target):
        raise errors.WouldReplaceTheVault(str(target))
    raw.assert_safe_build()
    key = VaultKey.from_passphrase(passphrase, new_salt())
    staging = temporary_beside(target, "writing")
    try:
        with owner_only_umask():
            connection = raw.connect(staging, key, creating=True)
            with contextlib.closing(connection):
                connection.execute(f"PRAGMA user_version = {TRANSFER_FORMAT}")
                connection.execute("CREATE TABLE export (content BLOB NOT NULL)")
                connection.execute("INSERT INTO export (content) VALUES (?)", (data,))
                connection.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside
        os.chmod(staging, OWNER_ONLY_FILE)
        rename_into_place(staging, target, replace=replace)
        raw.fsync_path(target)
    finally:
        remove_with_sidecars(staging)
        key.wipe()


def read(source: Path, passphrase: str) -> bytes:
    """The export's bytes; WrongTransferPassphrase when the passphrase does not open the
    file."""
    raw.assert_safe_build()
    try:
        raw.probe_file(source)
    except errors.VaultMissing:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(source)) from None
    except (errors.EmptyFile, errors.PlainSqliteFile, errors.NotAVault, errors.TruncatedVault):
        # Said of a vault, these would send the nurse to her own vault (a truncated one to a
        # restore): this file is simply no transfer file, or a damaged one.
        raise NotATransferFile(str(source)) from None
    key = VaultKey.from_passphrase(passphrase, raw.read_salt(source))
    try:
        try:
            opened_format = raw.check_key(source, key)
        except errors.WrongPassphrase:
            raise errors.WrongTransferPassphrase() from None
        if opened_format != TRANSFER_FORMAT:
            raise NotATransferFile(str(source))
        connection = raw.connect(source, key, read_only=True, immutable=True)
        with contextlib.closing(connection):
            row = connection.execute("SELECT content FROM export").fetchone()
    except sqlcipher.DatabaseError:
        raise NotATransferFile(str(source)) from None
    finally:
        key.wipe()
    if row is None:
        raise NotATransferFile(str(source))
    return bytes(row[0])
