"""One pupil's record in the open export's format, and such a record taken into another vault.

The file holds the pupil's rows with the ids of the vault that wrote it. On receiving, every
row gets a new id here, the keys between rows follow, and a received_item row notes where it
came from: the same file received twice adds nothing, and a record that comes back to the
vault it started in finds its own rows again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from nurse_desk.storage import open_export, vault_settings
from nurse_desk.storage.open_export import ExportNotReadable, _typed, tables
from nurse_desk.storage.orm import AccessLogRow, NoteRow, VaultSettingRow
from nurse_desk.storage.orm_hand_over import ReceivedItemRow
from nurse_desk.storage.pupil_rows import (
    LOG_TABLE,
    ORIGIN_TABLE,
    owned_tables,
    record_rows,
    referred_rows,
)

VAULT_ID = "vault_id"
# Written into the file's settings only: tells one pupil's record from a whole-vault export.
RECORD_OF = "record_of_pupil"
# The settings a record carries: which vault it comes from and who handed it over.
_SENDER_SETTINGS = (VAULT_ID, "author_name", "author_title")
# Shared rows are found again by what names them, not by id.
_NATURAL_KEYS = {"school": ("name",), "partner": ("name", "kind"), "measure": ("name",)}
# A follow-up's source_id names a row of the table its source says.
_SOURCE_TABLES = {"note": "note", "home_visit": "home_visit", "referral": "referral"}
_SIGNATURE = ("signed_at", "signed_by", "signed_title")


def vault_id(session: Session) -> str:
    """This vault's own name in origins; made on first use and kept in its settings."""
    known = vault_settings.get(session, VAULT_ID)
    if not known:
        known = str(uuid.uuid4())
        vault_settings.put(session, VAULT_ID, known)
    return known


def drafts_of(session: Session, pupil_id: int) -> int:
    """How many of the pupil's notes are still drafts (not signed)."""
    query = select(func.count()).where(NoteRow.pupil_id == pupil_id, NoteRow.signed_at.is_(None))
    return int(session.scalar(query) or 0)


def pupil_export(session: Session, pupil_id: int, revision: str) -> dict[str, Any]:
    """The open export's object restricted to one pupil (without `exported_at`)."""
    vault_id(session)
    record = record_rows(session, pupil_id)
    rows = record | referred_rows(session, record)
    rows[LOG_TABLE] = _table_rows(session, AccessLogRow.__table__, pupil_id=pupil_id)
    rows[ORIGIN_TABLE] = _origins_of(session, rows)
    settings = select(VaultSettingRow).where(VaultSettingRow.key.in_(_SENDER_SETTINGS))
    rows["vault_setting"] = [
        {"key": row.key, "value": row.value} for row in session.scalars(settings)
    ] + [{"key": RECORD_OF, "value": str(pupil_id)}]
    plain = {
        table.name: [
            {column.name: open_export._plain(row[column.name]) for column in table.columns}
            for row in rows.get(table.name, [])
        ]
        for table in tables()
    }
    return {
        "format": open_export.FORMAT,
        "format_version": open_export.FORMAT_VERSION,
        "schema_revision": revision,
        "tables": plain,
    }


def _table_rows(session: Session, table: Table, **where: Any) -> list[dict[str, Any]]:
    query = select(table).filter_by(**where).order_by(*table.primary_key.columns)
    return [dict(row._mapping) for row in session.execute(query)]


