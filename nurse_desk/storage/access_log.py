"""Appending to and reading the hash-chained access log (append-only by trigger)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.domain.access_log import GENESIS, AccessAction, AccessEntry, chain_hash
from nurse_desk.storage.orm import AccessLogRow


def append(
    session: Session,
    *,
    actor: str,
    action: AccessAction,
    pupil_id: int | None,
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Inside the caller's transaction, so the entry and the act it records commit together.

    `detail` holds ids and kinds only (e.g. "note 12"), never health text.
    """
    at = at or datetime.now()
    previous = session.scalar(select(AccessLogRow.hash).order_by(AccessLogRow.id.desc()).limit(1))
    digest = chain_hash(previous or GENESIS, at, actor, action.value, pupil_id, detail)
    session.add(
        AccessLogRow(
            at=at, actor=actor, action=action.value, pupil_id=pupil_id, detail=detail, hash=digest
        )
    )
    session.flush()


def append_import(session: Session, *, actor: str, detail: str) -> None:
    """An import or bulk change touches many pupils: one entry with counts, no pupil, no names."""
    append(session, actor=actor, action=AccessAction.IMPORT, pupil_id=None, detail=detail)


def entries(
    session: Session,
    *,
    pupil_id: int | None = None,
    action: AccessAction | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[AccessEntry]:
    query = select(AccessLogRow).order_by(AccessLogRow.id)
    if pupil_id is not None:
        query = query.where(AccessLogRow.pupil_id == pupil_id)
    if action is not None:
        query = query.where(AccessLogRow.action == action.value)
    if since is not None:
        query = query.where(AccessLogRow.at >= since)
    if until is not None:
        query = query.where(AccessLogRow.at < until)
    if limit is not None:
        query = query.order_by(None).order_by(AccessLogRow.id.desc()).limit(limit)
    rows = session.scalars(query).all()
    result = [_record(row) for row in rows]
    return sorted(result, key=lambda entry: entry.id)


def _record(row: AccessLogRow) -> AccessEntry:
    return AccessEntry(
        row.id, row.at, row.actor, AccessAction(row.action), row.pupil_id, row.detail, row.hash
    )
