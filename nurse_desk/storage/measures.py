"""The measures catalogue rows and the notes and follow-ups that cite a measure."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nurse_desk.domain.measures import MeasureDraft, MeasureRecord
from nurse_desk.domain.referrals import Removal
from nurse_desk.storage.orm import NoteRow
from nurse_desk.storage.orm_referrals import MeasureFollowUpRow, MeasureNoteRow, MeasureRow


class MeasureNotFound(LookupError):
    pass


def _citations(measure_id):
    notes = select(func.count()).where(MeasureNoteRow.measure_id == measure_id)
    follow_ups = select(func.count()).where(MeasureFollowUpRow.measure_id == measure_id)
    return notes.scalar_subquery() + follow_ups.scalar_subquery()


def all_measures(session: Session, *, include_archived: bool = True) -> list[MeasureRecord]:
    query = select(MeasureRow, _citations(MeasureRow.id)).order_by(MeasureRow.name)
    if not include_archived:
        query = query.where(MeasureRow.archived.is_(False))
    return [_record(row, count) for row, count in session.execute(query)]


def add(session: Session, draft: MeasureDraft) -> int:
    row = MeasureRow(archived=False)
    _copy(row, draft)
    session.add(row)
    session.flush()
    return row.id


def update(session: Session, measure_id: int, draft: MeasureDraft) -> None:
    _copy(_row(session, measure_id), draft)


def by_name(session: Session) -> dict[str, int]:
    return {
        name.casefold(): id_
        for id_, name in session.execute(select(MeasureRow.id, MeasureRow.name))
    }


def remove(session: Session, measure_id: int) -> Removal:
    row = _row(session, measure_id)
    if session.scalar(select(_citations(measure_id))):
        row.archived = True
        return Removal.ARCHIVED
    session.delete(row)
    return Removal.DELETED


def restore(session: Session, measure_id: int) -> None:
    _row(session, measure_id).archived = False


def cite_in_note(session: Session, measure_id: int, note_id: int) -> None:
    _row(session, measure_id)
    if session.get(MeasureNoteRow, (measure_id, note_id)) is None:
        session.add(MeasureNoteRow(measure_id=measure_id, note_id=note_id))
        session.flush()


def cite_in_follow_up(session: Session, measure_id: int, follow_up_id: int) -> None:
    _row(session, measure_id)
    if session.get(MeasureFollowUpRow, (measure_id, follow_up_id)) is None:
        session.add(MeasureFollowUpRow(measure_id=measure_id, follow_up_id=follow_up_id))
        session.flush()


def uncite_in_note(session: Session, measure_id: int, note_id: int) -> None:
    row = session.get(MeasureNoteRow, (measure_id, note_id))
    if row is not None:
        session.delete(row)


def cited_by_note(session: Session, note_ids: list[int]) -> dict[int, list[MeasureRecord]]:
    query = (
        select(MeasureNoteRow.note_id, MeasureRow)
        .join(MeasureRow, MeasureRow.id == MeasureNoteRow.measure_id)
        .where(MeasureNoteRow.note_id.in_(note_ids))
        .order_by(MeasureRow.name)
    )
    result: dict[int, list[MeasureRecord]] = {}
    for note_id, row in session.execute(query):
        result.setdefault(note_id, []).append(_record(row))
    return result


def cited_in_notes_of_pupil(session: Session, pupil_id: int) -> dict[int, list[MeasureRecord]]:
    """The measures every note of the pupil cites, by note, in one query (the pupil's page)."""
    query = (
        select(MeasureNoteRow.note_id, MeasureRow)
        .join(MeasureRow, MeasureRow.id == MeasureNoteRow.measure_id)
        .join(NoteRow, NoteRow.id == MeasureNoteRow.note_id)
        .where(NoteRow.pupil_id == pupil_id)
        .order_by(MeasureRow.name)
    )
    result: dict[int, list[MeasureRecord]] = {}
    for note_id, row in session.execute(query):
        result.setdefault(note_id, []).append(_record(row))
    return result


def cited_by_follow_up(session: Session, follow_up_id: int) -> list[MeasureRecord]:
    query = (
        select(MeasureRow)
        .join(MeasureFollowUpRow, MeasureRow.id == MeasureFollowUpRow.measure_id)
        .where(MeasureFollowUpRow.follow_up_id == follow_up_id)
        .order_by(MeasureRow.name)
    )
    return [_record(row) for row in session.scalars(query)]


def _row(session: Session, measure_id: int) -> MeasureRow:
    row = session.get(MeasureRow, measure_id)
    if row is None:
        raise MeasureNotFound(measure_id)
    return row


def _copy(row: MeasureRow, draft: MeasureDraft) -> None:
    row.name = draft.name
    row.target_group = draft.target_group
    row.description = draft.description
    row.link = draft.link


def _record(row: MeasureRow, citations: int = 0) -> MeasureRecord:
    return MeasureRecord(
        row.id, row.name, row.target_group, row.description, row.link, row.archived, citations
    )
