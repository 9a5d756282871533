from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.journal import (
    MAX_DRAFT_TEXT,
    MAX_TEXT,
    MissingReason,
    NoteDraft,
    NoteKind,
    NoteLocked,
    TextTooLong,
    Topic,
)
from nurse_desk.services import access, journal, settings

WHEN = datetime(2026, 11, 20, 10, 15)


def draft(pupil_id: int, **changes) -> NoteDraft:
    fields = dict(
        pupil_id=pupil_id,
        occurred_at=WHEN,
        kind=NoteKind.PLANNED,
        topics=frozenset({Topic.SLEEP, Topic.WELLBEING}),
        conversation="Sover dårlig, ligger våken til langt på natt.",
        assessment="Trenger oppfølging av søvnrutiner.",
        actions="Ny samtale om to uker.",
    )
    fields.update(changes)
    return NoteDraft(**fields)


def test_draft_is_saved_and_updated(vault, pupil_id):
    saved = journal.save_draft(vault, draft(pupil_id))
    updated = journal.save_draft(
        vault, draft(pupil_id, topics=frozenset({Topic.BULLYING})), note_id=saved.id
    )
    assert updated.id == saved.id
    assert journal.get_note(vault, saved.id).topics == {Topic.BULLYING}
    assert not updated.is_signed


def test_signing_stamps_the_author_from_settings_and_logs(vault, pupil_id):
    note = journal.save_draft(vault, draft(pupil_id))
    signed = journal.sign_note(vault, note.id)
    assert signed.signed_by == "Kari Nordmann" and signed.signed_title == "helsesykepleier"
    signs = access.log_entries(vault, action=AccessAction.SIGN)
    assert [(e.pupil_id, e.detail) for e in signs] == [(pupil_id, f"note {note.id}")]


def test_signing_needs_a_name_in_settings(vault, pupil_id):
    settings.save_settings(vault, settings.VaultSettings("", "", "no"))
    note = journal.save_draft(vault, draft(pupil_id))
    with pytest.raises(settings.AuthorMissing):
        journal.sign_note(vault, note.id)
    assert not journal.get_note(vault, note.id).is_signed


def test_signed_note_cannot_be_edited_or_deleted_through_the_services(vault, pupil_id):
    note = journal.sign_note(vault, journal.save_draft(vault, draft(pupil_id)).id)
    with pytest.raises(NoteLocked):
        journal.save_draft(vault, draft(pupil_id, conversation="rewritten"), note_id=note.id)
    with pytest.raises(NoteLocked):
        journal.delete_draft(vault, note.id)
    with pytest.raises(NoteLocked):
        journal.sign_note(vault, note.id)
    assert journal.get_note(vault, note.id).conversation == note.conversation


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE note SET conversation = 'rewritten' WHERE id = :id",
        "DELETE FROM note WHERE id = :id",
        "DELETE FROM note_topic WHERE note_id = :id",
        "INSERT INTO note_topic(note_id, topic) VALUES (:id, 'other')",
        "UPDATE note_topic SET topic = 'other' WHERE note_id = :id AND topic = 'sleep'",
        "UPDATE note SET signed_at = NULL WHERE id = :id",
    ],
)
def test_signed_note_is_locked_in_the_database_itself(vault, pupil_id, statement):
    note = journal.sign_note(vault, journal.save_draft(vault, draft(pupil_id)).id)
    with vault.session() as session, pytest.raises(IntegrityError, match="signed note is locked"):
        session.execute(text(statement), {"id": note.id})
        session.commit()
    assert journal.get_note(vault, note.id) == note


def test_a_drafts_topic_cannot_be_moved_onto_a_signed_note(vault, pupil_id):
    note = journal.sign_note(vault, journal.save_draft(vault, draft(pupil_id)).id)
    other = journal.save_draft(vault, draft(pupil_id, topics=frozenset({Topic.BULLYING})))
    moving = "UPDATE note_topic SET note_id = :signed WHERE note_id = :draft"
    with vault.session() as session, pytest.raises(IntegrityError, match="signed note is locked"):
        session.execute(text(moving), {"signed": note.id, "draft": other.id})
        session.commit()
    assert journal.get_note(vault, note.id) == note


