"""Notes, their topics and amendments, templates, and full-text search inside the vault."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from nurse_desk.domain.journal import (
    AmendmentRecord,
    Author,
    NoteDraft,
    NoteKind,
    NoteLocked,
    NoteRecord,
    NoteTemplate,
    Topic,
    check_unsigned,
)
from nurse_desk.domain.unsigned_drafts import UnsignedDraft
from nurse_desk.storage.orm import AmendmentRow, NoteRow, NoteTemplateRow, NoteTopicRow, PupilRow


class NoteNotFound(LookupError):
    pass


def get_row(session: Session, note_id: int) -> NoteRow:
    row = session.get(
        NoteRow, note_id, options=[selectinload(NoteRow.topics), selectinload(NoteRow.amendments)]
    )
    if row is None:
        raise NoteNotFound(note_id)
    return row


def add_draft(session: Session, draft: NoteDraft, *, now: datetime) -> NoteRow:
    row = NoteRow(pupil_id=draft.pupil_id, updated_at=now, signed_by="", signed_title="")
    _copy_draft(row, draft)
    session.add(row)
    session.flush()
    return row


def update_draft(session: Session, note_id: int, draft: NoteDraft, *, now: datetime) -> NoteRow:
    row = get_row(session, note_id)
    check_unsigned(row.signed_at)
    _copy_draft(row, draft)
    row.updated_at = now
    _flush_or_locked(session)
    return row


def delete_draft(session: Session, note_id: int) -> int:
    row = get_row(session, note_id)
    check_unsigned(row.signed_at)
    pupil_id = row.pupil_id
    session.delete(row)
    _flush_or_locked(session)
    return pupil_id


def sign(session: Session, note_id: int, author: Author, *, now: datetime) -> NoteRow:
    row = get_row(session, note_id)
    check_unsigned(row.signed_at)
    row.signed_at, row.signed_by, row.signed_title = now, author.name, author.title
    _flush_or_locked(session)
    return row


def amend(
    session: Session, note_id: int, author: Author, reason: str, body: str, *, now: datetime
) -> NoteRow:
    row = get_row(session, note_id)
    session.add(
        AmendmentRow(
            note_id=note_id,
            written_at=now,
            author=author.name,
            author_title=author.title,
            reason=reason,
            text=body,
        )
    )
    _flush_or_locked(session)
    session.refresh(row, ["amendments"])
    return row


def _copy_draft(row: NoteRow, draft: NoteDraft) -> None:
    row.occurred_at = draft.occurred_at
    row.kind = draft.kind.value
    row.participants = draft.participants
    row.conversation = draft.conversation
    row.assessment = draft.assessment
    row.actions = draft.actions
    row.follow_up_needed = draft.follow_up_needed
    wanted = {topic.value for topic in draft.topics}
    row.topics = [t for t in row.topics if t.topic in wanted] + [
        NoteTopicRow(topic=value) for value in sorted(wanted - {t.topic for t in row.topics})
    ]


def _flush_or_locked(session: Session) -> None:
    """The database's own triggers are the last word on locked notes."""
    try:
        session.flush()
    except IntegrityError as error:
        if "signed note is locked" in str(error.orig) or "only a signed" in str(error.orig):
            raise NoteLocked() from None
        raise


def record(row: NoteRow) -> NoteRecord:
    return NoteRecord(
        id=row.id,
        pupil_id=row.pupil_id,
        occurred_at=row.occurred_at,
        kind=NoteKind(row.kind),
        topics=frozenset(Topic(t.topic) for t in row.topics),
        participants=row.participants,
        conversation=row.conversation,
        assessment=row.assessment,
        actions=row.actions,
        follow_up_needed=row.follow_up_needed,
        signed_at=row.signed_at,
        signed_by=row.signed_by,
        signed_title=row.signed_title,
        amendments=tuple(
            AmendmentRecord(a.id, a.written_at, a.author, a.author_title, a.reason, a.text)
            for a in row.amendments
        ),
    )


def notes_of_pupil(session: Session, pupil_id: int) -> list[NoteRecord]:
    """The pupil's notes, latest conversation first, with topics and amendments: three
    queries of plain columns (a busy pupil has a hundred notes; ORM rows and their state cost
    more than the reading)."""
    connection = session.connection()
    rows = connection.execute(
        select(*_NOTE_COLUMNS)
        .where(NoteRow.pupil_id == pupil_id)
        .order_by(NoteRow.occurred_at.desc())
    ).all()
    of_pupil = select(NoteRow.id).where(NoteRow.pupil_id == pupil_id)
    topics: dict[int, set[Topic]] = {}
    for note_id, topic in connection.execute(
        select(NoteTopicRow.note_id, NoteTopicRow.topic).where(NoteTopicRow.note_id.in_(of_pupil))
    ).all():
        topics.setdefault(note_id, set()).add(Topic(topic))
    amendments: dict[int, list[AmendmentRecord]] = {}
    for note_id, *amendment in connection.execute(
        select(
            AmendmentRow.note_id,
            AmendmentRow.id,
            AmendmentRow.written_at,
            AmendmentRow.author,
            AmendmentRow.author_title,
            AmendmentRow.reason,
            AmendmentRow.text,
        )
        .where(AmendmentRow.note_id.in_(of_pupil))
        .order_by(AmendmentRow.id)
    ):
        amendments.setdefault(note_id, []).append(AmendmentRecord(*amendment))
    return [
        NoteRecord(
            id=note_id,
            pupil_id=pupil,
            occurred_at=occurred_at,
            kind=NoteKind(kind),
            topics=frozenset(topics.get(note_id, ())),
            participants=participants,
            conversation=conversation,
            assessment=assessment,
            actions=actions,
            follow_up_needed=follow_up_needed,
            signed_at=signed_at,
            signed_by=signed_by,
            signed_title=signed_title,
            amendments=tuple(amendments.get(note_id, ())),
        )
        for (
            note_id, pupil, occurred_at, kind, participants, conversation, assessment, actions,
            follow_up_needed, signed_at, signed_by, signed_title,
        ) in rows
    ]  # fmt: skip


