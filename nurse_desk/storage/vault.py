"""The vault: one SQLCipher file holding everything, opened, locked and re-keyed here."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool, StaticPool

from nurse_desk.domain import errors
from nurse_desk.domain.access_log import AccessLogTampered, LogAnchor
from nurse_desk.storage import disk, leftovers, schema, vault_lock
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey, new_salt
from nurse_desk.storage.leftovers import (
    remove_stale_temporaries,
    remove_with_sidecars,
    temporary_beside,
)

log = logging.getLogger(__name__)

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700


@contextlib.contextmanager
def owner_only_umask() -> Iterator[None]:
    """SQLite gives -wal and -shm the main file's mode; a 077 umask makes that 0600 from birth."""
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


class Vault:
    """An unlocked vault. `lock()` closes it for good; unlocking makes a new Vault."""

    def __init__(self, path: Path, key: VaultKey) -> None:
        self.path = path
        self._key: VaultKey | None = key
        self._file = self._identity()
        self._engine: Engine | None = self._build_engine()
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)
        # Raw connections doing long reads (the integrity check); lock() interrupts them.
        self._long_reads: set = set()
        self._long_reads_done = threading.Condition()
        self._locking = False
        self._holds_file = False  # the per-computer lock (storage/vault_lock.py)

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """A new, empty vault at head schema. Refuses to overwrite anything."""
        raw.assert_safe_build()
        path = Path(path)
        if path.exists():
            raise errors.VaultAlreadyExists(str(path))
        with disk.disk_refusals():
            path.parent.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
        key = VaultKey.from_passphrase(passphrase, new_salt())
        # Built beside the target and renamed into place: a full disk or a kill never leaves
        # a half-made vault under the nurse's chosen name.
        staging = temporary_beside(path, "creating")
        try:
            with disk.disk_refusals():
                cls._build_at(staging, path, key)
        except BaseException:
            remove_with_sidecars(staging)
            key.wipe()
            raise
        vault = cls(path, key)
        vault._holds_file = vault_lock.hold(path)
        return vault

    @classmethod
    def _build_at(cls, staging: Path, path: Path, key: VaultKey) -> None:
        with owner_only_umask():
            connection = raw.connect(staging, key, creating=True)
            connection.execute(f"PRAGMA user_version = {schema.VAULT_FORMAT}")
            connection.close()
        os.chmod(staging, OWNER_ONLY_FILE)
        building = cls(staging, key)
        try:
            building.migrate()
        finally:
            building.engine.dispose()  # the last close folds the WAL into the file
        os.replace(staging, path)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, migrate: bool = True) -> Vault:
        """Check the file, then the key read-only, then the version; only then open to write."""
        raw.assert_safe_build()
        path = Path(path)
        leftovers.settle_killed_restore(path)  # may put a kept-aside vault back first
        raw.probe_file(path)
        key = VaultKey.from_passphrase(passphrase, raw.read_salt(path))
        try:  # every way out but success wipes the key, whatever was raised
            # The unlock goes on to write anyway; a private wal-index after a crash would make
            # SQLite retry for ten seconds before it gives up (SQLITE_PROTOCOL).
            revision = cls.verify_read_only(path, key, private_index=False)
            holds_file = vault_lock.hold(path)  # VaultInUse when another program has it
        except BaseException:
            key.wipe()
            raise
        try:
            # Any name: the backup the app suggests is written beside the vault.
            remove_stale_temporaries(path, any_name=True)
            vault = cls(path, key)
        except BaseException:
            if holds_file:
                vault_lock.release(path)
            key.wipe()
            raise
        vault._holds_file = holds_file
        try:
            # The integrity check reads every page (2 s at 100 MiB), so an unlock does not wait
            # for it: the app runs it in the background after unlocking, `check` and every
            # backup run it in full. Only a migration waits for it, since a new schema must
            # never be built on a damaged file.
            if migrate and schema.needs_upgrade(revision):
                vault.quick_check()
                vault.migrate()
        except BaseException as error:
            try:
                vault.lock()
            finally:
                key.wipe()  # even if lock() itself failed on the way
            if isinstance(error, (sqlcipher.DatabaseError, DBAPIError)):
                if (refused := disk.refusal(error)) is not None:
                    raise refused from None  # a full disk is no damage
                raise errors.DamagedVault("the vault could not be read") from None
            raise
        return vault

    @staticmethod
    def verify_read_only(path: Path, key: VaultKey, *, private_index: bool = True) -> str | None:
        """Key, then schema version, both without writing: a newer vault is refused untouched.

        `private_index` False lets SQLite tidy the -shm after a crash (never the file or its
        WAL). Returns the vault's schema revision (None before its first migration)."""
        user_version = raw.check_key(path, key)
        try:
            revision = raw.read_only_scalar(
                path,
                key,
                "SELECT version_num FROM alembic_version",
                table="alembic_version",
                private_first=private_index,
            )
        except sqlcipher.DatabaseError:
            raise errors.DamagedVault(
                "the vault's schema cannot be read", raw.damaged_page(path, key)
            ) from None
        schema.refuse_newer(user_version, revision)
        return None if revision is None else str(revision)

    def _build_engine(self) -> Engine:
        path, key = self.path, self._key

        def creator():
            if key is None:
                raise errors.VaultLocked()
            with owner_only_umask():
                return raw.connect(path, key, shared=True)

        # One keyed connection stays open while the vault is unlocked: keying a new one costs
        # 12-25 ms, more than most of the nurse's clicks may take. lock() closes it and wipes
        # the key (docs/SECURITY.md). A background thread that needs the vault while the GUI
        # thread holds that connection gets one of its own, closed when it is done.
        # The URL carries no secret; hide_parameters keeps a failing statement's values (pupil
        # data) out of every error text.
        engine = create_engine(
            "sqlite+pysqlite://",
            module=sqlcipher,
            creator=creator,
            poolclass=QueuePool,
            pool_size=1,
            max_overflow=4,
            hide_parameters=True,
        )

        @event.listens_for(engine, "checkin")
        def _checkin(dbapi_connection, _record) -> None:
            # A unit of work may enlarge its page cache (a year's absence import does); the
            # kept connection goes back to the usual size instead of holding that memory.
            if dbapi_connection is not None:
                dbapi_connection.execute(f"PRAGMA cache_size = {raw.PAGE_CACHE}")

        @event.listens_for(engine, "handle_error")
        def _handle_error(context) -> None:
            # A full disk, a read-only or vanished folder, an I/O error: the app's own error,
            # raised in place of SQLAlchemy's after the failed transaction was rolled back.
            if (refused := disk.refusal(context.original_exception)) is not None:
                raise refused

        @event.listens_for(engine, "begin")
        def _begin(connection) -> None:
            self._require_same_file()
            # pysqlite's own transaction handling skips reads and DDL; one real BEGIN per unit.
            connection.exec_driver_sql("BEGIN")

        return engine

    def _identity(self) -> tuple[int, int] | None:
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return found.st_dev, found.st_ino

    def _require_same_file(self) -> None:
        """An open connection goes on writing to a vault file that was removed or replaced
        under it (a USB stick pulled, a sync tool, the file moved away), and everything
        written then is lost at the lock. One stat per unit of work refuses instead."""
        if self._identity() != self._file:
            raise errors.DiskRefused("gone")

    def migrate(self) -> None:
        with self.engine.begin() as connection:
            schema.upgrade_to_head(connection)

    # -- using -------------------------------------------------------------------------
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise errors.VaultLocked()
        return self._engine

    @property
    def key(self) -> VaultKey:
        if self._key is None:
            raise errors.VaultLocked()
        return self._key

    def session(self) -> Session:
        if self._engine is None:
            raise errors.VaultLocked()
        return self._sessions()

    def raw_connection(self):
        """A keyed DB-API connection for vault-wide work (export, checks)."""
        return raw.connect(self.path, self.key)

    @contextlib.contextmanager
    def _long_read(self) -> Iterator:
        """A connection of its own for a read of the whole file, which lock() can cut short."""
        connection = self.raw_connection()
        with self._long_reads_done:
            self._long_reads.add(connection)
        try:
            yield connection
        except (sqlcipher.DatabaseError, errors.DamagedVault):
            if self._locking:  # cut short by lock(): an interrupted read is no finding
                raise errors.VaultLocked() from None
            raise
        finally:
            connection.close()
            with self._long_reads_done:
                self._long_reads.discard(connection)
                self._long_reads_done.notify_all()
        if self._locking:
            raise errors.VaultLocked()

    def quick_check(self) -> None:
        """Every page read once: SQLite's structure check, or the HMAC check where it fails.

        Raises DamagedVault naming what was found, VaultLocked when a lock cut it short."""
        with self._long_read() as connection:
            try:
                rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check")]
            except sqlcipher.DatabaseError:
                if self._locking:
                    raise
                rows = []  # a damaged page stops quick_check itself
            if rows == ["ok"]:
                return
            # quick_check's words name b-tree pages and cells, not the page that is damaged;
            # SQLCipher's HMAC check names that one.
            problems = raw.integrity_problems(connection) or rows or ["unreadable"]
        raise errors.DamagedVault("; ".join(problems[:3]), raw.page_named_in(problems))

    def full_check(self) -> None:
        """Page HMACs, structure and schema version: what `nurse-desk check` promises."""
        with self._long_read() as connection:
            require_sound(connection)

    def row_counts(self) -> dict[str, int]:
        with contextlib.closing(self.raw_connection()) as connection:
            return table_row_counts(connection)

    # -- locking -----------------------------------------------------------------------
    def checkpoint(self) -> None:
        with disk.disk_refusals(), contextlib.closing(self.raw_connection()) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def lock(self) -> None:
        """Fold the WAL into the file, close every connection and wipe the key."""
        if self._engine is None:
            return
        self._cut_long_reads_short()
        try:
            self.checkpoint()
        except (errors.NurseDeskError, sqlcipher.Error):
            log.warning("checkpoint before lock failed; the WAL stays encrypted on disk")
        self._engine.dispose()
        self._engine = None
        if self._key is not None:
            self._key.wipe()
            self._key = None
        if self._holds_file:
            self._holds_file = False
            vault_lock.release(self.path)

    def _cut_long_reads_short(self) -> None:
        """Interrupt a background integrity check and wait until its connection is closed, so
        that no descriptor on the vault outlives the lock."""
        self._locking = True
        with self._long_reads_done:
            for connection in self._long_reads:
                connection.interrupt()
            self._long_reads_done.wait_for(lambda: not self._long_reads, timeout=5)

    def replace_key(self, key: VaultKey) -> None:
        """After the file was replaced by a re-keyed copy: reopen on the new key."""
        self.lock()
        self._holds_file = vault_lock.hold(self.path)
        self._locking = False
        self._key = key
        self._file = self._identity()
        self._engine = self._build_engine()
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)