def _origins_of(session: Session, rows: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The received_item rows of the items in the record (where they came from first)."""
    result = []
    origin = ReceivedItemRow.__table__
    for name, table_rows in rows.items():
        ids = [row["id"] for row in table_rows if "id" in row]
        if not ids or name == LOG_TABLE:
            continue
        query = select(origin).where(origin.c.table_name == name, origin.c.row_id.in_(ids))
        result.extend(dict(row._mapping) for row in session.execute(query))
    return sorted(result, key=lambda row: row["id"])


@dataclass
class Receipt:
    """What receiving a record did: the pupil's id here and rows added or found already."""

    pupil_id: int = 0
    added: int = 0
    already_here: int = 0
    left_out: int = 0
    sender: str = ""
    new_pupil: bool = False
    marked_protected: bool = False  # the pupil here was unmarked; the record says protected


class _Receiver:
    """Takes one record's rows into this vault, inside the caller's transaction."""

    def __init__(
        self, session: Session, content: dict[str, list[Any]], school_id: int | None, now: datetime
    ) -> None:
        self.session = session
        self.now = now
        self.school_id = school_id
        settings = {row.get("key"): row.get("value") for row in content.get("vault_setting", [])}
        self.sender_vault = settings.get(VAULT_ID) or ""
        persons = content.get("pupil", [])
        if not self.sender_vault or [str(p.get("id")) for p in persons] != [
            settings.get(RECORD_OF)
        ]:
            raise ExportNotReadable("not_record")
        self.own_vault = vault_id(session)
        sender = (settings.get("author_name") or "", settings.get("author_title") or "")
        self.receipt = Receipt(sender=", ".join(part for part in sender if part)[:200])
        self.origins = {
            (row["table_name"], row["row_id"]): (row["origin_vault"], row["origin_row_id"])
            for row in content.get(ORIGIN_TABLE, [])
        }
        self.owned = {table.name for table in owned_tables()}
        self.signatures: list[dict[str, Any]] = []
        self.ids: dict[str, dict[Any, Any]] = {}  # table -> id in the file -> id here
        self.fresh: dict[str, set[Any]] = {}  # table -> ids of rows added now

    def take(self, content: dict[str, list[Any]]) -> Receipt:
        # The school is taken only for a pupil new here, and only when no school was chosen.
        skipped = {LOG_TABLE, ORIGIN_TABLE, "vault_setting", "school"}
        self.schools = {row.get("id"): row for row in content.get("school", [])}
        wanted = self.owned | set(_NATURAL_KEYS)
        order = [t for t in tables() if t.name in wanted - skipped and t.name != "amendment"]
        for table in order:
            for row in content.get(table.name, []):
                self._take_row(table, _typed(table, row))
        self._sign()
        amendments = next(t for t in tables() if t.name == "amendment")
        for row in content.get("amendment", []):
            self._take_row(amendments, _typed(amendments, row))
        self.receipt.pupil_id = next(iter(self.ids.get("pupil", {}).values()), 0)
        if not self.receipt.pupil_id:
            raise ExportNotReadable("not_record")
        return self.receipt

    def _take_row(self, table: Table, row: dict[str, Any]) -> None:
        keyed = "id" in table.columns
        if keyed:
            found = self._found(table, row)
            if found is not None:
                self.ids.setdefault(table.name, {})[row["id"]] = found
                if table.name == "pupil" and row.get("protected_identity"):
                    self._keep_protected(table, found)
                self.receipt.already_here += table.name in self.owned  # items, not schools
                return
        values = self._remapped(table, row)
        if values is None:
            self.receipt.left_out += 1
            return
        if not keyed and not self._has_fresh_parent(table, row):
            self.receipt.already_here += 1  # a topic of a note already here, say
            return
        new_id = self._insert(table, values)
        if new_id is None:
            self.receipt.left_out += 1
            return
        self.receipt.added += table.name in self.owned
        if keyed:
            self.ids.setdefault(table.name, {})[row["id"]] = new_id
            self.fresh.setdefault(table.name, set()).add(new_id)
            if table.name == "pupil":
                self.receipt.new_pupil = True
            if table.name in self.owned:
                self._note_origin(table.name, row["id"], new_id)

    def _found(self, table: Table, row: dict[str, Any]) -> int | None:
        """The row already here: by origin, then by national ID or name."""
        origin_vault, origin_id = self.origins.get(
            (table.name, row["id"]), (self.sender_vault, row["id"])
        )
        if origin_vault == self.own_vault and self._exists(table, origin_id):
            return origin_id
        origins = ReceivedItemRow.__table__
        here = self.session.scalar(
            select(origins.c.row_id).where(
                origins.c.origin_vault == origin_vault,
                origins.c.table_name == table.name,
                origins.c.origin_row_id == origin_id,
            )
        )
        if here is not None and self._exists(table, here):
            return here
        if table.name == "pupil" and row.get("national_id"):
            return self.session.scalar(
                select(table.c.id).where(table.c.national_id == row["national_id"])
            )
        if table.name in _NATURAL_KEYS:
            names = _NATURAL_KEYS[table.name]
            query = select(table.c.id).where(*(table.c[n] == row[n] for n in names)).limit(1)
            return self.session.scalar(query)
        if table.name == "guardian":  # the pupil was here already, with this guardian
            here_pupil = self.ids.get("pupil", {}).get(row["pupil_id"])
            query = select(table.c.id).where(
                table.c.pupil_id == here_pupil, table.c.name == row["name"]
            )
            return self.session.scalar(query.limit(1))
        return None

    def _keep_protected(self, table: Table, pupil_id: int) -> None:
        """A pupil already here (from the class list, say) whose record arrives marked as
        protected is marked here too: the mark is only ever added by what comes in, never
        cleared (docs/DISCLOSURE.md, "Protected identity")."""
        marked = self.session.execute(
            update(table)
            .where(table.c.id == pupil_id, table.c.protected_identity.is_(False))
            .values(protected_identity=True)
        )
        self.receipt.marked_protected = marked.rowcount > 0

    def _exists(self, table: Table, row_id: int) -> bool:
        return self.session.scalar(select(table.c.id).where(table.c.id == row_id)) is not None

    def _remapped(self, table: Table, row: dict[str, Any]) -> dict[str, Any] | None:
        """The row with this vault's ids in its keys; None when a required parent is missing."""
        values = {name: value for name, value in row.items() if name != "id"}
        for fk in table.foreign_keys:
            column, parent = fk.parent.name, fk.column.table.name
            if values.get(column) is None:
                continue
            if parent == "school":
                self._take_school(fk.column.table, values[column])
            mapped = self.ids.get(parent, {}).get(values[column])
            if mapped is None and not fk.parent.nullable:
                return None
            values[column] = mapped
        return self._adjusted(table.name, values)

    def _take_school(self, table: Table, old_id: int) -> None:
        known = self.ids.setdefault("school", {})
        if old_id in known:
            return
        if self.school_id is not None:
            known[old_id] = self.school_id
        elif old_id in self.schools:
            self._take_row(table, _typed(table, self.schools[old_id]))

    def _adjusted(self, name: str, values: dict[str, Any]) -> dict[str, Any]:
        if name == "pupil":
            # Here the pupil is one of this nurse's pupils, at her school.
            values.update(active=True, left_on=None)
        elif name == "note":
            self.signatures.append({k: values.get(k) for k in _SIGNATURE})
            values["signed_at"] = None
        elif name == "consent":
            values.update(_ended_consent(values, self.now.date()))
        elif name == "follow_up":
            parent = _SOURCE_TABLES.get(values.get("source") or "")
            old = values.get("source_id")
            values["source_id"] = self.ids.get(parent or "", {}).get(old)
        return values

    def _has_fresh_parent(self, table: Table, row: dict[str, Any]) -> bool:
        return any(
            self.ids.get(fk.column.table.name, {}).get(row[fk.parent.name])
            in self.fresh.get(fk.column.table.name, ())
            for fk in table.foreign_keys
        )

    def _insert(self, table: Table, values: dict[str, Any]) -> Any:
        """The new row's id (True for a row without one); None when a rule of this vault
        refuses it (an absence entry already here for the same lesson, say)."""
        try:
            with self.session.begin_nested():
                result = self.session.execute(table.insert().values(**values))
        except DBAPIError:
            return None
        if table.name == "note":
            self.signatures[-1]["id"] = result.inserted_primary_key[0]
        return result.inserted_primary_key[0] if "id" in table.columns else True

    def _note_origin(self, name: str, old_id: int, new_id: int) -> None:
        origin_vault, origin_id = self.origins.get((name, old_id), (self.sender_vault, old_id))
        self.session.add(
            ReceivedItemRow(
                table_name=name,
                row_id=new_id,
                origin_vault=origin_vault,
                origin_row_id=origin_id,
                received_at=self.now,
                received_from=self.receipt.sender,
            )
        )

    def _sign(self) -> None:
        """Notes go in unsigned so their topics can follow; then they are signed as they were."""
        notes = next(t for t in tables() if t.name == "note")
        for signature in self.signatures:
            if signature.get("signed_at") and "id" in signature:
                values = {k: signature[k] for k in _SIGNATURE}
                self.session.execute(
                    update(notes).where(notes.c.id == signature["id"]).values(**values)
                )
        self.session.flush()


def _ended_consent(values: dict[str, Any], today: date) -> dict[str, Any]:
    """A consent was given for sharing at the previous school: it stays in the record, but
    ends the day before it arrives, so it never lets this nurse share anything."""
    ended = values.get("withdrawn_on") is not None or (
        values.get("valid_until") is not None and values["valid_until"] < today
    )
    return {} if ended else {"valid_until": today - timedelta(days=1)}


def receive(
    session: Session,
    content: dict[str, list[Any]],
    *,
    school_id: int | None = None,
    now: datetime | None = None,
) -> Receipt:
    """Takes a record made by pupil_export() into this vault; ExportNotReadable if it is not
    one pupil's record or a rule refuses it."""
    try:
        return _Receiver(session, content, school_id, now or datetime.now()).take(content)
    except (DBAPIError, AttributeError, KeyError, TypeError):  # a file changed by hand
        raise ExportNotReadable("content") from None
