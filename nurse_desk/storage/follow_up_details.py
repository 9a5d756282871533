"""Editing, closing and moving follow-ups, the occurrences of recurring ones, and the plain-column
queries behind the agenda and the Follow-ups list (thousands of rows, so no ORM objects)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from nurse_desk.domain.follow_up_list import FollowUpLine
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus, NewFollowUp
from nurse_desk.domain.recurrence import OccurrenceChange, OccurrenceStatus
from nurse_desk.storage.follow_ups import FollowUpNotFound
from nurse_desk.storage.orm import FollowUpRow
from nurse_desk.storage.orm_follow_ups import FollowUpOccurrenceRow

# Plain SQL on the session's own connection's cursor: 20,000 rows per reload of the list, so
# neither ORM loading nor SQLAlchemy's result rows (a third of the time), and dates arrive as
# their ISO text, parsed here.
_LINES = """
    SELECT f.id, f.pupil_id, p.given_name, p.family_name, p.birth_date, s.name, p.class_name,
           f.kind, f.description, f.due_on, f.due_time, f.responsible, f.recurrence, f.status,
           f.outcome, f.source
    FROM follow_up AS f {index}
    JOIN pupil AS p ON p.id = f.pupil_id
    JOIN school AS s ON s.id = p.school_id
    {where}
    ORDER BY f.due_on, f.id
"""
# The open ones read their own partial covering index, in this order (see _OPEN_FOR_AGENDA).
# Done or all: the planner's choice was measured and kept. All walks ix_follow_up_due_on in
# order (no sort); done reads ix_follow_up_status and sorts, as fast as a scan of the table
# when most are done (late in the year) and faster while few are.
# (The status written out: SQLite uses a partial index only where it can see its condition.)
_OPEN_LINES = _LINES.format(
    index="INDEXED BY ix_follow_up_open", where="WHERE f.status = 'open' AND ? = 'open'"
)
_LINES_OF_STATUS = _LINES.format(index="", where="WHERE f.status = ?")
_EVERY_LINE = _LINES.format(index="", where="")
_ONE_LINE = _LINES.format(index="", where="WHERE f.id = ?")


def _lines(session: Session, sql: str, parameters: tuple = ()) -> list[FollowUpLine]:
    cursor = session.connection().connection.cursor()  # the session's own keyed connection
    try:
        rows = cursor.execute(sql, parameters).fetchall()
    finally:
        cursor.close()
    kinds = {k.value: k for k in FollowUpKind}
    statuses = {s.value: s for s in FollowUpStatus}
    sources = {s.value: s for s in FollowUpSource}
    day, moment, open_ = date.fromisoformat, time.fromisoformat, FollowUpStatus.OPEN.value
    new, line = tuple.__new__, FollowUpLine
    lines = []
    for (
        id_,
        pupil_id,
        given,
        family,
        born,
        school,
        class_name,
        kind,
        description,
        due_on,
        due_time,
        responsible,
        recurrence,
        status,
        outcome,
        source,
    ) in rows:
        due = day(due_on)
        next_due = due if status == open_ else None  # a recurring one's is set by the service
        lines.append(
            new(
                line,
                (
                    id_,
                    pupil_id,
                    given,
                    family,
                    day(born),
                    school,
                    class_name,
                    kinds[kind],
                    description,
                    due,
                    moment(due_time) if due_time else None,
                    responsible,
                    recurrence,
                    statuses[status],
                    outcome,
                    sources[source],
                    next_due,
                    next_due,
                ),
            )
        )
    return lines  # fmt: skip


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
    if status is None:
        return _lines(session, _EVERY_LINE)
    sql = _OPEN_LINES if status is FollowUpStatus.OPEN else _LINES_OF_STATUS
    return _lines(session, sql, (status.value,))


def line(session: Session, follow_up_id: int) -> FollowUpLine:
    found = _lines(session, _ONE_LINE, (follow_up_id,))
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
    for follow_up_id, occurs_on, status, moved_to, outcome in session.execute(_OPEN_CHANGES).all():
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
        for follow_up_id, occurs_on, status, moved_to, outcome in session.execute(query).all():
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