def test_amendment_keeps_the_original_with_author_time_and_reason(vault, pupil_id):
    note = journal.sign_note(vault, journal.save_draft(vault, draft(pupil_id)).id)
    later = datetime(2026, 11, 21, 9, 0)
    amended = journal.amend_note(
        vault,
        note.id,
        reason="Feil dato for neste samtale",
        text="Ny samtale om tre uker, ikke to.",
        now=later,
    )
    assert amended.conversation == note.conversation
    (amendment,) = amended.amendments
    assert (amendment.author, amendment.written_at, amendment.reason) == (
        "Kari Nordmann",
        later,
        "Feil dato for neste samtale",
    )
    assert [e.action for e in access.log_entries(vault, pupil_id=pupil_id)][
        -1
    ] is AccessAction.AMEND


def test_amendments_are_append_only_and_only_on_signed_notes(vault, pupil_id):
    unsigned = journal.save_draft(vault, draft(pupil_id))
    with pytest.raises(NoteLocked):
        journal.amend_note(vault, unsigned.id, reason="r", text="t")
    note = journal.sign_note(vault, journal.save_draft(vault, draft(pupil_id)).id)
    journal.amend_note(vault, note.id, reason="r", text="t")
    for statement in ("UPDATE amendment SET text = 'x'", "DELETE FROM amendment"):
        with vault.session() as session, pytest.raises(IntegrityError, match="append-only"):
            session.execute(text(statement))
            session.commit()


def test_amendment_needs_a_reason_and_a_sane_length(vault, pupil_id):
    note = journal.sign_note(vault, journal.save_draft(vault, draft(pupil_id)).id)
    with pytest.raises(MissingReason):
        journal.amend_note(vault, note.id, reason="  ", text="t")
    with pytest.raises(TextTooLong):
        journal.amend_note(vault, note.id, reason="r", text="x" * 20_001)


def test_a_draft_too_long_to_sign_is_kept_as_typed_and_signing_refuses_it(vault, pupil_id):
    typed = "x" * (MAX_TEXT + 5_000)
    kept = journal.save_draft(vault, draft(pupil_id, conversation=typed))
    assert journal.get_note(vault, kept.id).conversation == typed  # nothing cut off
    with pytest.raises(TextTooLong) as caught:
        journal.sign_note(vault, kept.id)
    assert (caught.value.field_name, caught.value.limit) == ("conversation", MAX_TEXT)
    still = journal.get_note(vault, kept.id)
    assert not still.is_signed and still.conversation == typed
    journal.save_draft(vault, draft(pupil_id, conversation=typed[:MAX_TEXT]), note_id=kept.id)
    assert journal.sign_note(vault, kept.id).is_signed


def test_a_pasted_document_past_the_draft_limit_is_refused_before_anything_is_written(
    vault, pupil_id
):
    with pytest.raises(TextTooLong) as caught:
        journal.save_draft(vault, draft(pupil_id, conversation="x" * (MAX_DRAFT_TEXT + 1)))
    assert (caught.value.field_name, caught.value.limit) == ("conversation", MAX_DRAFT_TEXT)
    assert journal.notes_of_pupil(vault, pupil_id) == []


def test_a_note_with_only_a_time_and_kind_is_blank():
    empty = draft(1, topics=frozenset(), conversation="", assessment=" ", actions="\n")
    assert empty.is_blank
    assert not draft(1).is_blank
    assert not replace(empty, topics=frozenset({Topic.SLEEP})).is_blank
    assert not replace(empty, follow_up_needed=True).is_blank
    assert not replace(empty, participants="mor").is_blank


