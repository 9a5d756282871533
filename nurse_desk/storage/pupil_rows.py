"""Which rows of the vault make up one pupil's record, found from the tables' foreign keys.

A table belongs to the pupil when a foreign key leads to `pupil` (directly or through another
such table); the school, partners and measures are shared and only referred to. Working from
the keys, not a list, keeps a table added later inside the record without touching this file.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from nurse_desk.storage.open_export import tables

# The access log records the nurse's acts, not the pupil's health: it names the pupil by id.
LOG_TABLE = "access_log"
ORIGIN_TABLE = "received_item"


def owned_tables() -> list[Table]:
    """Tables whose rows belong to one pupil, parents before children."""
    owned: list[Table] = []
    names = {"pupil"}
    for table in tables():
        if table.name == "pupil" or any(fk.column.table.name in names for fk in table.foreign_keys):
            owned.append(table)
            names.add(table.name)
    return owned


def owner_keys(table: Table, owned_names: set[str]) -> list[tuple[str, str]]:
    """(column, referred table) of each foreign key that points at a pupil-owned table."""
    return [
        (fk.parent.name, fk.column.table.name)
        for fk in table.foreign_keys
        if fk.column.table.name in owned_names
    ]


def record_rows(session: Session, pupil_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row of the pupil's record, table by table (parents first, rows in key order).

    A row is in when all its keys to pupil-owned tables point at rows already in, so a home
    visit's note is kept while a brother seen on the visit (another pupil) is left out."""
    owned = owned_tables()
    names = {table.name for table in owned}
    kept_ids: dict[str, set[Any]] = {"pupil": {pupil_id}}
    result: dict[str, list[dict[str, Any]]] = {}
    for table in owned:
        if table.name == "pupil":
            chosen = _rows_of(session, table, table.c.id == pupil_id)
        else:
            keys = owner_keys(table, names)
            near = or_(*(table.c[column].in_(kept_ids.get(parent, ())) for column, parent in keys))
            chosen = [row for row in _rows_of(session, table, near) if _inside(row, keys, kept_ids)]
        result[table.name] = chosen
        if "id" in table.columns:
            kept_ids[table.name] = {row["id"] for row in chosen}
    return result


def _inside(row: dict[str, Any], keys: list[tuple[str, str]], kept: dict[str, set[Any]]) -> bool:
    present = [(column, parent) for column, parent in keys if row[column] is not None]
    return bool(present) and all(row[c] in kept.get(p, ()) for c, p in present)


def _rows_of(session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    query = select(table).where(where).order_by(*table.primary_key.columns)
    return [dict(row._mapping) for row in session.execute(query)]


def referred_rows(
    session: Session, record: dict[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    """The shared rows (school, partners, measures …) the record's rows point at."""
    owned_names = {table.name for table in owned_tables()}
    wanted: dict[str, set[Any]] = {}
    for table in owned_tables():
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent in owned_names:
                continue
            for row in record.get(table.name, []):
                if row[fk.parent.name] is not None:
                    wanted.setdefault(parent, set()).add(row[fk.parent.name])
    by_name = {table.name: table for table in tables()}
    result = {}
    for name, ids in wanted.items():
        table = by_name[name]
        query = select(table).where(table.c.id.in_(ids)).order_by(table.c.id)
        result[name] = [dict(row._mapping) for row in session.execute(query)]
    return result
