"""The vault: one SQLCipher file holding everything, opened, locked and re-keyed here."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from nurse_desk.domain import errors
from nurse_desk.storage import schema
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey, new_salt

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
        self._engine: Engine | None = self._build_engine()
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str) -> Vault:
        """A new, empty vault at head schema. Refuses to overwrite anything."""
        raw.assert_safe_build()
        path = Path(path)
        if path.exists():
            raise errors.VaultAlreadyExists(str(path))
        path.parent.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
        key = VaultKey.from_passphrase(passphrase, new_salt())
        # Built beside the target and renamed into place: a full disk or a kill never leaves
        # a half-made vault under the nurse's chosen name.
        staging = temporary_beside(path, "creating")
        try:
            with owner_only_umask():
                connection = raw.connect(staging, key, creating=True)
                connection.execute(f"PRAGMA user_version = {schema.VAULT_FORMAT}")
                connection.close()
            os.chmod(staging, OWNER_ONLY_FILE)
            building = cls(staging, key)
            building.migrate()
            building.engine.dispose()  # the last close folds the WAL into the file
            os.replace(staging, path)
        except BaseException:
            remove_with_sidecars(staging)
            key.wipe()
            raise
        return cls(path, key)

    @classmethod
    def open(cls, path: Path, passphrase: str, *, migrate: bool = True) -> Vault:
        """Check the file, then the key read-only, then the version; only then open to write."""
        raw.assert_safe_build()
        path = Path(path)
        raw.probe_file(path)
        key = VaultKey.from_passphrase(passphrase, raw.read_salt(path))
        try:  # every way out but success wipes the key, whatever was raised
            cls.verify_read_only(path, key)
            remove_stale_temporaries(path)
            vault = cls(path, key)
        except BaseException:
            key.wipe()
            raise
        try:
            vault.quick_check()  # before migrating: never build a new schema on a damaged file
            if migrate:
                vault.migrate()
        except BaseException as error:
            try:
                vault.lock()
            finally:
                key.wipe()  # even if lock() itself failed on the way
            if isinstance(error, (sqlcipher.DatabaseError, DBAPIError)):
                raise errors.DamagedVault("the vault could not be read") from None
            raise
        return vault

    @staticmethod
    def verify_read_only(path: Path, key: VaultKey) -> None:
        """Key, then schema version, both without writing: a newer vault is refused untouched."""
        user_version = raw.check_key(path, key)
        try:
            revision = raw.read_only_scalar(
                path, key, "SELECT version_num FROM alembic_version", table="alembic_version"
            )
        except sqlcipher.DatabaseError:
            raise errors.DamagedVault("the vault's schema cannot be read") from None
        schema.refuse_newer(user_version, revision)

    def _build_engine(self) -> Engine:
        path, key = self.path, self._key

        def creator():
            if key is None:
                raise errors.VaultLocked()
            with owner_only_umask():
                return raw.connect(path, key)

        # NullPool: no unlocked connection idles in a pool; the URL carries no secret.
        # hide_parameters: a failing statement's values (pupil data) never reach an error text.
        engine = create_engine(
            "sqlite+pysqlite://",
            module=sqlcipher,
            creator=creator,
            poolclass=NullPool,
            hide_parameters=True,
        )

        @event.listens_for(engine, "begin")
        def _begin(connection) -> None:
            # pysqlite's own transaction handling skips reads and DDL; one real BEGIN per unit.
            connection.exec_driver_sql("BEGIN")

        return engine

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

    def quick_check(self) -> None:
        with contextlib.closing(self.raw_connection()) as connection:
            try:
                rows = [str(r[0]) for r in connection.execute("PRAGMA quick_check")]
            except sqlcipher.DatabaseError:
                # A damaged page stops quick_check itself; the HMAC check names the page.
                rows = raw.integrity_problems(connection) or ["the vault could not be read"]
        if rows != ["ok"]:
            raise errors.DamagedVault("; ".join(rows[:3]), raw.page_named_in(rows))

    def full_check(self) -> None:
        """Page HMACs, structure and schema version: what `nurse-desk check` promises."""
        with contextlib.closing(self.raw_connection()) as connection:
            try:
                problems = raw.integrity_problems(connection)
            except sqlcipher.DatabaseError as exc:
                raise errors.DamagedVault(str(exc)) from None
        if problems:
            raise errors.DamagedVault("; ".join(problems[:3]), raw.page_named_in(problems))
        with self.engine.connect() as connection:
            revision = schema.current_revision(connection)
        if revision not in schema.known_revisions():
            raise errors.DamagedVault("the schema version is missing or unknown")

    def row_counts(self) -> dict[str, int]:
        with contextlib.closing(self.raw_connection()) as connection:
            return table_row_counts(connection)

    # -- locking -----------------------------------------------------------------------
    def checkpoint(self) -> None:
        with contextlib.closing(self.raw_connection()) as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def lock(self) -> None:
        """Fold the WAL into the file, close every connection and wipe the key."""
        if self._engine is None:
            return
        try:
            self.checkpoint()
        except (errors.NurseDeskError, sqlcipher.Error):
            log.warning("checkpoint before lock failed; the WAL stays encrypted on disk")
        self._engine.dispose()
        self._engine = None
        if self._key is not None:
            self._key.wipe()
            self._key = None

    def replace_key(self, key: VaultKey) -> None:
        """After the file was replaced by a re-keyed copy: reopen on the new key."""
        self.lock()
        self._key = key
        self._engine = self._build_engine()
        self._sessions = sessionmaker(bind=self._engine, expire_on_commit=False)


_TEMPORARY_KINDS = ("creating", "writing", "rekey", "restoring")


def temporary_beside(target: Path, purpose: str) -> Path:
    """A scratch file next to `target`, named with our pid so a later run can tell it is stale."""
    return target.with_name(f".{target.name}.{purpose}-{os.getpid()}-{time.monotonic_ns()}")


def remove_with_sidecars(path: Path) -> None:
    """A database file and its -wal, -shm and -journal, whichever exist."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def remove_stale_temporaries(target: Path) -> None:
    """Scratch copies left by a killed backup, re-key or restore (encrypted, but still data).

    Only names temporary_beside() makes (and their SQLite sidecars) are considered, read
    strictly; any other file beside the vault is the nurse's and is left alone."""
    try:
        beside = list(target.parent.iterdir())
    except OSError:  # a folder that cannot be listed: nothing to tidy, and no reason to fail
        return
    for leftover in beside:
        pid = _temporary_owner(leftover.name, target.name)
        if pid is not None and not _process_alive(pid) and not leftover.is_dir():
            with contextlib.suppress(OSError):  # gone already, or not ours to remove
                leftover.unlink()


_MAX_PID = 2**31 - 1  # os.kill() overflows above this; no such process exists


def _temporary_owner(name: str, target_name: str) -> int | None:
    """The pid in `.{target}.{kind}-{pid}-{ns}` (optionally -wal, -shm or -journal); None
    for any other name."""
    match = re.fullmatch(
        rf"\.{re.escape(target_name)}\.(?:{'|'.join(_TEMPORARY_KINDS)})"
        r"-([0-9]{1,10})-[0-9]+(?:-wal|-shm|-journal)?",
        name,
    )
    pid = int(match.group(1)) if match else 0
    return pid if 0 < pid <= _MAX_PID else None


def _process_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C there; keep the file instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): alive, and its file is not ours
        return True
    return True


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
