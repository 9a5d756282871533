"""The whole vault as open, versioned JSON, and a new vault built from it (docs/export-schema.json
describes the format).

Every table the app keeps is written, rows in primary-key order and columns in schema order, so
the same vault gives the same bytes. Left out: the schema's own bookkeeping (its revision is
written instead) and the full-text index, which the notes' triggers build again on import.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Table, Time, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.storage import (  # noqa: F401  (every table must be in the metadata)
    orm_absence,
    orm_follow_ups,
    orm_imports,
    orm_referrals,
    orm_visits,
)
from nurse_desk.storage.orm import AmendmentRow, Base, NoteRow

FORMAT = "nurse-desk-export"
FORMAT_VERSION = 1
# A signed note's topics cannot be added, and an unsigned note cannot be amended (triggers): on
# import a note is written unsigned, its topics follow, then it is signed, then its amendments.
_SIGNATURE = ("signed_at", "signed_by", "signed_title")


class ExportNotReadable(NurseDeskError):
    """The file is not a Nurse Desk export this version can read (reason says why)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "not_json", "not_export", "newer_format", "other_schema", "content"


def tables() -> list[Table]:
    """Every table, parents before children (the order rows can be written in)."""
    return list(Base.metadata.sorted_tables)


def dump(session: Session, revision: str) -> dict[str, Any]:
    """The export as a JSON-ready object, without `exported_at` (the caller adds it first)."""
    content: dict[str, list[dict[str, Any]]] = {}
    for table in tables():
        query = select(table).order_by(*table.primary_key.columns)
        content[table.name] = [
            {column.name: _plain(value) for column, value in zip(table.columns, row, strict=True)}
            for row in session.execute(query)
        ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_revision": revision,
        "tables": content,
    }


def encode(export: Mapping[str, Any]) -> bytes:
    """Stable bytes: keys in the export's own order, UTF-8, a newline at the end."""
    return (json.dumps(export, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def decode(data: bytes, revision: str) -> dict[str, list[dict[str, Any]]]:
    """The tables of an export, checked against this app's format and schema."""
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExportNotReadable("not_json") from None
    if not isinstance(export, dict) or export.get("format") != FORMAT:
        raise ExportNotReadable("not_export")
    if export.get("format_version") != FORMAT_VERSION:
        raise ExportNotReadable("newer_format")
    if export.get("schema_revision") != revision:
        raise ExportNotReadable("other_schema")
    content = export.get("tables")
    known = {table.name for table in tables()}
    if not isinstance(content, dict) or not set(content) <= known:
        raise ExportNotReadable("content")
    return content


def load(session: Session, content: Mapping[str, list[dict[str, Any]]]) -> None:
    """Writes every row into an empty vault, ids kept, inside the caller's transaction."""
    try:
        _load(session, content)
    except DBAPIError:  # a row breaking a key or a rule: the export was changed by hand
        raise ExportNotReadable("content") from None


def _load(session: Session, content: Mapping[str, list[dict[str, Any]]]) -> None:
    notes = NoteRow.__table__
    amendments = AmendmentRow.__table__
    signatures: list[dict[str, Any]] = []
    for table in [*(t for t in tables() if t is not amendments), amendments]:
        rows = [_typed(table, row) for row in content.get(table.name, [])]
        if table is notes:
            signatures = [{k: r.get(k) for k in ("id", *_SIGNATURE)} for r in rows]
            rows = [{**r, "signed_at": None} for r in rows]
        if table is amendments:
            _sign(session, notes, signatures)
        if rows:
            session.execute(table.insert(), rows)


def _sign(session: Session, notes: Table, signatures: list[dict[str, Any]]) -> None:
    for signature in signatures:
        if signature["signed_at"] is None:
            continue
        session.execute(
            update(notes)
            .where(notes.c.id == signature["id"])
            .values(**{k: signature[k] for k in _SIGNATURE})
        )


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def _typed(table: Table, row: Any) -> dict[str, Any]:
    if not isinstance(row, dict) or not set(row) <= set(table.columns.keys()):
        raise ExportNotReadable("content")
    try:
        return {name: _parsed(table.columns[name].type, value) for name, value in row.items()}
    except (TypeError, ValueError):
        raise ExportNotReadable("content") from None


def _parsed(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError(value)
        return value
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, Integer) and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(value)
    if not isinstance(kind, Integer) and not isinstance(value, str):
        raise TypeError(value)
    return value
