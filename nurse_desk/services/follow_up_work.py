"""Working with follow-ups: plan, edit, complete (with an outcome and, if wanted, a draft note),
snooze and cancel; one date of a recurring follow-up at a time. Also the Follow-ups list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.follow_up_list import FollowUpLine
from nurse_desk.domain.follow_ups import (
    DueFollowUp,
    FollowUpSource,
    FollowUpStatus,
    NewFollowUp,
)
from nurse_desk.domain.journal import NoteDraft, NoteKind, TextTooLong
from nurse_desk.domain.records import PupilRecord, check_planned_day
from nurse_desk.domain.recurrence import (
    OccurrenceChange,
    OccurrenceStatus,
    due_dates,
    last_occurrence,
    occurrences,
    parse_rule,
)
from nurse_desk.services.follow_ups import checked
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import follow_up_details as details
from nurse_desk.storage import follow_ups as follow_up_store
from nurse_desk.storage import journal as note_store
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.vault import Vault

_OPEN = FollowUpStatus.OPEN
MAX_OUTCOME = 1000
_NEXT_DUE_DAYS = 400  # how far ahead the list looks for a recurring follow-up's next date


class FollowUpClosed(NurseDeskError):
    """The follow-up is done or cancelled already; reopen it to change it."""


def validated(follow_up: NewFollowUp) -> NewFollowUp:
    """Description length, a due day within PLANNED_YEARS (PlannedDayOutOfRange) and, for a
    recurring one, a rule the app can expand and end."""
    checked(follow_up)
    check_planned_day(follow_up.due_on, date.today())
    if follow_up.recurrence:
        parse_rule(follow_up.recurrence).check(follow_up.due_on)
    if len(follow_up.responsible) > 200:
        raise TextTooLong("responsible", 200)
    return follow_up


def plan_follow_up(vault: Vault, follow_up: NewFollowUp, *, now: datetime | None = None) -> int:
    """A new follow-up (one-off or recurring); returns its id."""
    with unit_of_work(vault) as work:
        return follow_up_store.add(work.session, validated(follow_up), now=now or datetime.now())


def update_follow_up(vault: Vault, follow_up_id: int, follow_up: NewFollowUp) -> None:
    """What, when, who and the repeat rule of an open follow-up."""
    validated(follow_up)
    with unit_of_work(vault) as work:
        _open_row(work.session, follow_up_id)
        details.update(work.session, follow_up_id, follow_up)


def _open_row(session, follow_up_id: int):
    row = details.get_row(session, follow_up_id)
    if row.status != FollowUpStatus.OPEN.value:
        raise FollowUpClosed()
    return row


def _check_outcome(outcome: str) -> str:
    if len(outcome) > MAX_OUTCOME:
        raise TextTooLong("outcome", MAX_OUTCOME)
    return outcome.strip()


def complete_follow_up(
    vault: Vault,
    follow_up_id: int,
    *,
    outcome: str,
    occurs_on: date | None = None,
    write_note: bool = False,
    now: datetime | None = None,
) -> int | None:
    """Marks the follow-up (or, if recurring, its date `occurs_on`) done with a short outcome.

    With write_note, a draft note (kind "follow-up") starting with the outcome is added in the
    same transaction, for the nurse to finish and sign; returns that note's id.
    A recurring follow-up closes by itself once its last date is done.
    """
    outcome = _check_outcome(outcome)
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        row = _open_row(work.session, follow_up_id)
        if row.recurrence:
            day = occurs_on or row.due_on
            details.record_occurrence(
                work.session,
                OccurrenceChange(follow_up_id, day, OccurrenceStatus.DONE, outcome=outcome),
                now=now,
            )
            if _nothing_left(work.session, row.id, row.recurrence, row.due_on):
                details.close(work.session, follow_up_id, FollowUpStatus.DONE, outcome, now=now)
        else:
            details.close(work.session, follow_up_id, FollowUpStatus.DONE, outcome, now=now)
        if not write_note:
            return None
        draft = NoteDraft(
            pupil_id=row.pupil_id,
            occurred_at=now.replace(second=0, microsecond=0),
            kind=NoteKind.FOLLOW_UP,
            conversation=outcome,
        )
        draft.check()
        return note_store.add_draft(work.session, draft, now=now).id


def _nothing_left(session, follow_up_id: int, rule: str, start: date) -> bool:
    last = last_occurrence(rule, start)
    if last is None:
        return False
    changes = details.occurrence_changes(session, [follow_up_id]).get(follow_up_id, {})
    remaining = due_dates(occurrences(rule, start, start, last), changes, start, date.max)
    return not remaining


def snooze_follow_up(
    vault: Vault, follow_up_id: int, *, to: date, occurs_on: date | None = None
) -> None:
    """Moves the follow-up to another day; for a recurring one, only its date `occurs_on`."""
    with unit_of_work(vault) as work:
        row = _open_row(work.session, follow_up_id)
        if row.recurrence:
            change = OccurrenceChange(
                follow_up_id, occurs_on or row.due_on, OccurrenceStatus.SNOOZED, moved_to=to
            )
            details.record_occurrence(work.session, change, now=datetime.now())
        else:
            details.move(work.session, follow_up_id, to)


def skip_occurrence(vault: Vault, follow_up_id: int, occurs_on: date) -> None:
    """One date of a recurring follow-up will not happen (the pupil is away that week)."""
    with unit_of_work(vault) as work:
        _open_row(work.session, follow_up_id)
        change = OccurrenceChange(follow_up_id, occurs_on, OccurrenceStatus.CANCELLED)
        details.record_occurrence(work.session, change, now=datetime.now())


def cancel_follow_up(
    vault: Vault, follow_up_id: int, *, reason: str = "", now: datetime | None = None
) -> None:
    """The whole follow-up (every future date of a recurring one) is no longer needed."""
    reason = _check_outcome(reason)
    with unit_of_work(vault) as work:
        _open_row(work.session, follow_up_id)
        details.close(
            work.session, follow_up_id, FollowUpStatus.CANCELLED, reason, now=now or datetime.now()
        )


def reopen_follow_up(vault: Vault, follow_up_id: int) -> None:
    with unit_of_work(vault) as work:
        details.reopen(work.session, follow_up_id)


def follow_up_line(vault: Vault, follow_up_id: int) -> FollowUpLine:
    with unit_of_work(vault) as work:
        return details.line(work.session, follow_up_id)


def follow_up_lines(
    vault: Vault, *, status: FollowUpStatus | None = None, today: date | None = None
) -> list[FollowUpLine]:
    """Every follow-up (or those with one status) with pupil and school, for the list.

    Open recurring ones carry the next date still to do; the rest their due date.
    """
    today = today or date.today()
    with unit_of_work(vault) as work:
        lines = details.all_lines(work.session, status)
        recurring = [i for i, line in enumerate(lines) if line.recurrence and _is_open(line)]
        changes = details.occurrence_changes(work.session, [lines[i].id for i in recurring])
    last = today + timedelta(days=_NEXT_DUE_DAYS)
    for i in recurring:  # a few hundred of the thousands: the rest stay as read
        line = lines[i]
        next_on, next_due = _next_pending(line.recurrence, line.due_on, changes.get(line.id), last)
        lines[i] = line._replace(next_due=next_due, next_occurs_on=next_on)
    return lines


def _next_pending(rule: str, start: date, changes, last: date) -> tuple[date | None, date | None]:
    """A recurring follow-up's next date still to do: (original date, day it is due)."""
    pending = due_dates(occurrences(rule, start, start, last), changes or {}, start, last)
    return pending[0] if pending else (None, None)


