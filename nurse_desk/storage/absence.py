"""Absence entries: saved in bulk (an import is one transaction) and read back for analysis."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.storage.orm import AbsenceEntryRow

_COLUMNS = (
    AbsenceEntryRow.pupil_id,
    AbsenceEntryRow.day,
    AbsenceEntryRow.period,
    AbsenceEntryRow.subject,
    AbsenceEntryRow.lessons,
    AbsenceEntryRow.hours,
    AbsenceEntryRow.reported,
    AbsenceEntryRow.excused,
    AbsenceEntryRow.reason,
)


def save_entries(session: Session, entries: Iterable[AbsenceEntry]) -> int:
    """Insert or update by (pupil, day, period, subject): a re-import never double counts.

    Runs inside the caller's transaction; returns how many entries were given.
    """
    values = [
        {
            "pupil_id": e.pupil_id,
            "day": e.day,
            "period": e.period,
            "subject": e.subject,
            "lessons": e.lessons,
            "hours": e.hours,
            "reported": e.reported,
            "excused": e.excused,
            "reason": e.reason,
        }
        for e in entries
    ]
    if not values:
        return 0
    statement = insert(AbsenceEntryRow)
    statement = statement.on_conflict_do_update(
        index_elements=["pupil_id", "day", "period", "subject"],
        set_={
            name: statement.excluded[name]
            for name in ("lessons", "hours", "reported", "excused", "reason")
        },
    )
    session.execute(statement, values)
    return len(values)


def entries(
    session: Session, *, pupil_id: int | None = None, since: date | None = None
) -> list[AbsenceEntry]:
    """Plain tuples, not ORM objects: a school year is ~200,000 rows."""
    query = select(*_COLUMNS).order_by(AbsenceEntryRow.pupil_id, AbsenceEntryRow.day)
    if pupil_id is not None:
        query = query.where(AbsenceEntryRow.pupil_id == pupil_id)
    if since is not None:
        query = query.where(AbsenceEntryRow.day >= since)
    return [AbsenceEntry(*row) for row in session.execute(query)]
