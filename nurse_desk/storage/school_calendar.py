"""The school's closed periods (breaks) the nurse entered."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.domain.school_calendar import ClosedPeriod
from nurse_desk.storage.orm_follow_ups import SchoolClosedPeriodRow


def closed_periods(session: Session) -> list[ClosedPeriod]:
    rows = session.scalars(
        select(SchoolClosedPeriodRow).order_by(
            SchoolClosedPeriodRow.first_day, SchoolClosedPeriodRow.id
        )
    )
    return [ClosedPeriod(row.id, row.name, row.first_day, row.last_day) for row in rows]


def save_closed_period(session: Session, period: ClosedPeriod) -> int:
    """Adds the period (id 0) or updates the one with its id."""
    row = session.get(SchoolClosedPeriodRow, period.id) if period.id else None
    if row is None:
        row = SchoolClosedPeriodRow()
        session.add(row)
    row.name, row.first_day, row.last_day = period.name.strip(), period.first_day, period.last_day
    session.flush()
    return row.id


def delete_closed_period(session: Session, period_id: int) -> None:
    row = session.get(SchoolClosedPeriodRow, period_id)
    if row is not None:
        session.delete(row)
        session.flush()
