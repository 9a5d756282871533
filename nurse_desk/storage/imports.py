"""Remembered import mappings and the pupil keys an import matches rows against."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.domain.import_mapping import ColumnMapping, ImportKind, SavedMapping
from nurse_desk.domain.pupil_matching import PupilKey
from nurse_desk.storage.orm import PupilRow
from nurse_desk.storage.orm_imports import ImportMappingRow


def _record(row: ImportMappingRow) -> SavedMapping:
    columns = json.loads(row.columns)
    return SavedMapping(ImportKind(row.kind), row.name, ColumnMapping(columns), row.school)


def mappings(session: Session, kind: ImportKind) -> list[SavedMapping]:
    """Newest first: the mapping used last is the best guess for the next file."""
    rows = session.scalars(
        select(ImportMappingRow)
        .where(ImportMappingRow.kind == kind.value)
        .order_by(ImportMappingRow.updated_at.desc(), ImportMappingRow.id.desc())
    )
    return [_record(row) for row in rows]


def mapping_named(session: Session, kind: ImportKind, name: str) -> SavedMapping | None:
    row = session.scalar(
        select(ImportMappingRow).where(
            ImportMappingRow.kind == kind.value, ImportMappingRow.name == name
        )
    )
    return None if row is None else _record(row)


def put_mapping(session: Session, saved: SavedMapping, *, now: datetime) -> None:
    """Insert, or replace the mapping of that kind and name."""
    row = session.scalar(
        select(ImportMappingRow).where(
            ImportMappingRow.kind == saved.kind.value, ImportMappingRow.name == saved.name
        )
    )
    if row is None:
        row = ImportMappingRow(kind=saved.kind.value, name=saved.name)
        session.add(row)
    row.school = saved.school
    row.columns = json.dumps(dict(saved.mapping.columns), ensure_ascii=False, sort_keys=True)
    row.updated_at = now
    session.flush()


def pupil_keys(session: Session) -> list[PupilKey]:
    """Plain columns of every pupil (active or not: absence may be from before they left)."""
    rows = session.execute(
        select(
            PupilRow.id,
            PupilRow.national_id,
            PupilRow.given_name,
            PupilRow.family_name,
            PupilRow.birth_date,
        )
    )
    return [PupilKey(*row) for row in rows]