def test_search_finds_words_and_prefixes_with_a_highlighted_snippet(vault, pupil_id):
    journal.save_draft(vault, draft(pupil_id))
    journal.save_draft(
        vault,
        draft(
            pupil_id, conversation="Snakket om mobbing i friminuttene.", assessment="", actions=""
        ),
    )
    hits = journal.search_notes(vault, "mobb")
    assert len(hits) == 1
    assert hits[0].pupil_name == "Emil Aasen"
    assert "\x02mobbing\x03" in hits[0].snippet
    assert {h.note_id for h in journal.search_notes(vault, "søvnrutiner")} != set()
    assert journal.search_notes(vault, 'AND OR "(') == []


def test_search_follows_edits_of_drafts(vault, pupil_id):
    note = journal.save_draft(vault, draft(pupil_id, conversation="første versjon"))
    journal.save_draft(vault, draft(pupil_id, conversation="andre utgave"), note_id=note.id)
    assert journal.search_notes(vault, "versjon") == []
    assert [h.note_id for h in journal.search_notes(vault, "utgave")] == [note.id]


def test_a_search_gives_the_notes_written_last_newest_conversation_first(vault, pupil_id):
    from datetime import timedelta

    days = (3, 1, 2, 0)  # written in this order, each about a conversation so many days on
    written = [
        journal.save_draft(vault, draft(pupil_id, occurred_at=WHEN + timedelta(days=d))).id
        for d in days
    ]
    hits = journal.search_notes(vault, "søvn", limit=3)
    # the three written last (days 1, 2, 0), whatever their rank, the latest conversation first
    assert [h.note_id for h in hits] == [written[2], written[1], written[3]]
    assert [h.occurred_at for h in hits] == sorted((h.occurred_at for h in hits), reverse=True)


def test_templates_are_saved_by_name_and_replaced(vault):
    from nurse_desk.domain.journal import NoteTemplate

    first = NoteTemplate(
        0, "Fraværssamtale", NoteKind.FOLLOW_UP, frozenset({Topic.ABSENCE}), "Fraværsmønster:"
    )
    journal.save_note_template(vault, first)
    journal.save_note_template(
        vault,
        NoteTemplate(
            0, "Fraværssamtale", NoteKind.FOLLOW_UP, frozenset({Topic.ABSENCE, Topic.SLEEP}), "Ny"
        ),
    )
    (saved,) = journal.note_templates(vault)
    assert saved.topics == {Topic.ABSENCE, Topic.SLEEP} and saved.conversation == "Ny"
    journal.delete_note_template(vault, saved.id)
    assert journal.note_templates(vault) == []


def test_demo_journal_has_signed_notes_drafts_amendments_and_consents(vault):
    from nurse_desk.services import demo, demo_journal

    demo.fill_with_demo_data(vault, pupils=60)
    added = demo_journal.fill_demo_journal(vault)
    assert added > 30
    with vault.session() as session:
        signed, drafts, amendments, consents, guardians = (
            session.execute(text(sql)).scalar()
            for sql in (
                "SELECT count(*) FROM note WHERE signed_at IS NOT NULL",
                "SELECT count(*) FROM note WHERE signed_at IS NULL",
                "SELECT count(*) FROM amendment",
                "SELECT count(*) FROM consent",
                "SELECT count(*) FROM guardian",
            )
        )
    assert signed > drafts > 0 and amendments > 0 and consents > 0 and guardians > 60


def test_a_search_cut_at_its_limit_says_there_are_more_and_logs_only_the_pupils_shown(
    vault, pupil_id
):
    for words in ("Snakket om søvn.", "Søvn igjen.", "Søvn og skole."):
        journal.save_draft(vault, draft(pupil_id, conversation=words))
    capped = journal.find_notes(vault, "søvn", limit=2)
    assert len(capped.hits) == 2 and capped.more
    whole = journal.find_notes(vault, "søvn", limit=3)
    assert len(whole.hits) == 3 and not whole.more
    assert not journal.find_notes(vault, "søvn", limit=4).more