def open_of_pupil(session: Session, pupil_id: int, today: date) -> list[DueFollowUp]:
    """The pupil's open follow-ups by the next date to do, inside the caller's transaction
    (the pupil's page reads them with everything else it shows)."""
    found = [f for f in follow_up_store.for_pupil(session, pupil_id) if f.status is _OPEN]
    changes = details.occurrence_changes(session, [f.id for f in found if f.is_recurring])
    last = today + timedelta(days=_NEXT_DUE_DAYS)
    result = []
    for follow_up in found:
        next_due: date | None = follow_up.due_on
        if follow_up.is_recurring:
            _, next_due = _next_pending(
                follow_up.recurrence, follow_up.due_on, changes.get(follow_up.id), last
            )
        if next_due is not None:
            result.append(DueFollowUp(follow_up, next_due))
    return sorted(result, key=lambda due: (due.next_due, due.follow_up.id))


def _is_open(line: FollowUpLine) -> bool:
    return line.status is _OPEN


def pupil_of(vault: Vault, pupil_id: int) -> PupilRecord:
    """The pupil a follow-up is about (for the note editor's title; the page opening is what
    the access log records)."""
    with unit_of_work(vault) as work:
        return pupil_store.get_pupil(work.session, pupil_id)


def note_needs_follow_up(vault: Vault, note_id: int) -> bool:
    """The note says "follow-up needed" and no follow-up has been planned from it yet."""
    with unit_of_work(vault) as work:
        note = note_store.get_row(work.session, note_id)
        return bool(note.follow_up_needed) and not details.planned_from_note(work.session, note_id)


def follow_up_from_note(vault: Vault, note_id: int, follow_up: NewFollowUp) -> int:
    """Plans a follow-up linked to the note it came from (one step from the note)."""
    with unit_of_work(vault) as work:
        note = note_store.get_row(work.session, note_id)
        linked = replace(
            follow_up, pupil_id=note.pupil_id, source=FollowUpSource.NOTE, source_id=note_id
        )
        return follow_up_store.add(work.session, validated(linked), now=datetime.now())