def check_without_writing(
    path: Path, passphrase: str, log_anchor: LogAnchor | None = None
) -> dict[str, int]:
    """Key, page HMACs, structure, schema version and the access log, read-only; returns row
    counts when sound. The log's chain is checked entry by entry, and its end against the
    vault's own anchor and `log_anchor` (the one kept outside); AccessLogTampered names the
    first bad entry.

    What `nurse-desk check` promises: an unlock would fold a crash's WAL into the file, and a
    lock would checkpoint; this leaves the vault, its -wal and its -shm as they were, and an
    older vault is reported as it is, not upgraded."""
    raw.assert_safe_build()
    path = Path(path)
    raw.probe_file(path)
    key = VaultKey.from_passphrase(passphrase, raw.read_salt(path))
    try:
        Vault.verify_read_only(path, key)
        with contextlib.closing(raw.connect_to_read(path, key)) as connection:
            require_sound(connection)
            try:
                counts = table_row_counts(connection)
            except sqlcipher.DatabaseError as exc:
                raise errors.DamagedVault(str(exc)) from None
            _require_sound_log(connection, log_anchor)
            return counts
    finally:
        key.wipe()


def _require_sound_log(connection, log_anchor: LogAnchor | None) -> None:
    """The access log checked over the check's own read-only connection."""
    from nurse_desk.storage import access_log  # the ORM, only when a check runs

    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)
    try:
        with Session(engine) as session:
            finding = access_log.find_problem(session, log_anchor)
    except DBAPIError:
        raise errors.DamagedVault("the access log cannot be read") from None
    finally:
        engine.dispose()
    if finding is not None:
        raise AccessLogTampered(finding)


def require_sound(connection) -> None:
    """Page HMACs, structure and a known schema version; raises DamagedVault otherwise."""
    try:
        problems = raw.integrity_problems(connection)
        revision = None if problems else raw.schema_revision(connection)
    except sqlcipher.DatabaseError as exc:
        raise errors.DamagedVault(str(exc)) from None
    if problems:
        raise errors.DamagedVault("; ".join(problems[:3]), raw.page_named_in(problems))
    if revision not in schema.known_revisions():
        raise errors.DamagedVault("the schema version is missing or unknown")


def table_row_counts(connection, schema_name: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema_name}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM {schema_name}."{name}"').fetchone()[0]
        for name in names
    }
