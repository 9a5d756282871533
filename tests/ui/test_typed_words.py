"""What the nurse types is never lost, a note is written from the keyboard alone, and nothing
about a child is chosen for her by accident. Widgets are found by objectName, never by text."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from visit_fixtures import TODAY

from nurse_desk.domain.journal import MAX_TEXT, Topic
from nurse_desk.domain.records import GuardianRecord, NewPupil, PupilRecord
from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.services import follow_up_work, journal, pupils
from nurse_desk.ui.followups.acting import FollowUpActions, pupil_choices
from nurse_desk.ui.followups.closing_dialogs import CompleteDialog
from nurse_desk.ui.followups.follow_up_dialog import FollowUpDialog
from nurse_desk.ui.journal.amend_dialog import AmendDialog
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.journal.note_editor import AUTOSAVE_MS, NoteEditorDialog
from nurse_desk.ui.pupils.pupil_dialog import PupilDialog
from nurse_desk.ui.referrals.measure_dialog import MeasureDialog
from nurse_desk.ui.referrals.partner_dialog import PartnerDialog
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits.visit_dialog import VisitDialog

LONG = ("Eleven forteller om søvn, skole og venner. " * 700)[:25_000]


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


class CloseButton(QCloseEvent):
    """The close event the window's close button sends: Qt marks it spontaneous, which a test
    cannot make a real event be, so this one says so itself."""

    def spontaneous(self) -> bool:
        return True


def show_active(dialog) -> None:
    """Shortcuts and Tab act in the active window only."""
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)


def answer(name: str):
    """For in_next_modal: click the button called `name` in the question that comes up."""

    def click(box) -> None:
        button = box.findChild(QPushButton, name)
        assert button is not None, f"no {name} in {box.objectName()}"
        button.click()

    return click


@pytest.fixture
def pupil_id(vault) -> int:
    guardian = GuardianRecord("Anne Aasen", "mother", "+47 900 00 000")
    emil = NewPupil(
        "Emil", "Aasen", date(2012, 10, 15), "Granly skole", "8B", guardians=(guardian,)
    )
    return pupils.add_pupil(vault, emil)


@pytest.fixture
def pupil(vault, pupil_id):
    return follow_up_work.pupil_of(vault, pupil_id)


@pytest.fixture
def editor(qtbot, vault, pupil):
    dialog = NoteEditorDialog(None, vault=vault, pupil=pupil)
    qtbot.addWidget(dialog)
    show_active(dialog)
    return dialog


def notes(vault, pupil) -> list:
    return journal.notes_of_pupil(vault, pupil.id)


# -- the note editor: nothing typed is lost ----------------------------------------------------
def test_a_note_too_long_to_sign_closed_by_esc_asks_and_keeps_every_character_as_a_draft(
    qtbot, editor, vault, pupil, in_next_modal
):
    editor.conversation.setPlainText(LONG)
    seen = in_next_modal(answer("close_keep"))
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert seen["dialog"].objectName() == "close_question"
    assert not editor.isVisible()
    [kept] = notes(vault, pupil)
    assert kept.conversation == LONG and not kept.is_signed


def test_the_window_close_button_asks_the_same_and_discard_leaves_no_note(
    qtbot, editor, vault, pupil, in_next_modal
):
    qtbot.keyClicks(editor.conversation, "Vil ikke at mor skal vite")
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5000)  # autosaved meanwhile
    seen = in_next_modal(answer("close_discard"))
    editor.closeEvent(CloseButton())
    assert seen["dialog"].objectName() == "close_question"
    assert not editor.isVisible() and editor.note_id is None
    assert notes(vault, pupil) == []


def test_stay_keeps_the_editor_open_with_the_text(qtbot, editor, in_next_modal):
    qtbot.keyClicks(editor.conversation, "Halvskrevet")
    in_next_modal(answer("close_stay"))
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.conversation.toPlainText() == "Halvskrevet"
    editor.keep_and_close()


def test_discarding_changes_to_an_old_draft_puts_it_back_as_it_was(
    qtbot, vault, pupil, in_next_modal
):
    editor = NoteEditorDialog(None, vault=vault, pupil=pupil)
    qtbot.addWidget(editor)
    editor.conversation.setPlainText("Første versjon")
    editor.keep_and_close()
    note = journal.get_note(vault, editor.note_id)
    again = NoteEditorDialog(None, vault=vault, pupil=pupil, note=note)
    qtbot.addWidget(again)
    again.show()
    again.conversation.setPlainText("Skrevet om")
    again.save_now()  # as the autosave would
    assert journal.get_note(vault, note.id).conversation == "Skrevet om"
    in_next_modal(answer("close_discard"))
    press(qtbot, again, Qt.Key.Key_Escape)
    assert journal.get_note(vault, note.id).conversation == "Første versjon"


def test_the_count_shows_from_ninety_percent_and_says_how_many_too_many(editor):
    count = editor.findChild(QWidget, "note_conversation_count")
    editor.conversation.setPlainText("x" * (MAX_TEXT * 9 // 10 - 1))
    assert count.text() == ""
    editor.conversation.setPlainText("x" * 18_500)
    near = count.text()
    assert "18" in near and "20" in near and "b00020" not in count.styleSheet()
    editor.conversation.setPlainText(LONG)
    assert "5" in count.text().replace(near, "") and "b00020" in count.styleSheet()
    assert editor.conversation.toPlainText() == LONG  # shown, never cut


def test_signing_a_draft_too_long_is_refused_and_the_draft_stays(editor, vault, pupil, monkeypatch):
    editor.conversation.setPlainText(LONG)
    asked = []
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or yes)
    editor.findChild(QPushButton, "sign_button").click()
    assert asked == [] and editor.isVisible() and not editor.signed
    assert editor.status.text() != "" and "b00020" in editor.status.styleSheet()
    [kept] = notes(vault, pupil)
    assert kept.conversation == LONG and not kept.is_signed
    editor.keep_and_close()


def test_touching_only_the_date_of_a_new_note_leaves_no_draft(qtbot, editor, vault, pupil):
    editor.occurred.setDateTime(editor.occurred.dateTime().addDays(-1))
    editor.kind.setCurrentIndex(2)
    qtbot.wait(AUTOSAVE_MS + 400)
    assert editor.note_id is None
    press(qtbot, editor, Qt.Key.Key_Escape)  # nothing written: no question
    assert not editor.isVisible()
    assert notes(vault, pupil) == []


def test_a_new_note_written_then_erased_leaves_no_draft(qtbot, editor, vault, pupil):
    qtbot.keyClicks(editor.conversation, "feil elev")
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5000)
    editor.conversation.clear()
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and notes(vault, pupil) == []


@pytest.mark.parametrize("how", ("reject", "close"))
def test_closing_from_code_asks_nothing_and_keeps_the_text(editor, vault, pupil, how):
    editor.conversation.setPlainText("Skrevet rett før låsing")
    getattr(editor, how)()  # the lock rejects every open dialog
    assert not editor.isVisible()
    assert [n.conversation for n in notes(vault, pupil)] == ["Skrevet rett før låsing"]


def test_choosing_a_template_asks_before_replacing_written_text(
    qtbot, editor, vault, in_next_modal
):
    journal.save_note_template(vault, _template("Søvn"))
    editor.template.clear()
    editor.templates.load(vault)
    editor.conversation.setPlainText("Mitt eget")
    in_next_modal(answer("replace_no"))
    editor.template.activated.emit(1)
    assert editor.conversation.toPlainText() == "Mitt eget"
    in_next_modal(answer("replace_yes"))
    editor.template.activated.emit(1)
    assert editor.conversation.toPlainText() == "Fra malen"
    editor.keep_and_close()


def _template(name: str):
    from nurse_desk.domain.journal import NoteKind, NoteTemplate

    return NoteTemplate(0, name, NoteKind.PLANNED, frozenset({Topic.SLEEP}), "Fra malen")


# -- the note editor from the keyboard ---------------------------------------------------------
def test_enter_in_the_note_is_a_new_line_and_no_button_fires(qtbot, editor, monkeypatch):
    opened = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: opened.append(a) or ("", False))
    assert editor.focusWidget() is editor.conversation  # she starts writing at once
    qtbot.keyClicks(editor.conversation, "Første linje")
    press(qtbot, editor.conversation, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.conversation, "andre")
    press(qtbot, editor.participants, Qt.Key.Key_Return)
    assert editor.conversation.toPlainText() == "Første linje\nandre"
    assert opened == [] and editor.isVisible()
    assert not any(b.isDefault() for b in editor.findChildren(QPushButton))
    editor.keep_and_close()


def test_tab_leaves_the_date_and_ctrl_enter_saves_and_closes(qtbot, editor, vault, pupil):
    editor.occurred.setFocus()
    press(qtbot, editor.occurred, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.kind
    editor.conversation.setFocus()
    qtbot.keyClicks(editor.conversation, "Kort samtale")
    press(qtbot, editor.conversation, Qt.Key.Key_Tab)
    assert editor.focusWidget() is editor.assessment
    press(qtbot, editor.assessment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert [n.conversation for n in notes(vault, pupil)] == ["Kort samtale"]


def test_ctrl_s_saves_and_then_closing_asks_nothing(qtbot, editor, vault, pupil):
    qtbot.keyClicks(editor.conversation, "Lagret med vilje")
    press(qtbot, editor.conversation, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.note_id is not None and not editor.has_unsaved_words()
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert [n.conversation for n in notes(vault, pupil)] == ["Lagret med vilje"]


# -- follow-ups --------------------------------------------------------------------------------
def test_done_with_an_empty_outcome_asks_first(qtbot, in_next_modal):
    dialog = CompleteDialog(None, what="Emil Aasen: Ring mor")
    qtbot.addWidget(dialog)
    dialog.show()
    done = dialog.findChild(QPushButton, "complete_done")
    seen = in_next_modal(answer("empty_outcome_write"))
    done.click()
    assert seen["dialog"].objectName() == "empty_outcome_question"
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    in_next_modal(answer("empty_outcome_done"))
    done.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_done_with_an_outcome_does_not_ask(qtbot):
    dialog = CompleteDialog(None, what="Emil Aasen: Ring mor")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.outcome, "Mor ringer tilbake")
    dialog.findChild(QPushButton, "complete_done").click()
    assert dialog.completion().outcome == "Mor ringer tilbake"
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def two_pupils(vault, pupil_id):
    other = pupils.add_pupil(vault, NewPupil("Ada", "Aaberg", date(2013, 2, 1), "Granly", "7A"))
    return pupil_choices(pupils.list_pupils(vault)), other


def test_a_new_follow_up_starts_with_no_pupil_and_says_what_is_missing(qtbot, two_pupils):
    choices, _ = two_pupils
    dialog = FollowUpDialog(None, pupils=choices, calendar=SchoolCalendar("no"), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pupil.currentIndex() == -1 and dialog.pupil.currentText() == ""
    assert dialog.pupil.lineEdit().placeholderText() != ""
    dialog.description.setText("Ring mor")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text() != ""
    dialog.pupil.setCurrentIndex(1)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.follow_up().pupil_id == choices[1][0]


def test_a_follow_up_planned_from_the_pupil_page_has_that_pupil(
    qtbot, vault, two_pupils, in_next_modal
):
    _, other = two_pupils
    session = VaultSession(path=vault.path)
    session.adopt(vault)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def look(dialog) -> None:
        seen["pupil"] = dialog.pupil.currentData()
        dialog.reject()

    in_next_modal(look)
    FollowUpActions(parent, session=session).plan(pupil_id=other)
    assert seen == {"pupil": other}


def test_tab_leaves_the_due_date_of_a_follow_up(qtbot, two_pupils):
    dialog = FollowUpDialog(None, pupils=two_pupils[0], calendar=SchoolCalendar("no"), today=TODAY)
    qtbot.addWidget(dialog)
    show_active(dialog)
    dialog.due.setFocus()
    press(qtbot, dialog.due, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.timed


# -- home visits -------------------------------------------------------------------------------
def test_a_new_visit_starts_with_no_pupil_template_or_time(qtbot, vault, two_pupils, monkeypatch):
    dialog = VisitDialog(None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current_pupil_id() is None
    assert dialog.template.currentIndex() == -1 and dialog.template.count() > 0
    assert not dialog.fill_button.isEnabled()
    assert not dialog.form.start.is_chosen() and dialog.form.start.text() == "––:––"
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    dialog.pupil.setCurrentIndex(0)
    dialog._on_save_clicked()
    assert len(warned) == 1 and dialog.isVisible()  # the time is still to choose
    dialog.form.start.setFocus()
    qtbot.keyClicks(dialog.form.start, "1030")
    assert dialog.form.start.time().hour() == 10 and dialog.form.start.time().minute() == 30
    dialog._on_save_clicked()
    assert len(warned) == 1 and dialog.saved is not None
    assert dialog.saved.plan.starts_at.hour == 10


def test_a_visit_from_the_pupil_page_has_that_pupil_and_still_no_template(
    qtbot,
    vault,
    pupil_id,
):
    dialog = VisitDialog(
        None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault), pupil_id=pupil_id
    )
    qtbot.addWidget(dialog)
    assert dialog.current_pupil_id() == pupil_id
    assert dialog.template.currentIndex() == -1 and not dialog.form.start.is_chosen()


def test_esc_on_a_visit_plan_with_changes_asks(qtbot, vault, pupil_id, in_next_modal):
    dialog = VisitDialog(None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    press(qtbot, dialog, Qt.Key.Key_Escape)  # nothing filled in: closes at once
    assert not dialog.isVisible()
    dialog.show()
    dialog.form.address.setText("Granlyveien 12")
    dialog.form.start.setTime(QTime(9, 0))
    dialog.form.day.setDate(QDate(2026, 12, 3))
    seen = in_next_modal(answer("close_stay"))
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert seen["dialog"].objectName() == "close_question" and dialog.isVisible()
    in_next_modal(answer("close_discard"))
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved is None


EMIL = PupilRecord(7, "Emil", "Aasen", date(2012, 10, 15), None, "Granly", "8B", True)


def esc_asks_then(qtbot, in_next_modal, dialog, field, button: str) -> None:
    """Esc in `field` asks (Cancel there stays, with every word), then Esc again answers
    `button`."""
    seen = in_next_modal(answer("close_stay"))
    press(qtbot, field, Qt.Key.Key_Escape)
    assert seen["dialog"].objectName() == "close_question" and dialog.isVisible()
    in_next_modal(answer(button))
    press(qtbot, field, Qt.Key.Key_Escape)


def test_esc_on_a_consent_with_a_note_asks_and_save_records_it(qtbot, in_next_modal):
    """Esc or Cancel on a consent with its note written closed it without a word: the note
    (what the guardian said on the phone) was gone."""
    dialog = ConsentDialog(None, pupil=EMIL, today=TODAY)
    qtbot.addWidget(dialog)
    show_active(dialog)
    press(qtbot, dialog, Qt.Key.Key_Escape)  # nothing written: closes at once
    assert not dialog.isVisible()
    show_active(dialog)
    qtbot.keyClicks(dialog.note, "Mor ga samtykke på telefon, far enig")
    esc_asks_then(qtbot, in_next_modal, dialog, dialog.note, "close_keep")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.consent().note == "Mor ga samtykke på telefon, far enig"


def test_esc_on_a_new_pupil_with_names_typed_asks_and_an_unchanged_pupil_closes_at_once(
    qtbot, in_next_modal
):
    """A new pupil typed in (names, ID, guardians) was thrown away without a word by Esc."""
    saved = []
    dialog = PupilDialog(None, schools=["Granly"], country="no", save=saved.append)
    qtbot.addWidget(dialog)
    show_active(dialog)
    qtbot.keyClicks(dialog.given, "Emil")
    esc_asks_then(qtbot, in_next_modal, dialog, dialog.given, "close_discard")
    assert not dialog.isVisible() and saved == []
    editing = PupilDialog(None, schools=["Granly"], country="no", pupil=EMIL, save=saved.append)
    qtbot.addWidget(editing)
    show_active(editing)
    press(qtbot, editing.given, Qt.Key.Key_Escape)  # nothing changed: closes at once
    assert not editing.isVisible()


@pytest.mark.parametrize("make_dialog", [PartnerDialog, MeasureDialog], ids=["partner", "measure"])
def test_esc_or_cancel_on_a_partner_or_measure_with_words_typed_asks(
    qtbot, in_next_modal, make_dialog
):
    """Esc or Cancel on a partner or a measure closed it without a word: the phone number or
    the description just typed was gone."""
    dialog = make_dialog(None)
    qtbot.addWidget(dialog)
    show_active(dialog)
    press(qtbot, dialog.name, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible()
    show_active(dialog)
    qtbot.keyClicks(dialog.name, "Ressursteam")
    esc_asks_then(qtbot, in_next_modal, dialog, dialog.name, "close_discard")
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    cancelled = make_dialog(None)
    qtbot.addWidget(cancelled)
    show_active(cancelled)
    qtbot.keyClicks(cancelled.name, "Ressursteam")
    seen = in_next_modal(answer("close_keep"))
    cancelled.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert seen["dialog"].objectName() == "close_question"
    assert cancelled.result() == QDialog.DialogCode.Accepted
    assert cancelled.draft().name == "Ressursteam"


# -- amending ----------------------------------------------------------------------------------
def test_an_amendment_too_long_stays_in_the_dialog(qtbot):
    dialog = AmendDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("Feil dato")
    dialog.text.setPlainText(LONG)
    assert dialog.findChild(QWidget, "amend_text_count").text() != ""
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.text() != ""
    assert dialog.text.toPlainText() == LONG
    dialog.text.setPlainText("Riktig dato er 3. desember")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
