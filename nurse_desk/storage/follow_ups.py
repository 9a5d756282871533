"""Follow-up rows. Other features add follow-ups inside their own transaction with add()."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.domain.follow_ups import (
    FollowUpKind,
    FollowUpRecord,
    FollowUpSource,
    FollowUpStatus,
    NewFollowUp,
)
from nurse_desk.storage.orm import FollowUpRow


class FollowUpNotFound(LookupError):
    pass


def add(session: Session, follow_up: NewFollowUp, *, now: datetime) -> int:
    row = FollowUpRow(
        pupil_id=follow_up.pupil_id,
        kind=follow_up.kind.value,
        description=follow_up.description,
        due_on=follow_up.due_on,
        due_time=follow_up.due_time,
        responsible=follow_up.responsible,
        source=follow_up.source.value,
        source_id=follow_up.source_id,
        recurrence=follow_up.recurrence,
        status=FollowUpStatus.OPEN.value,
        outcome="",
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def for_pupil(session: Session, pupil_id: int) -> list[FollowUpRecord]:
    rows = session.scalars(
        select(FollowUpRow)
        .where(FollowUpRow.pupil_id == pupil_id)
        .order_by(FollowUpRow.due_on, FollowUpRow.id)
    )
    return [record(row) for row in rows]


def from_source(
    session: Session, source: FollowUpSource, source_id: int, *, pupil_id: int | None = None
) -> list[FollowUpRecord]:
    """`pupil_id` for sources whose id only means something per pupil (an absence flag)."""
    query = select(FollowUpRow).where(
        FollowUpRow.source == source.value, FollowUpRow.source_id == source_id
    )
    if pupil_id is not None:
        query = query.where(FollowUpRow.pupil_id == pupil_id)
    rows = session.scalars(query.order_by(FollowUpRow.due_on, FollowUpRow.id))
    return [record(row) for row in rows]


def record(row: FollowUpRow) -> FollowUpRecord:
    return FollowUpRecord(
        id=row.id,
        pupil_id=row.pupil_id,
        kind=FollowUpKind(row.kind),
        due_on=row.due_on,
        description=row.description,
        due_time=row.due_time,
        responsible=row.responsible,
        source=FollowUpSource(row.source),
        source_id=row.source_id,
        recurrence=row.recurrence,
        status=FollowUpStatus(row.status),
        outcome=row.outcome,
        created_at=row.created_at,
        closed_at=row.closed_at,
    )
