"""Which tables have been written, counted per table as the statements go by.

A page remembers these counts when it reads and reads again only when a table it shows has
been written since: showing a section stays free when nothing it shows changed. A count only
ever grows, and a write that is rolled back still counts (one needless reading, never a missed
one). Deleting a row also counts for the tables whose rows go with it (ON DELETE CASCADE or SET
NULL), since those disappear without a statement of their own.

A table written in a transaction is counted once more when that transaction ends: a reader on
another thread that took the counts while the write was not yet committed (and so read the
rows without it) sees them move again. A write made on the DB-API cursor, past SQLAlchemy's
statements (a year's absence import), is counted by its caller with `wrote`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, event

# rows: every feature's tables, so the cascades below are read from the complete metadata.
from nurse_desk.storage import orm, rows  # noqa: F401

_WRITE = re.compile(
    r"\s*(INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
    r"\s+[\"`\[]?(\w+)",
    re.IGNORECASE,
)
_counts: defaultdict[str, int] = defaultdict(int)
_watching = False


def _going_with() -> dict[str, tuple[str, ...]]:
    """Table -> the tables whose rows the database changes when one of its rows is deleted:
    through ON DELETE CASCADE, and on from there; ON DELETE SET NULL changes a row, no further."""
    deleting: defaultdict[str, set[str]] = defaultdict(set)
    nulling: defaultdict[str, set[str]] = defaultdict(set)
    for table in orm.Base.metadata.tables.values():
        for key in table.foreign_keys:
            rule = (key.ondelete or "").upper()
            if rule == "CASCADE":
                deleting[key.column.table.name].add(table.name)
            elif rule == "SET NULL":
                nulling[key.column.table.name].add(table.name)
    result: dict[str, tuple[str, ...]] = {}
    for start in set(deleting) | set(nulling):
        gone, todo = set(), [start]
        while todo:
            for child in deleting.get(todo.pop(), ()):
                if child not in gone:
                    gone.add(child)
                    todo.append(child)
        touched = gone | {t for name in gone | {start} for t in nulling.get(name, ())}
        result[start] = tuple(sorted(touched))
    return result


_CASCADES = _going_with()


_PENDING = "nurse_desk_written"  # Connection.info: the tables written in its transaction


def _count(connection: Connection, tables: Iterable[str]) -> None:
    # Left for the transaction's end only while its end is watched: a leftover would count
    # when some later reader's transaction ends, in the middle of its reading.
    pending = connection.info.setdefault(_PENDING, set()) if _watching else set()
    for table in tables:
        _counts[table] += 1
        pending.add(table)


def _on_statement(conn, _cursor, statement: str, _parameters, _context, _many) -> None:
    found = _WRITE.match(statement)
    if found is None:
        return
    table = found.group(2).lower()
    deleting = found.group(1)[:1].upper() == "D"
    _count(conn, (table, *(_CASCADES.get(table, ()) if deleting else ())))


def _on_end(conn) -> None:
    for table in conn.info.pop(_PENDING, ()):
        _counts[table] += 1


def wrote(connection: Connection, table: str) -> None:
    """Counts a write made on `connection`'s DB-API cursor, which no statement event sees."""
    _count(connection, (table,))


def watch() -> None:
    """Start counting, for every engine (a re-keyed or restored vault gets a new one)."""
    global _watching
    if not _watching:
        event.listen(Engine, "before_cursor_execute", _on_statement)
        event.listen(Engine, "commit", _on_end)
        event.listen(Engine, "rollback", _on_end)
        _watching = True


def counts(tables: Iterable[str]) -> tuple[int, ...]:
    """The write counts of these tables, in the order given."""
    return tuple(_counts[table] for table in tables)


def table_names() -> frozenset[str]:
    return frozenset(orm.Base.metadata.tables)
