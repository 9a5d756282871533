"""Acknowledged absence flags, and the per-school subject totals the subject pattern uses."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, not_, or_, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from nurse_desk.storage.orm import AbsenceEntryRow, PupilRow
from nurse_desk.storage.orm_absence import AbsenceAcknowledgementRow


def acknowledgements(session: Session, pupil_id: int | None = None) -> dict[tuple[int, str], str]:
    """(pupil, pattern kind) -> fingerprint of the pattern as it was when acknowledged."""
    query = select(
        AbsenceAcknowledgementRow.pupil_id,
        AbsenceAcknowledgementRow.kind,
        AbsenceAcknowledgementRow.fingerprint,
    )
    if pupil_id is not None:
        query = query.where(AbsenceAcknowledgementRow.pupil_id == pupil_id)
    return {(pid, kind): fingerprint for pid, kind, fingerprint in session.execute(query).all()}


def acknowledge(
    session: Session, *, pupil_id: int, kind: str, fingerprint: str, reason: str, at: datetime
) -> None:
    """One acknowledgement per pupil and pattern; a newer one replaces the older."""
    statement = insert(AbsenceAcknowledgementRow).values(
        pupil_id=pupil_id, kind=kind, fingerprint=fingerprint, reason=reason, acknowledged_at=at
    )
    statement = statement.on_conflict_do_update(
        index_elements=["pupil_id", "kind"],
        set_={
            "fingerprint": statement.excluded.fingerprint,
            "reason": statement.excluded.reason,
            "acknowledged_at": statement.excluded.acknowledged_at,
        },
    )
    session.execute(statement)


def lessons_by_subject(
    session: Session, *, school_id: int, since: date, include_excused: bool
) -> dict[str, float]:
    """subject -> missed lessons since `since` at one school (one grouped query)."""
    query = (
        select(AbsenceEntryRow.subject, func.sum(AbsenceEntryRow.lessons))
        .join(PupilRow, PupilRow.id == AbsenceEntryRow.pupil_id)
        .where(
            PupilRow.school_id == school_id,
            AbsenceEntryRow.day >= since,
            AbsenceEntryRow.subject != "",
        )
        .group_by(AbsenceEntryRow.subject)
    )
    if not include_excused:
        query = query.where(not_(or_(AbsenceEntryRow.reported, AbsenceEntryRow.excused)))
    return {subject: float(lessons or 0.0) for subject, lessons in session.execute(query)}


def pupil_schools(session: Session) -> dict[int, int]:
    """pupil id -> school id."""
    return {
        pid: school
        for pid, school in session.execute(select(PupilRow.id, PupilRow.school_id)).all()
    }
