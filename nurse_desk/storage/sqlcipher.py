"""Raw SQLCipher connections: keying, the PRAGMAs every connection needs, and file checks.

Settings and their reasons are in docs/SECURITY.md.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from nurse_desk.domain import errors
from nurse_desk.storage.disk import as_seen_from, refusal
from nurse_desk.storage.key_derivation import VaultKey

PAGE_SIZE = 4096
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
_LEAST_CUT_VAULT = 512  # bytes: anything shorter is called "not a vault", not "cut short"
_LEAST_BYTE_VALUES = 160  # of 256; see looks_encrypted()
# SQLite's own default (KiB when negative); connections start with it.
PAGE_CACHE = -2000

# Order matters: compatibility first (it resets the cipher settings), then the rest.
CONNECTION_PRAGMAS = (
    "PRAGMA cipher_compatibility = 4",
    # OFF: wiping every freed allocation costs 2-4x on lists, search and page opens, and
    # guards only against reading this process's memory, which docs/SECURITY.md leaves out of
    # scope (such malware reads the screen and the live key too).
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)
# Write-side settings: WAL for concurrency, FULL so a commit survives power loss, not only a kill.
WRITE_PRAGMAS = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL")

_quiet = False


def _silence_library_log() -> None:
    """SQLCipher logs a failed HMAC to stderr by default; the app says it in words instead."""
    global _quiet
    if not _quiet:
        probe = sqlcipher.connect(":memory:")
        probe.execute("PRAGMA cipher_log_level = NONE")
        probe.close()
        _quiet = True


def assert_safe_build() -> None:
    """Refuse to run on a SQLCipher build that would write plaintext temp files."""
    _silence_library_log()
    probe = sqlcipher.connect(":memory:")
    try:
        version = probe.execute("PRAGMA cipher_version").fetchone()
        options = {row[0] for row in probe.execute("PRAGMA compile_options")}
    finally:
        probe.close()
    if not version or not str(version[0]).startswith("4."):
        raise errors.UnsafeBuild("SQLCipher 4 is required")
    if not options & {"TEMP_STORE=2", "TEMP_STORE=3"}:
        raise errors.UnsafeBuild("SQLCipher must keep temporary tables in memory")


def probe_file(path: Path) -> None:
    """Tell the kinds of bad file apart before any key is tried. Reads only."""
    if not path.exists():
        raise errors.VaultMissing(str(path))
    size = path.stat().st_size
    if size == 0:
        raise errors.EmptyFile(str(path))
    with path.open("rb") as handle:
        head = handle.read(PAGE_SIZE)
    if head.startswith(SQLITE_MAGIC):
        raise errors.PlainSqliteFile(str(path))
    if size < PAGE_SIZE or size % PAGE_SIZE:
        if not looks_encrypted(head):
            raise errors.NotAVault(str(path))
        raise errors.TruncatedVault(str(path))


def looks_encrypted(head: bytes) -> bool:
    """Whether the start of a file could be the start of a vault cut short.

    A vault is ciphertext from its first byte (the random salt, then an encrypted page), so
    even its first 512 bytes use nearly every byte value (about 220 of 256). Text, a settings
    file or a few stray bytes use far fewer (under 100), and are no vault at all."""
    return len(head) >= _LEAST_CUT_VAULT and len(set(head)) >= _LEAST_BYTE_VALUES


def read_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


def connect(
    path: Path,
    key: VaultKey,
    *,
    read_only: bool = False,
    creating: bool = False,
    immutable: bool = False,
    private_index: bool = True,
    shared: bool = False,
):
    """A keyed connection in autocommit mode; SQLAlchemy's begin hook issues BEGIN itself.

    `shared`: the connection the vault keeps open may serve a background thread after the GUI
    thread (never both at once: the pool hands it to one user at a time)."""
    _silence_library_log()
    try:
        if read_only:
            connection = sqlcipher.connect(
                _read_only_uri(path, immutable=immutable, private_index=private_index),
                uri=True,
                isolation_level=None,
            )
        else:
            connection = sqlcipher.connect(
                str(path), isolation_level=None, check_same_thread=not shared
            )
    except sqlcipher.DatabaseError as exc:  # a vanished folder, no rights to it
        raise _cannot_open(path, exc) from None
    try:
        connection.set_key(key.sqlcipher_key(with_salt=creating))
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(pragma)
        if not read_only:
            for pragma in WRITE_PRAGMAS:
                connection.execute(pragma)
    except sqlcipher.DatabaseError as exc:  # e.g. no -wal or -shm can be made in the folder
        connection.close()
        raise _cannot_open(path, exc) from None
    return connection


def _read_only_uri(path: Path, *, immutable: bool = False, private_index: bool = True) -> str:
    """mode=ro; `immutable` reads the main file alone, with no locks, WAL or -shm at all.

    Otherwise, when a -shm exists, readonly_shm=1: without it the first reader after a crash
    rewrites the wal-index header in -shm even in read-only mode. (readonly_shm cannot open a
    WAL database whose -shm is missing, hence only when present.)
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    if immutable:
        return uri + "&immutable=1"
    if private_index and Path(str(path) + "-shm").exists():
        uri += "&readonly_shm=1"
    return uri


