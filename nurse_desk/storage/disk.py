"""What the disk refused: SQLite's and the system's I/O failures as the app's own error.

A full disk, a read-only or vanished folder, rights taken away or an input/output error reach
us as SQLite error codes (through SQLAlchemy or a raw connection) or as OSError. Each becomes
errors.DiskRefused with a reason, so the nurse reads what happened instead of "something
unexpected", and the caller keeps what she typed. SQLite rolls the failed transaction back, so
the vault stays as it was and the next write works once the disk has room again.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import DBAPIError

from nurse_desk.domain import errors

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 3, 8, 10, 13, 14
_SQLITE_READONLY_DBMOVED = _SQLITE_READONLY | (4 << 8)  # the file was removed or renamed
_BY_SQLITE_CODE = {
    _SQLITE_PERM: "read_only",
    _SQLITE_READONLY: "read_only",
    _SQLITE_IOERR: "io",
    _SQLITE_FULL: "full",
    _SQLITE_CANTOPEN: "gone",
}
_BY_ERRNO = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EFBIG: "full",  # a file-size limit: for the nurse, the same as a full disk
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.ENOENT: "gone",
    errno.ENOTDIR: "gone",
    errno.ENODEV: "gone",
    errno.ENXIO: "gone",
    errno.EIO: "io",
}
# A statement run inside another (sqlcipher_export) reports SQLITE_ERROR with the inner
# failure's words; SQLite's own English texts, which do not change between versions.
_BY_SQLITE_TEXT = (
    ("database or disk is full", "full"),
    ("disk i/o error", "io"),
    ("attempt to write a readonly database", "read_only"),
    ("unable to open database", "gone"),
)
if hasattr(errno, "ESTALE"):
    _BY_ERRNO[errno.ESTALE] = "gone"


def refusal(error: BaseException, *, copy: bool = False) -> errors.DiskRefused | None:
    """The DiskRefused an exception means, or None when it is no disk failure."""
    if isinstance(error, DBAPIError):
        error = error.orig
    reason = None
    if isinstance(error, sqlcipher.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code == _SQLITE_READONLY_DBMOVED:
            reason = "gone"
        elif isinstance(code, int):
            reason = _BY_SQLITE_CODE.get(code & 0xFF)
        if reason is None:
            text = str(error).lower()
            reason = next((why for words, why in _BY_SQLITE_TEXT if words in text), None)
    elif isinstance(error, OSError) and not isinstance(error, (TimeoutError, InterruptedError)):
        reason = _BY_ERRNO.get(error.errno or 0)
    return None if reason is None else errors.DiskRefused(reason, copy=copy)


def as_seen_from(path: Path, refused: errors.DiskRefused) -> errors.DiskRefused:
    """SQLite says only "unable to open": a folder that is there but refuses us is read-only
    (or ours no more); one that is not there is gone."""
    if refused.reason == "gone":
        folder = Path(path).parent
        if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
            return errors.DiskRefused("read_only", copy=refused.copy)
    return refused


@contextlib.contextmanager
def disk_refusals(*, copy: bool = False) -> Iterator[None]:
    """Raise DiskRefused for a disk failure inside the block; any other error passes as it is."""
    try:
        yield
    except (OSError, sqlcipher.Error, DBAPIError) as error:
        refused = refusal(error, copy=copy)
        if refused is None:
            raise
        raise refused from None
