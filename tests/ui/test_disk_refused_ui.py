"""A disk that refuses a write: the nurse reads why, keeps what she typed, and the draft is
saved by itself once the disk has room. The real disk failures are made in
tests/storage/test_vault_full_disk.py; here the service raises what they raise."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtTest import QTest

from nurse_desk.domain import errors
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import follow_up_work, journal, pupils
from nurse_desk.ui.journal import note_editor
from nurse_desk.ui.journal.note_editor import AUTOSAVE_MS, NoteEditorDialog
from nurse_desk.ui.messages import describe

FULL_BEFORE = "Something unexpected went wrong; nothing was changed."


@pytest.fixture
def editor(qtbot, vault):
    pupil_id = pupils.add_pupil(
        vault, NewPupil("Emil", "Aasen", date(2012, 10, 15), "Granly", "8B")
    )
    dialog = NoteEditorDialog(None, vault=vault, pupil=follow_up_work.pupil_of(vault, pupil_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_full_disk_keeps_the_editor_open_with_her_words_and_saves_when_room_returns(
    qtbot, vault, editor, monkeypatch
):
    real_save = journal.save_draft
    disk_full = True

    def save_draft(*args, **kwargs):
        if disk_full:
            raise errors.DiskRefused("full")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(note_editor.journal, "save_draft", save_draft)
    editor.conversation.setPlainText("Eleven forteller om søvn og skole.")
    QTest.qWait(AUTOSAVE_MS + 300)

    assert "disk is full" in editor.status.text()
    editor.keep_and_close()  # Save draft and close: refused, so the editor stays
    assert editor.isVisible()
    assert editor.conversation.toPlainText() == "Eleven forteller om søvn og skole."
    assert editor.note_id is None

    disk_full = False  # space freed: the editor tries again by itself
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=AUTOSAVE_MS * 3)
    assert journal.get_note(vault, editor.note_id).conversation.startswith("Eleven forteller")
    assert "Draft saved" in editor.status.text()


@pytest.mark.parametrize("reason", errors.DiskRefused.REASONS)
@pytest.mark.parametrize("copy", [False, True])
def test_every_disk_refusal_has_its_own_plain_words(reason, copy):
    text = describe(errors.DiskRefused(reason, copy=copy))
    assert text != FULL_BEFORE
    assert text.startswith("The backup could not be written") == copy
    others = {describe(errors.DiskRefused(r, copy=copy)) for r in errors.DiskRefused.REASONS}
    assert len(others) == len(errors.DiskRefused.REASONS)


def test_a_vault_folder_taken_away_and_brought_back_keeps_and_then_saves_the_draft(
    qtbot, vault, editor
):
    """No stand-in here: the folder is really moved away (a USB stick pulled) and back."""
    folder = vault.path.parent
    away = folder.with_name(folder.name + "-away")
    folder.rename(away)
    editor.conversation.setPlainText("Skrevet mens minnepinnen var ute.")
    QTest.qWait(AUTOSAVE_MS + 300)

    assert "cannot be reached" in editor.status.text()
    assert editor.note_id is None and editor.isVisible()

    away.rename(folder)  # the stick is back: the next try saves by itself
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=AUTOSAVE_MS * 3)
    assert journal.get_note(vault, editor.note_id).conversation.startswith("Skrevet mens")
