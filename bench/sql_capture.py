"""The SQL an interaction sends to the vault, captured, and the same statements replayed raw.

`install()` makes `sqlcipher3.dbapi2.connect` hand out a subclass of the driver's connection
whose cursors note every statement with its parameters while a `capturing()` block is open (and
`commit()`/`rollback()` as COMMIT/ROLLBACK). Capturing at the driver, not with SQLAlchemy's
`before_cursor_execute` event, also catches the app's own DB-API paths (storage.absence reads a
school year's absence through the session's raw cursor, which the engine never sees) and counts
every connection opened, whatever pool or connection policy the vault uses.

`replay()` runs the captured statements, in order, on fresh keyed connections opened with the
app's PRAGMAs (`storage.sqlcipher.connect`), one for each connection the app used, each already
past its first read of the schema, and fetches every row: what the SQL alone costs. Opening a
connection (its key and PRAGMAs) is left out of that: it is part of what the app adds.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import sqlcipher3
import sqlcipher3.dbapi2 as sqlcipher

from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey

_KEYING = ("PRAGMA cipher_",)  # keying settings: only right after the key, never replayed
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


@dataclass(frozen=True, slots=True)
class Statement:
    connection: int  # the app connection's serial number
    sql: str
    parameters: object
    many: bool


@dataclass
class Capture:
    statements: list[Statement] = field(default_factory=list)
    connections_opened: int = 0

    def add(self, connection, sql: str, parameters, many: bool) -> None:
        serial = getattr(connection, "bench_serial", 0)
        self.statements.append(Statement(serial, sql, parameters, many))

    def forget_parameters(self) -> None:
        self.statements = [replace(s, parameters=None) for s in self.statements]

    @property
    def count(self) -> int:
        """Statements sent (COMMIT and ROLLBACK included, as the driver sends them)."""
        return len(self.statements)

    @property
    def distinct(self) -> int:
        return len({s.sql for s in self.statements})

    @property
    def connections_used(self) -> int:
        return len({s.connection for s in self.statements})

    @property
    def writes(self) -> bool:
        return any(s.sql.lstrip().upper().startswith(_WRITES) for s in self.statements)

    def most_repeated(self) -> tuple[int, str]:
        """(times, statement) of the statement sent most often: an N+1 shows up here."""
        if not self.statements:
            return 0, ""
        counts: dict[str, int] = {}
        for statement in self.statements:
            counts[statement.sql] = counts.get(statement.sql, 0) + 1
        sql, times = max(counts.items(), key=lambda item: item[1])
        return times, " ".join(sql.split())[:70]


_current: Capture | None = None
_serials = itertools.count(1)
_installed = False


class _Cursor(sqlcipher.Cursor):
    def execute(self, sql, parameters=()):
        capture = _current
        if capture is not None:
            capture.add(self.connection, sql, parameters, False)
        return super().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters):
        capture = _current
        if capture is not None:
            seq_of_parameters = list(seq_of_parameters)
            capture.add(self.connection, sql, seq_of_parameters, True)
        return super().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script):
        capture = _current
        if capture is not None:
            capture.add(self.connection, sql_script, None, False)
        return super().executescript(sql_script)


class _Connection(sqlcipher.Connection):
    """Connection.execute() and friends make their cursor through cursor(): captured too."""

    def cursor(self, factory=_Cursor):
        return super().cursor(factory)

    def commit(self):
        if _current is not None and self.in_transaction:
            _current.add(self, "COMMIT", None, False)
        return super().commit()

    def rollback(self):
        if _current is not None and self.in_transaction:
            _current.add(self, "ROLLBACK", None, False)
        return super().rollback()


_original_connect = sqlcipher.connect


def install() -> None:
    """From now on every vault connection of this process is a capturing one."""
    global _installed
    if _installed:
        return

    def connect(*args, **kwargs):
        kwargs.setdefault("factory", _Connection)
        connection = _original_connect(*args, **kwargs)
        if isinstance(connection, _Connection):
            connection.bench_serial = next(_serials)
        if _current is not None:
            _current.connections_opened += 1
        return connection

    sqlcipher.connect = connect
    sqlcipher3.connect = connect
    _installed = True


def uninstall() -> None:
    """New connections are the driver's own again (connections already open keep capturing)."""
    global _installed
    sqlcipher.connect = sqlcipher3.connect = _original_connect
    _installed = False


@contextlib.contextmanager
def capturing() -> Iterator[Capture]:
    global _current
    capture = Capture()
    _current = capture
    try:
        yield capture
    finally:
        _current = None


# -- replaying --------------------------------------------------------------------------------
@dataclass
class Replay:
    times: list[float]  # seconds, one per run
    rows: int  # rows fetched in the last run
    failed: int  # statements that raised in the last run (the app's state had moved on)
    first_error: str = ""

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000 if self.times else 0.0


def snapshot(source: Path, target: Path) -> Path:
    """A copy of a vault with its -wal, taken while no transaction runs: the same database,
    readable by its owner only (it holds the same data)."""
    remove(target)
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
            os.chmod(f"{target}{suffix}", 0o600)
    return target


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def replay(
    capture: Capture, key: VaultKey, runs: int, *, on: Path, copy_from: Path | None = None
) -> Replay:
    """`runs` replays on `on`; with `copy_from`, `on` is a fresh copy of it for each run."""
    result = Replay([], 0, 0)
    for _ in range(runs):
        if copy_from is not None:
            snapshot(copy_from, on)
        seconds, rows, failed, error = _replay_once(capture, key, on)
        result.times.append(seconds)
        result.rows, result.failed = rows, failed
        result.first_error = result.first_error or error
        if copy_from is not None:
            remove(on)
    return result


def _replay_once(capture: Capture, key: VaultKey, path: Path) -> tuple[float, int, int, str]:
    serials = dict.fromkeys(s.connection for s in capture.statements)
    connections = {serial: raw.connect(path, key) for serial in serials}
    for connection in connections.values():
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    rows = failed = 0
    error = ""
    try:
        started = time.perf_counter()
        for statement in capture.statements:
            connection = connections[statement.connection]
            try:
                rows += _run(connection, statement)
            except sqlcipher.Error as exc:
                failed += 1
                error = error or f"{type(exc).__name__}: {exc}"
        elapsed = time.perf_counter() - started
    finally:
        for connection in connections.values():
            with contextlib.suppress(sqlcipher.Error):
                if connection.in_transaction:
                    connection.rollback()
                connection.close()
    return elapsed, rows, failed, error


def _opening_pragmas() -> set[str]:
    return set(raw.CONNECTION_PRAGMAS) | set(raw.WRITE_PRAGMAS)


def _run(connection, statement: Statement) -> int:
    sql = statement.sql
    if sql == "COMMIT":
        connection.commit()
        return 0
    if sql == "ROLLBACK":
        connection.rollback()
        return 0
    if sql.lstrip().startswith(_KEYING) or sql in _opening_pragmas():
        return 0  # what opening a connection runs: the replay's connections ran it already
    if statement.parameters is None:
        connection.executescript(sql)
        return 0
    if statement.many:
        connection.executemany(sql, statement.parameters)
        return 0
    return len(connection.execute(sql, statement.parameters).fetchall())
