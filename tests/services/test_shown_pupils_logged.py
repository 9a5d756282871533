"""Everything that shows a pupil is logged: note searches (the pupils shown, never the words),
command-line lists of pupils' health data, and discarded drafts."""

from __future__ import annotations

from datetime import date

import pytest

from nurse_desk.cli import main
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.services import access, journal

GOOD = "fjord tavle sykkel blåbær"


def draft(pupil: int, words: str = "Sover dårlig om natten.") -> NoteDraft:
    return NoteDraft(
        pupil_id=pupil,
        occurred_at=date(2026, 11, 2),
        kind=NoteKind.PLANNED,
        topics=frozenset({Topic.SLEEP}),
        conversation=words,
        assessment="",
        actions="",
    )


def test_a_note_search_logs_each_pupil_shown_once_and_never_the_words(vault, pupil_id):
    journal.save_draft(vault, draft(pupil_id))
    journal.save_draft(vault, draft(pupil_id, "Sover lite, mye skjerm."))
    logged: set[int] = set()
    hits = journal.search_notes(vault, "sover", logged=logged)
    assert len(hits) == 2
    searches = access.log_entries(vault, action=AccessAction.SEARCH)
    assert [(e.pupil_id, e.detail) for e in searches] == [(pupil_id, "note search")]
    assert not any("sover" in e.detail.lower() for e in access.log_entries(vault))
    journal.search_notes(vault, "sover dårlig", logged=logged)  # typing on: already logged
    assert len(access.log_entries(vault, action=AccessAction.SEARCH)) == 1
    journal.search_notes(vault, "sover")  # a new search dialog
    assert len(access.log_entries(vault, action=AccessAction.SEARCH)) == 2


def test_a_search_that_shows_nobody_logs_nothing(vault, pupil_id):
    journal.save_draft(vault, draft(pupil_id))
    assert journal.search_notes(vault, "astma") == []
    assert access.log_entries(vault, action=AccessAction.SEARCH) == []


def test_discarding_a_draft_is_logged(vault, pupil_id):
    note = journal.save_draft(vault, draft(pupil_id))
    journal.delete_draft(vault, note.id)
    discarded = access.log_entries(vault, action=AccessAction.DISCARD_DRAFT)
    assert [(e.pupil_id, e.detail) for e in discarded] == [(pupil_id, f"note {note.id}")]
    assert access.verify_log(vault) is None


@pytest.mark.parametrize(
    ("command", "detail"),
    [
        (["pupils", "list"], "pupils list"),
        (["pupils", "list", "--json"], "pupils list"),
        (["agenda", "--date", "2026-11-02"], "agenda"),
        (["absence", "flags", "--today", "2026-11-24", "--all"], "absence flags"),
    ],
)
def test_command_line_lists_log_each_pupil_they_show(
    vault_folder, tmp_path, capsys, command, detail
):
    from nurse_desk.services import demo
    from nurse_desk.services.demo_absence import fill_demo_absence
    from nurse_desk.storage.vault import Vault

    path = vault_folder / "demo.vault"
    made = demo.create_demo_vault(path, GOOD)
    fill_demo_absence(made, today=date(2026, 11, 24))
    made.lock()
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    assert main([*command, "--vault", str(path), "--passphrase-file", str(secret)]) == 0
    printed = capsys.readouterr().out
    opened = Vault.open(path, GOOD)
    try:
        listed = access.log_entries(opened, action=AccessAction.LIST)
        assert access.check_log(opened) is None
    finally:
        opened.lock()
    assert listed and {e.detail for e in listed} == {detail}
    assert len({e.pupil_id for e in listed}) == len(listed)  # each pupil once
    assert all(e.pupil_id is not None for e in listed)
    assert printed.strip()
