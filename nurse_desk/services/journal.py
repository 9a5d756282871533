"""Health-conversation notes: drafts saved as the nurse types, signing, amendments, search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from nurse_desk.domain import unsigned_drafts
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.access_log_details import DetailKind
from nurse_desk.domain.journal import (
    MissingReason,
    NoteDraft,
    NoteRecord,
    NoteTemplate,
    check_amendment,
    check_occurred,
    check_signable,
)
from nurse_desk.domain.unsigned_drafts import UnsignedDraft, oldest_allowed
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import access_log, pupils
from nurse_desk.storage import journal as notes
from nurse_desk.storage.vault import Vault


def save_draft(
    vault: Vault, draft: NoteDraft, *, note_id: int | None = None, now: datetime | None = None
) -> NoteRecord:
    """Create or update a draft in one transaction; refuses a signed note (NoteLocked).

    A draft may be longer than a note may be signed (see MAX_DRAFT_TEXT): it is kept as typed.
    """
    draft.check()
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        if note_id is None:
            row = notes.add_draft(work.session, draft, now=now)
        else:
            row = notes.update_draft(work.session, note_id, draft, now=now)
        return notes.record(row)


def delete_draft(vault: Vault, note_id: int) -> None:
    """Only a draft can be deleted; a signed note stays (NoteLocked). Discarding a draft is
    logged: what was written about a pupil and thrown away unsigned is on record as such."""
    with unit_of_work(vault) as work:
        pupil_id = notes.delete_draft(work.session, note_id)
        work.log(
            action=AccessAction.DISCARD_DRAFT,
            pupil_id=pupil_id,
            detail=f"note {note_id}",
        )


def sign_note(vault: Vault, note_id: int, *, now: datetime | None = None) -> NoteRecord:
    """Lock the note for good, stamped with the author from Settings, and log it.

    A draft longer than the signing limits is refused (TextTooLong) and stays a draft, as does
    one dated after today or before the pupil was born (NoteDateOutOfRange)."""
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        author = work.author
        note = notes.record(notes.get_row(work.session, note_id))
        check_signable(note)
        born = pupils.get_pupil(work.session, note.pupil_id).birth_date
        check_occurred(note.occurred_at, born, now)
        row = notes.sign(work.session, note_id, author, now=now)
        access_log.append(
            work.session,
            actor=author.name,
            action=AccessAction.SIGN,
            pupil_id=row.pupil_id,
            detail=f"note {note_id}",
            at=now,
        )
        return notes.record(row)


def amend_note(
    vault: Vault, note_id: int, *, reason: str, text: str, now: datetime | None = None
) -> NoteRecord:
    """Add a correction to a signed note; the original stays as it was."""
    check_amendment(reason, text)
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        author = work.author
        row = notes.amend(work.session, note_id, author, reason.strip(), text, now=now)
        access_log.append(
            work.session,
            actor=author.name,
            action=AccessAction.AMEND,
            pupil_id=row.pupil_id,
            detail=f"note {note_id}",
            at=now,
        )
        return notes.record(row)


def get_note(vault: Vault, note_id: int) -> NoteRecord:
    with unit_of_work(vault) as work:
        return notes.record(notes.get_row(work.session, note_id))


def notes_of_pupil(vault: Vault, pupil_id: int) -> list[NoteRecord]:
    with unit_of_work(vault) as work:
        return notes.notes_of_pupil(work.session, pupil_id)


def has_search_words(query: str) -> bool:
    """Whether the query holds anything to search for (letters or digits, not only signs)."""
    return bool(notes.fts_query(query))


@dataclass(frozen=True, slots=True)
class NoteSearch:
    hits: list[notes.SearchHit]
    more: bool  # more notes match than `hits` holds (the list was cut at the limit)


def search_notes(
    vault: Vault, query: str, *, limit: int = 200, logged: set[int] | None = None
) -> list[notes.SearchHit]:
    """The notes matching every word, at most `limit` (see find_notes)."""
    return find_notes(vault, query, limit=limit, logged=logged).hits


def find_notes(
    vault: Vault, query: str, *, limit: int = 200, logged: set[int] | None = None
) -> NoteSearch:
    """The notes matching every word, at most `limit` (those written last), the latest
    conversation first, and whether there were more (one more is read to know). Each pupil
    shown is written to the access log in the same unit of work (the words searched are not;
    nor is the pupil of the note read only to know there were more). Pupils already in
    `logged` (those one search dialog has shown before, as the nurse types on) are not logged
    again; the ones logged now are added to it."""
    with unit_of_work(vault) as work:
        found = notes.search(work.session, query, limit=limit + 1)
        more = len(found) > limit
        hits = sorted(found[:limit], key=lambda hit: (hit.occurred_at, hit.note_id), reverse=True)
        already = logged if logged is not None else set()
        shown = list(dict.fromkeys(hit.pupil_id for hit in hits))
        new = [pupil_id for pupil_id in shown if pupil_id not in already]
        if new:
            access_log.append_for_each(
                work.session,
                actor=work.actor,
                action=AccessAction.SEARCH,
                pupil_ids=new,
                detail=DetailKind.NOTE_SEARCH.value,
            )
        already.update(new)
        return NoteSearch(hits, more)


def note_templates(vault: Vault) -> list[NoteTemplate]:
    with unit_of_work(vault) as work:
        return notes.templates(work.session)


def save_note_template(vault: Vault, template: NoteTemplate) -> int:
    if not template.name.strip():
        raise MissingReason()
    with unit_of_work(vault) as work:
        return notes.save_template(work.session, template)


def delete_note_template(vault: Vault, template_id: int) -> None:
    with unit_of_work(vault) as work:
        notes.delete_template(work.session, template_id)


def late_drafts_in(work: Work, today: date, *, first: int) -> tuple[int, int, list[UnsignedDraft]]:
    """For Today, inside its unit of work: the setting's number of days, how many drafts are
    older than that, and the `first` oldest of them (the line names a few and counts the rest)."""
    days = work.draft_reminder_days
    count, oldest = notes.unsigned_before(work.session, oldest_allowed(today, days), first=first)
    return days, count, unsigned_drafts.late_drafts(oldest, today, days)
