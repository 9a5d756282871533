"""Writing a printout or export to a file the nurse chose: the one place such bytes touch disk."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from nurse_desk.domain import errors
from nurse_desk.storage import sqlcipher
from nurse_desk.storage.leftovers import rename_into_place, temporary_beside
from nurse_desk.storage.vault_lock import belongs_to_an_open_vault


def write_private_file(target: Path, data: bytes, *, replace: bool = True) -> None:
    """Only the nurse's own account may read what she saved (0600, from the first byte), as
    with the vault. The bytes go to a scratch file beside the target, renamed over it once all
    are written: a disk that refuses part-way (full, removed) leaves no piece of a record
    behind, and an earlier file of that name as it was. The folder is flushed after the
    rename, as a backup's is: else a power cut soon after may lose the new name, and the
    nurse finds the earlier file (or none) where she saved the record. The open vault's own
    files are never a target (WouldReplaceTheVault): a printout there would replace every
    record. Without `replace` a file already there is kept (FileAlreadyThere), as the command
    line does unless told `--replace`; the windows replace only once their save dialog asked."""
    if belongs_to_an_open_vault(target):
        raise errors.WouldReplaceTheVault(str(target))
    scratch = temporary_beside(target, "saving")
    try:
        descriptor = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(scratch, 0o600)  # a umask cannot widen it, but a file system may ignore modes
        rename_into_place(scratch, target, replace=replace)
    except BaseException as error:
        with contextlib.suppress(OSError):
            scratch.unlink()
        if isinstance(error, OSError):  # named as the nurse named it, not the scratch file
            error.filename, error.filename2 = os.fspath(target), None
        raise
    # The record is whole under its name by now: a folder that cannot be flushed (a network
    # share refusing it) must not fail the save, or the caller would roll back the log entry
    # of a file that is there.
    with contextlib.suppress(OSError):
        sqlcipher.fsync_path(target.parent)


_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