def connect_to_read(path: Path, key: VaultKey, *, private_index: bool = True):
    """A connection that cannot change a byte of the vault, its -wal or its -shm.

    With no WAL content to read, the main file is read alone (`immutable`). With a WAL left by
    a crash, SQLite must read it too: then with a private wal-index when a -shm exists (SQLite
    creates an empty -shm only when none exists, and never writes to the db or the WAL)."""
    wal = Path(str(path) + "-wal")
    nothing_in_wal = not wal.exists() or wal.stat().st_size == 0
    return connect(path, key, read_only=True, immutable=nothing_in_wal, private_index=private_index)


def check_key(path: Path, key: VaultKey) -> int:
    """Prove the key on page 1 of the main file without changing a byte anywhere.

    `immutable` keeps SQLite away from -wal and -shm: after a crash, even a read-only reader
    would otherwise rebuild the wal-index in -shm, and a read-write one would checkpoint.
    Page 1 in the main file is always a committed page under the same key. Returns the
    file's user_version (the vault format).
    """
    connection = connect(path, key, read_only=True, immutable=True)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    except sqlcipher.DatabaseError as exc:
        error = _translate(exc)
    finally:
        connection.close()
    if isinstance(error, errors.DamagedVault) and _wal_has_frames(path):
        # Page 1 decrypted (under a wrong key its HMAC fails: "not a database"), so the key is
        # right; but the file alone is behind its WAL: a checkpoint killed midway had written
        # page 1, with the new page count, and not yet the pages after it. The WAL has them.
        return int(_read_through_wal(path, key, "PRAGMA user_version"))
    raise error


def _wal_has_frames(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _read_through_wal(path: Path, key: VaultKey, sql: str) -> object:
    """One value read with the WAL, the key already proven: with a private wal-index first,
    else the ordinary read-only way (which may tidy -shm, never the file or the WAL)."""
    for private_index in (True, False):
        connection = connect_to_read(path, key, private_index=private_index)
        try:
            return connection.execute(sql).fetchone()[0]
        except sqlcipher.OperationalError as exc:
            if "locking protocol" not in str(exc) or not private_index:
                raise _translate(exc) from None
        except sqlcipher.DatabaseError as exc:
            raise _translate(exc) from None
        finally:
            connection.close()
    raise errors.DamagedVault("the vault could not be read")


def read_only_scalar(
    path: Path, key: VaultKey, sql: str, *, table: str, private_first: bool = True
) -> object | None:
    """One value read without writing, or None when `table` does not exist.

    After a crash, a reader with a private wal-index (readonly_shm) can meet SQLITE_PROTOCOL
    while the -shm is inconsistent. The key is already proven at this point, so we then read
    the ordinary read-only way, which may tidy -shm but never changes the db or the WAL.
    """
    for private_index in (True, False) if private_first else (False,):
        connection = connect_to_read(path, key, private_index=private_index)
        try:
            exists = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()
            row = connection.execute(sql).fetchone() if exists else None
            return row[0] if row else None
        except sqlcipher.OperationalError as exc:
            if "locking protocol" not in str(exc) or not private_index:
                raise
        finally:
            connection.close()
    return None


def integrity_problems(connection) -> list[str]:
    """SQLCipher's page HMAC check, then SQLite's structural check; empty means sound.

    The HMAC check names the damaged page; the structural check then usually fails outright
    on that page, so its error is added to the list rather than raised.
    """
    try:
        problems = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    except sqlcipher.DatabaseError as exc:
        rows = [str(exc)]
    if rows != ["ok"]:
        problems.extend(rows)
    return problems


def schema_revision(connection) -> str | None:
    """The Alembic revision the vault is at, or None when it has none."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not exists:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


_HMAC_FAILED = re.compile(r"HMAC verification failed for page (\d+)")


def damaged_page(path: Path, key: VaultKey) -> int | None:
    """The page SQLCipher's HMAC check names, read without writing; None if it names none."""
    try:
        connection = connect_to_read(path, key)
    except errors.VaultError:
        return None
    try:
        return page_named_in(integrity_problems(connection))
    finally:
        connection.close()


def page_named_in(problems: list[str]) -> int | None:
    """The first page SQLCipher's HMAC check found damaged. SQLite's own structural messages
    are not read for this: their numbers are root pages, cells and counts ("Freelist: size is
    1"), which named the wrong page for most damage."""
    for text in problems:
        if found := _HMAC_FAILED.search(text):
            return int(found.group(1))
    return None


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder after a rename (POSIX). Windows cannot open a folder for
    flushing and needs a writable handle for a file."""
    if os.name == "nt":
        if path.is_dir():
            return
        descriptor = os.open(path, os.O_RDWR)
    else:
        descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _cannot_open(path: Path, exc: sqlcipher.DatabaseError) -> errors.VaultError:
    error = _translate(exc)
    return as_seen_from(path, error) if isinstance(error, errors.DiskRefused) else error


def _translate(exc: sqlcipher.DatabaseError) -> errors.VaultError:
    if (refused := refusal(exc)) is not None:
        return refused
    text = str(exc).lower()
    if "not a database" in text:
        return errors.WrongPassphrase()
    if "malformed" in text or "corrupt" in text:
        return errors.DamagedVault("the vault file is damaged")
    return errors.VaultError("the vault could not be opened")
