"""Editing, closing and moving follow-ups, the occurrences of recurring ones, and the plain-column
queries behind the agenda and the Follow-ups list (thousands of rows, so no ORM objects)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time

from sqlalchemy import String, select, text, type_coerce
from sqlalchemy.orm import Session

from nurse_desk.domain.follow_up_list import FollowUpLine
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus, NewFollowUp
from nurse_desk.domain.recurrence import OccurrenceChange, OccurrenceStatus
from nurse_desk.storage.follow_ups import FollowUpNotFound
from nurse_desk.storage.orm import FollowUpRow, PupilRow, SchoolRow
from nurse_desk.storage.orm_follow_ups import FollowUpOccurrenceRow

_LINE_COLUMNS = (
    FollowUpRow.id,
    FollowUpRow.pupil_id,
    PupilRow.given_name,
    PupilRow.family_name,
    type_coerce(PupilRow.birth_date, String),  # ISO text, parsed below (20,000 rows)
    SchoolRow.name,
    PupilRow.class_name,
    FollowUpRow.kind,
    FollowUpRow.description,
    type_coerce(FollowUpRow.due_on, String),
    type_coerce(FollowUpRow.due_time, String),
    FollowUpRow.responsible,
    FollowUpRow.recurrence,
    FollowUpRow.status,
    FollowUpRow.outcome,
    FollowUpRow.source,
)


def _lines(session: Session, *conditions, open_only: bool = False) -> list[FollowUpLine]:
    query = (
        select(*_LINE_COLUMNS)
        .join(PupilRow, PupilRow.id == FollowUpRow.pupil_id)
        .join(SchoolRow, SchoolRow.id == PupilRow.school_id)
        .where(*conditions)
        .order_by(FollowUpRow.due_on, FollowUpRow.id)
    )
    if open_only:  # the open ones' own index, in this order (see _OPEN_FOR_AGENDA)
        query = query.with_hint(FollowUpRow, "INDEXED BY ix_follow_up_open", "sqlite")
    kinds = {k.value: k for k in FollowUpKind}
    statuses = {s.value: s for s in FollowUpStatus}
    sources = {s.value: s for s in FollowUpSource}
    day, moment, open_ = date.fromisoformat, time.fromisoformat, FollowUpStatus.OPEN.value
    lines = []
    for row in session.connection().execute(query).all():
        due = day(row[9])
        next_due = due if row[13] == open_ else None  # a recurring one's is set by the service
        lines.append(
            FollowUpLine(
                *row[:4], day(row[4]), row[5], row[6], kinds[row[7]], row[8], due,
                moment(row[10]) if row[10] else None, row[11], row[12], statuses[row[13]],
                row[14], sources[row[15]], next_due, next_due,
            )
        )  # fmt: skip
    return lines


# Written out so SQLite reads the partial covering index of the open follow-ups (orm_follow_ups
# OPEN_INDEX): without statistics its planner prefers ix_follow_up_status and then visits
# (and decrypts) the table's pages, several times slower at 20,000 follow-ups.
_OPEN_FOR_AGENDA = text(
    """
    SELECT f.id, f.pupil_id, p.given_name, p.family_name, p.birth_date, s.name, p.class_name,
           f.kind, f.description, f.due_on, f.due_time, f.responsible, f.recurrence
    FROM follow_up AS f INDEXED BY ix_follow_up_open
    JOIN pupil AS p ON p.id = f.pupil_id
    JOIN school AS s ON s.id = p.school_id
    WHERE f.status = 'open' AND f.due_on <= :last
    """
)


def open_for_agenda(session: Session, last: date) -> list[tuple]:
    """Open follow-ups the agenda may show, as plain tuples: one-offs due by `last` (overdue
    ones however old) and recurring ones started by then (the caller expands their dates).

    (id, pupil_id, given, family, birth year, school, class, kind, description, due_on,
    due_time, responsible, recurrence). Dates arrive as their ISO text and are parsed here:
    thousands of rows per refresh, so neither ORM loading nor per-row type processors.
    """
    day, moment = date.fromisoformat, time.fromisoformat
    rows = session.execute(_OPEN_FOR_AGENDA, {"last": last.isoformat()}).all()
    return [
        (*row[:4], int(row[4][:4]), *row[5:9], day(row[9]), moment(row[10]) if row[10] else None,
         row[11], row[12])
        for row in rows
    ]  # fmt: skip


def all_lines(session: Session, status: FollowUpStatus | None = None) -> list[FollowUpLine]:
    if status is FollowUpStatus.OPEN:
        return _lines(session, FollowUpRow.status == status.value, open_only=True)
    return _lines(session, *(() if status is None else (FollowUpRow.status == status.value,)))


def line(session: Session, follow_up_id: int) -> FollowUpLine:
    found = _lines(session, FollowUpRow.id == follow_up_id)
    if not found:
        raise FollowUpNotFound(follow_up_id)
    return found[0]


def _row(session: Session, follow_up_id: int) -> FollowUpRow:
    row = session.get(FollowUpRow, follow_up_id)
    if row is None:
        raise FollowUpNotFound(follow_up_id)
    return row


def update(session: Session, follow_up_id: int, follow_up: NewFollowUp) -> FollowUpRow:
    """What, when, who and the repeat rule; the pupil and where it came from stay."""
    row = _row(session, follow_up_id)
    row.kind = follow_up.kind.value
    row.description = follow_up.description
    row.due_on = follow_up.due_on
    row.due_time = follow_up.due_time
    row.responsible = follow_up.responsible
    row.recurrence = follow_up.recurrence
    session.flush()
    return row


def close(
    session: Session, follow_up_id: int, status: FollowUpStatus, outcome: str, *, now: datetime
) -> FollowUpRow:
    row = _row(session, follow_up_id)
    row.status, row.outcome, row.closed_at = status.value, outcome, now
    session.flush()
    return row


def reopen(session: Session, follow_up_id: int) -> FollowUpRow:
    row = _row(session, follow_up_id)
    row.status, row.closed_at = FollowUpStatus.OPEN.value, None
    session.flush()
    return row


def move(session: Session, follow_up_id: int, due_on: date) -> FollowUpRow:
    row = _row(session, follow_up_id)
    row.due_on = due_on
    session.flush()
    return row


def get_row(session: Session, follow_up_id: int) -> FollowUpRow:
    return _row(session, follow_up_id)


def record_occurrence(session: Session, change: OccurrenceChange, *, now: datetime) -> None:
    """One date of a recurring follow-up done, cancelled or moved; a second change to the
    same date replaces the first (snoozed, then done)."""
    row = session.scalar(
        select(FollowUpOccurrenceRow).where(
            FollowUpOccurrenceRow.follow_up_id == change.follow_up_id,
            FollowUpOccurrenceRow.occurs_on == change.occurs_on,
        )
    )
    if row is None:
        row = FollowUpOccurrenceRow(follow_up_id=change.follow_up_id, occurs_on=change.occurs_on)
        session.add(row)
    row.status = change.status.value
    row.moved_to = change.moved_to
    row.outcome = change.outcome
    row.closed_at = None if change.status is OccurrenceStatus.SNOOZED else now
    session.flush()


_OPEN_CHANGES = text(
    """
    SELECT o.follow_up_id, o.occurs_on, o.status, o.moved_to, o.outcome
    FROM follow_up AS f INDEXED BY ix_follow_up_open
    JOIN follow_up_occurrence AS o ON o.follow_up_id = f.id
    WHERE f.status = 'open' AND f.recurrence != ''
    """
)


def open_occurrence_changes(session: Session) -> dict[int, dict[date, OccurrenceChange]]:
    """The recorded changes of every open recurring follow-up (for the agenda, in one read
    without a long list of ids)."""
    day = date.fromisoformat
    statuses = {status.value: status for status in OccurrenceStatus}
    result: dict[int, dict[date, OccurrenceChange]] = defaultdict(dict)
    for follow_up_id, occurs_on, status, moved_to, outcome in session.execute(_OPEN_CHANGES):
        on = day(occurs_on)
        moved = day(moved_to) if moved_to else None
        result[follow_up_id][on] = OccurrenceChange(
            follow_up_id, on, statuses[status], moved, outcome
        )
    return result


def occurrence_changes(
    session: Session, follow_up_ids: Iterable[int]
) -> dict[int, dict[date, OccurrenceChange]]:
    """Every recorded change of the given follow-ups, by follow-up and original date."""
    ids = list(follow_up_ids)
    result: dict[int, dict[date, OccurrenceChange]] = defaultdict(dict)
    for start in range(0, len(ids), 500):  # SQLite caps the number of bound parameters
        query = select(
            FollowUpOccurrenceRow.follow_up_id,
            FollowUpOccurrenceRow.occurs_on,
            FollowUpOccurrenceRow.status,
            FollowUpOccurrenceRow.moved_to,
            FollowUpOccurrenceRow.outcome,
        ).where(FollowUpOccurrenceRow.follow_up_id.in_(ids[start : start + 500]))
        for follow_up_id, occurs_on, status, moved_to, outcome in session.execute(query):
            result[follow_up_id][occurs_on] = OccurrenceChange(
                follow_up_id, occurs_on, OccurrenceStatus(status), moved_to, outcome
            )
    return result


def planned_from_note(session: Session, note_id: int) -> bool:
    """Whether a note already has a follow-up that was not cancelled."""
    found = session.scalar(
        select(FollowUpRow.id).where(
            FollowUpRow.source == FollowUpSource.NOTE.value,
            FollowUpRow.source_id == note_id,
            FollowUpRow.status != FollowUpStatus.CANCELLED.value,
        )
    )
    return found is not None
