"""Removing a pupil for good once the retention time has passed: every row of the record, the
full-text index's entries for the notes, and where items came from.

The vault runs with secure_delete on, so freed pages are overwritten with zeros; the caller
vacuums afterwards so no free page is left holding anything. The triggers that keep signed
notes and amendments from being deleted are lifted for this one transaction only (DDL is
transactional in SQLite: a failure puts them back with everything else)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, text, tuple_
from sqlalchemy.orm import Session

from nurse_desk.storage import pending_entries
from nurse_desk.storage.orm_hand_over import ReceivedItemRow
from nurse_desk.storage.pupil_rows import owned_tables, record_rows

# Tables whose BEFORE DELETE triggers protect a signed record from an ordinary delete.
_GUARDED = ("note", "note_topic", "amendment")


def remove_pupil(session: Session, pupil_id: int) -> int:
    """Deletes the pupil's record inside the caller's transaction; returns the rows deleted.

    The access log is left alone: it holds ids and kinds, no health text, and stays whole."""
    record = record_rows(session, pupil_id)
    removed = 0
    with _delete_guards_lifted(session):
        for table in reversed(owned_tables()):
            rows = record.get(table.name, [])
            keys = list(table.primary_key.columns)
            if rows:
                wanted = [tuple(row[key.name] for key in keys) for row in rows]
                removed += session.execute(delete(table).where(tuple_(*keys).in_(wanted))).rowcount
            # Rows of another pupil's record naming this one (a sibling seen on a visit).
            for fk in table.foreign_keys:
                if fk.column.table.name == "pupil" and table.name != "pupil":
                    removed += session.execute(
                        delete(table).where(table.c[fk.parent.name] == pupil_id)
                    ).rowcount
        for name, rows in record.items():
            ids = [row["id"] for row in rows if "id" in row]
            if ids:
                session.execute(
                    delete(ReceivedItemRow).where(
                        ReceivedItemRow.table_name == name, ReceivedItemRow.row_id.in_(ids)
                    )
                )
    pending_entries.remove_of_pupil(session, pupil_id)
    # A delete in FTS5 only marks the old entry; merging every segment drops it from the index.
    session.execute(text("INSERT INTO note_fts(note_fts) VALUES ('optimize')"))
    session.flush()
    return removed


@contextmanager
def _delete_guards_lifted(session: Session) -> Iterator[None]:
    names = ", ".join(f"'{name}'" for name in _GUARDED)
    triggers = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            f"AND tbl_name IN ({names}) AND upper(sql) LIKE '%BEFORE DELETE%'"
        )
    ).all()
    for name, _sql in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    # Not on an error: the rollback that follows puts the triggers back with the rows.
    for _name, sql in triggers:
        session.execute(text(sql))
