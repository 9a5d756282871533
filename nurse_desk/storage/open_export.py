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

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    Table,
    Time,
    bindparam,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.storage import (  # noqa: F401  (every table must be in the metadata)
    orm_absence,
    orm_follow_ups,
    orm_hand_over,
    orm_imports,
    orm_referrals,
    orm_visits,
)
from nurse_desk.storage.orm import (
    AccessLogAnchorRow,
    AmendmentRow,
    Base,
    NoteRow,
    VaultSettingRow,
)

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
    # A new vault's migrations made the access log's key and anchor; the export brings its own
    # (the log is chained under its key), so those seeded rows give way.
    for seeded in (VaultSettingRow.__table__, AccessLogAnchorRow.__table__):
        if content.get(seeded.name):
            session.execute(seeded.delete())
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
    """One statement run for every signed note (executemany), not one round trip each."""
    signed = [{f"new_{k}": v for k, v in s.items()} for s in signatures if s["signed_at"]]
    if not signed:
        return
    statement = (
        update(notes)
        .where(notes.c.id == bindparam("new_id"))
        .values(**{k: bindparam(f"new_{k}") for k in _SIGNATURE})
    )
    session.connection().execute(statement, signed)


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


_JSON_TYPES: tuple[tuple[type, dict[str, Any]], ...] = (
    (DateTime, {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?$"}),
    (Date, {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}),
    (Time, {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d{6})?)?$"}),
    (Boolean, {"type": "boolean"}),
    (Float, {"type": "number"}),
    (Integer, {"type": "integer"}),
)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of this format version, made from the tables themselves so it cannot
    drift from them (docs/export-schema.json is this, written out; a test compares the two)."""
    described = {}
    for table in tables():
        columns = {}
        for column in table.columns:
            kind = next(
                (dict(s) for t, s in _JSON_TYPES if isinstance(column.type, t)), {"type": "string"}
            )
            length = getattr(column.type, "length", None)
            if kind["type"] == "string" and length and "pattern" not in kind:
                kind["maxLength"] = length
            if column.nullable and not column.primary_key:
                kind["type"] = [kind["type"], "null"]
            columns[column.name] = kind
        described[table.name] = {
            "type": "array",
            "description": _table_doc(table),
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [column.name for column in table.columns],
                "properties": columns,
            },
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Nurse Desk export",
        "description": (
            "Everything in one Nurse Desk vault. Each table is a list of rows in primary-key "
            "order; each row holds every column. Dates are YYYY-MM-DD, moments local time "
            "without a zone (YYYY-MM-DDTHH:MM:SS[.ffffff])."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["exported_at", "format", "format_version", "schema_revision", "tables"],
        "properties": {
            "exported_at": {"type": "string", "description": "When the export was written."},
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            "schema_revision": {
                "type": "string",
                "description": "The vault's schema revision; an import needs the same one.",
            },
            "tables": {
                "type": "object",
                "additionalProperties": False,
                "properties": described,
            },
        },
    }


_TABLE_NOTES = {
    "school": "The schools the nurse works at.",
    "pupil": "Pupils; school_id points at school. left_on: the day the pupil left school.",
    "guardian": "Guardians of a pupil.",
    "note": "Health-conversation notes. A note with signed_at is signed and locked.",
    "note_topic": "The topics of a note (one row per topic).",
    "amendment": "Corrections appended to a signed note.",
    "note_template": "The nurse's note templates; topics is a comma-separated list.",
    "consent": "Consents: who gave it, for what purpose, and when it was withdrawn.",
    "access_log": "Who opened, printed, exported or disclosed what, and when; hash-chained.",
    "access_log_anchor": "The access log's length and last hash, moved on by every entry.",
    "vault_setting": "Settings kept in the vault (author, country, thresholds, the log's key).",
    "follow_up": "Follow-ups; recurrence holds the rule of a recurring one.",
    "follow_up_occurrence": "Single dates of a recurring follow-up that were done or moved.",
    "school_closed_period": "School breaks the nurse entered.",
    "absence_entry": "Absent lessons or days from the school system's export.",
    "absence_acknowledgement": "Absence flags the nurse has seen.",
    "home_visit": "Home-visit plans and what came of them.",
    "home_visit_sibling": "Brothers and sisters seen on a home visit.",
    "home_visit_companion": "Who went along on a home visit.",
    "home_visit_item": "Topics, questions and observation points of a home visit.",
    "home_visit_template": "The nurse's home-visit templates.",
    "partner": "Partners referrals go to (GP, child psychiatry, child welfare, …).",
    "referral": "Referrals sent to a partner, on a consent.",
    "measure": "The catalogue of measures the municipality offers.",
    "measure_note": "Measures a note cites.",
    "measure_follow_up": "Measures a follow-up cites.",
    "import_mapping": "Column mappings the nurse saved for imports from the school system.",
    "received_item": "Items of a handed-over record: the vault and id each came from.",
}


def _table_doc(table: Table) -> str:
    """What the table holds, in a sentence."""
    return _TABLE_NOTES.get(table.name, table.name.replace("_", " "))