_NOTE_COLUMNS = (
    NoteRow.id,
    NoteRow.pupil_id,
    NoteRow.occurred_at,
    NoteRow.kind,
    NoteRow.participants,
    NoteRow.conversation,
    NoteRow.assessment,
    NoteRow.actions,
    NoteRow.follow_up_needed,
    NoteRow.signed_at,
    NoteRow.signed_by,
    NoteRow.signed_title,
)


@dataclass(frozen=True, slots=True)
class SearchHit:
    note_id: int
    pupil_id: int
    pupil_name: str
    occurred_at: datetime
    snippet: str  # with \x02 … \x03 around the matched words, for the view to highlight


def search(session: Session, query: str, *, limit: int = 200) -> list[SearchHit]:
    """FTS5 over every note; the query is quoted word by word so no FTS syntax can break it.

    The `limit` notes written last that match, the last written first. Not ranked by
    relevance: a common word matches a fifth of a year's notes (10,000 of 50,000), ranking
    them all took 27 ms of the search's 32, and among short notes that all name the word once
    the ranking says little; the latest notes are the ones a nurse looks for, and another
    word narrows the search."""
    match = fts_query(query)
    if not match:
        return []
    rows = session.execute(
        text(
            "SELECT note.id, note.pupil_id, pupil.given_name || ' ' || pupil.family_name, "
            "note.occurred_at, snippet(note_fts, -1, char(2), char(3), '…', 12) "
            "FROM note_fts JOIN note ON note.id = note_fts.rowid "
            "JOIN pupil ON pupil.id = note.pupil_id "
            "WHERE note_fts MATCH :match ORDER BY note_fts.rowid DESC LIMIT :limit"
        ),
        {"match": match, "limit": limit},
    )
    return [
        SearchHit(note_id, pupil_id, name, _as_datetime(occurred), snippet)
        for note_id, pupil_id, name, occurred, snippet in rows
    ]


def fts_query(query: str) -> str:
    """Each word as a quoted prefix term: `søvn skol` finds 'søvnvansker' at 'skolen'.

    Only what the unicode61 tokenizer keeps (letters, digits, marks, private use) goes inside
    the quotes; everything else becomes a space, as the tokenizer would make it. So no FTS5
    syntax survives (quotes, `*`, `-`, `^`, `:`, parentheses, NEAR is a plain word in quotes),
    nor a NUL, which ends the query early inside SQLite ("unterminated string")."""
    phrases = ("".join(map(_token_char, word)).split() for word in query.split())
    return " ".join(f'"{" ".join(phrase)}"*' for phrase in phrases if phrase)


_TOKEN_CATEGORIES = ("L", "N", "M", "Co")


def _token_char(char: str) -> str:
    return char if unicodedata.category(char).startswith(_TOKEN_CATEGORIES) else " "


def _as_datetime(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def templates(session: Session) -> list[NoteTemplate]:
    rows = session.scalars(select(NoteTemplateRow).order_by(NoteTemplateRow.name))
    return [
        NoteTemplate(
            row.id,
            row.name,
            NoteKind(row.kind),
            frozenset(Topic(t) for t in row.topics.split(",") if t),
            row.conversation,
            row.assessment,
            row.actions,
        )
        for row in rows
    ]


def save_template(session: Session, template: NoteTemplate) -> int:
    """By name: saving under an existing name replaces that template."""
    row = session.scalar(select(NoteTemplateRow).where(NoteTemplateRow.name == template.name))
    if row is None:
        row = NoteTemplateRow(name=template.name)
        session.add(row)
    row.kind = template.kind.value
    row.topics = ",".join(sorted(t.value for t in template.topics))
    row.conversation, row.assessment, row.actions = (
        template.conversation,
        template.assessment,
        template.actions,
    )
    session.flush()
    return row.id


def delete_template(session: Session, template_id: int) -> None:
    row = session.get(NoteTemplateRow, template_id)
    if row is not None:
        session.delete(row)
        session.flush()


def unsigned_before(
    session: Session, moment: datetime, *, first: int
) -> tuple[int, list[UnsignedDraft]]:
    """How many drafts are about conversations before `moment`, and the `first` oldest of them
    with the pupil's name. The partial index on unsigned notes keeps this a read of the drafts
    only, however many notes are signed, and the count is read from the index alone."""
    late = (NoteRow.signed_at.is_(None), NoteRow.occurred_at < moment)
    count = session.scalar(select(func.count()).select_from(NoteRow).where(*late))
    rows = session.execute(
        select(
            NoteRow.id,
            NoteRow.pupil_id,
            PupilRow.given_name,
            PupilRow.family_name,
            NoteRow.occurred_at,
        )
        .join(PupilRow, PupilRow.id == NoteRow.pupil_id)
        .where(*late)
        .order_by(NoteRow.occurred_at, NoteRow.id)
        .limit(first)
    )
    return count or 0, [
        UnsignedDraft(note_id, pupil_id, f"{given} {family}", occurred_at)
        for note_id, pupil_id, given, family, occurred_at in rows
    ]
