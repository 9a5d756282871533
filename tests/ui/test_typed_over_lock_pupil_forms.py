"""Ctrl+L (or the idle lock) while recording a consent or adding or editing a pupil: what was
typed and chosen is kept in the vault (for that pupil; a new pupil for no pupil yet) and comes
back when the nurse opens the same form again; a form with nothing typed keeps nothing. Driven
through the real window, then the dialogs on their own."""

from __future__ import annotations

from datetime import date

import pytest
from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
from lock_fixtures import lock_notes, open_pupil, unlock
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableWidgetItem
from visit_fixtures import full_plan

from nurse_desk.domain.consent import ConsentMethod, ConsentPurpose
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, consents, home_visits, pending_entries, pupils
from nurse_desk.ui.common.kept_over_lock import NO_PUPIL, PendingPlace, new_entry_place
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.pupils.pupil_dialog import PupilDialog
from nurse_desk.ui.visits.visit_dialog import VisitDialog

TODAY = date(2026, 11, 23)
BACK = "What you typed here before the vault locked is back."


def no_dialog_left(window, name: str) -> bool:
    return not [d for d in window.findChildren(QDialog) if d.objectName() == name]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


# -- through the window ------------------------------------------------------------------------
def test_a_consent_typed_when_the_vault_locks_comes_back_for_the_same_pupil(
    qtbot, demo_window, in_next_modal
):
    pupil_page = open_pupil(qtbot, demo_window)
    emil = pupil_page.page.pupil.id
    given_on = QDate.currentDate().addDays(-2)

    def type_then_lock(dialog) -> None:
        choose(dialog.method, ConsentMethod.WRITTEN.value)
        dialog.given_on.setDate(given_on)
        qtbot.keyClicks(dialog.note, "Mor ga samtykke på telefon")
        demo_window.lock_now()

    seen = in_next_modal(type_then_lock)
    qtbot.mouseClick(pupil_page.new_consent_button, Qt.MouseButton.LeftButton)
    assert seen["dialog"].objectName() == "consent_dialog"
    assert demo_window.session.vault is None
    qtbot.waitUntil(lambda: no_dialog_left(demo_window, "consent_dialog"))
    unlock(qtbot, demo_window)
    assert "A consent: what you had typed is kept in the vault" in lock_notes(qtbot)
    before = {c.id for c in consents.consents_of(demo_window.session.vault, emil)}
    pupil_page = open_pupil(qtbot, demo_window)
    back = {}

    def read_then_save(dialog) -> None:
        back["typed"] = (dialog.note.text(), dialog.method.currentData(), dialog.given_on.date())
        back["said"] = dialog.brought_back.text()
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    in_next_modal(read_then_save)
    qtbot.mouseClick(pupil_page.new_consent_button, Qt.MouseButton.LeftButton)
    assert back["typed"] == ("Mor ga samtykke på telefon", ConsentMethod.WRITTEN.value, given_on)
    assert BACK in back["said"]
    added = [c for c in consents.consents_of(demo_window.session.vault, emil) if c.id not in before]
    assert [(c.note, c.method, c.given_on) for c in added] == [
        ("Mor ga samtykke på telefon", ConsentMethod.WRITTEN, given_on.toPython())
    ]


def test_an_edited_pupil_typed_when_the_vault_locks_comes_back_on_the_same_pupil(
    qtbot, demo_window, in_next_modal
):
    pupil_page = open_pupil(qtbot, demo_window)
    emil = pupil_page.page.pupil

    def type_then_lock(dialog) -> None:
        dialog.language.clear()
        qtbot.keyClicks(dialog.language, "polsk")
        dialog.interpreter.setChecked(not emil.needs_interpreter)
        dialog.notes.setPlainText("Flyttet til far i oktober")
        demo_window.lock_now()

    seen = in_next_modal(type_then_lock)
    qtbot.mouseClick(pupil_page.edit_pupil_button, Qt.MouseButton.LeftButton)
    assert seen["dialog"].objectName() == "pupil_dialog"
    qtbot.waitUntil(lambda: no_dialog_left(demo_window, "pupil_dialog"))
    unlock(qtbot, demo_window)
    assert "A pupil's details: what you had typed is kept in the vault" in lock_notes(qtbot)
    pupil_page = open_pupil(qtbot, demo_window)
    assert pupil_page.page.pupil.notes == emil.notes  # nothing saved by the lock
    back = {}

    def read_then_save(dialog) -> None:
        back["typed"] = (
            dialog.language.text(),
            dialog.interpreter.isChecked(),
            dialog.notes.toPlainText(),
            dialog.given.text(),
        )
        back["said"] = dialog.problem.text()
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    in_next_modal(read_then_save)
    qtbot.mouseClick(pupil_page.edit_pupil_button, Qt.MouseButton.LeftButton)
    typed = ("polsk", not emil.needs_interpreter, "Flyttet til far i oktober", emil.given_name)
    assert back["typed"] == typed and BACK in back["said"]
    saved = pupil_page.page.pupil
    assert (saved.language, saved.needs_interpreter, saved.notes) == typed[:3]


def test_a_new_pupil_typed_when_the_vault_locks_comes_back_in_the_next_new_pupil(
    qtbot, demo_window, in_next_modal
):
    pupils_page = demo_window.workspace.pupils_page

    def type_then_lock(dialog) -> None:
        qtbot.keyClicks(dialog.given, "Nora")
        qtbot.keyClicks(dialog.family, "Berg")
        qtbot.keyClicks(dialog.class_name, "3A")
        dialog.guardians.setItem(0, 0, QTableWidgetItem("Per Berg"))
        dialog.guardians.setItem(0, 2, QTableWidgetItem("+47 911 11 111"))
        demo_window.lock_now()

    in_next_modal(type_then_lock)
    qtbot.mouseClick(pupils_page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: no_dialog_left(demo_window, "pupil_dialog"))
    unlock(qtbot, demo_window)
    assert "A new pupil: what you had typed is kept in the vault" in lock_notes(qtbot)
    back = {}

    def read_then_close(dialog) -> None:
        guardian = dialog.new_pupil().guardians
        back["typed"] = (dialog.given.text(), dialog.family.text(), dialog.class_name.text())
        back["guardians"] = [(g.name, g.phone) for g in guardian]
        back["said"] = dialog.problem.text()
        dialog.reject()

    in_next_modal(read_then_close)
    qtbot.mouseClick(pupils_page.new_button, Qt.MouseButton.LeftButton)
    assert back["typed"] == ("Nora", "Berg", "3A") and BACK in back["said"]
    assert back["guardians"] == [("Per Berg", "+47 911 11 111")]


def test_consent_and_pupil_forms_with_nothing_typed_keep_nothing(qtbot, demo_window, in_next_modal):
    pupil_page = open_pupil(qtbot, demo_window)
    emil = pupil_page.page.pupil.id
    for button in (pupil_page.new_consent_button, pupil_page.edit_pupil_button):
        in_next_modal(lambda dialog: demo_window.lock_now())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert demo_window.session.vault is None
        unlock(qtbot, demo_window)
        qtbot.wait(50)
        assert QApplication.activeModalWidget() is None  # no note: nothing was typed
        pupil_page = open_pupil(qtbot, demo_window)
    opened_vault = demo_window.session.vault
    for form in ("consent", "pupil"):
        assert pending_entries.take(opened_vault, pupil_id=emil, form=form, subject=emil) is None


# -- the dialogs on their own ------------------------------------------------------------------
@pytest.fixture
def ada(vault, pupil_id):  # noqa: F811
    return pupils.add_pupil(vault, NewPupil("Ada", "Aaberg", date(2013, 2, 1), "Granly", "7A"))


def record_of(vault, pupil: int):  # noqa: F811
    """With the guardians, as the pupil's page has it."""
    return access.open_pupil_page(vault, pupil, log_access=False).pupil


def consent_form(vault, pupil: int, purpose=None):  # noqa: F811
    place = PendingPlace(vault, pupil, "consent", pupil)
    return ConsentDialog(
        None, pupil=record_of(vault, pupil), today=TODAY, place=place, purpose=purpose
    )


def test_a_consent_comes_back_for_the_same_pupil_only_with_every_choice(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    ada,
):
    first = consent_form(vault, pupil_id)
    qtbot.addWidget(first)
    assert first.keep_before_lock() is None  # nothing typed: nothing kept
    choose(first.purpose, ConsentPurpose.CONTACT_PARTNER.value)
    first.partner.setText("BUP Vest")
    first.guardian.setCurrentText("Ola Aasen")
    choose(first.method, ConsentMethod.WRITTEN.value)
    first.given_on.setDate(QDate(2026, 11, 20))
    first.has_end.setChecked(True)
    first.valid_until.setDate(QDate(2027, 6, 1))
    first.note.setText("Far signerte i dag")
    typed = first.consent()
    assert "A consent: what you had typed is kept" in first.keep_before_lock()
    other = consent_form(vault, ada)
    qtbot.addWidget(other)
    assert other.note.text() == "" and other.brought_back.isHidden()
    # From a home visit the form opens on the visit's purpose; what was typed goes first.
    again = consent_form(vault, pupil_id, purpose=ConsentPurpose.HOME_VISIT)
    qtbot.addWidget(again)
    assert again.consent() == typed and again.has_unsaved_words()
    assert BACK in again.brought_back.text() and not again.brought_back.isHidden()
    third = consent_form(vault, pupil_id, purpose=ConsentPurpose.HOME_VISIT)
    qtbot.addWidget(third)
    assert third.note.text() == ""  # handed back once, then gone from the vault
    assert third.purpose.currentData() == ConsentPurpose.HOME_VISIT.value


def test_a_swedish_maturity_judgement_comes_back_with_the_consent(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    place = PendingPlace(vault, pupil_id, "consent", pupil_id)
    emil = record_of(vault, pupil_id)
    first = ConsentDialog(None, pupil=emil, today=TODAY, country="se", place=place)
    qtbot.addWidget(first)
    choose(first.maturity, "mature")
    first.note.setText("Eleven förstod frågan väl")
    typed = first.consent()
    assert "kept in the vault" in first.keep_before_lock()
    again = ConsentDialog(None, pupil=emil, today=TODAY, country="se", place=place)
    qtbot.addWidget(again)
    assert again.consent() == typed and again.maturity.currentData() == "mature"


def test_a_consent_kept_from_the_pupils_page_comes_back_in_the_home_visit_dialog(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    in_next_modal,
):
    """Register consent in the visit dialog is the same form for the same pupil."""
    first = consent_form(vault, pupil_id)
    qtbot.addWidget(first)
    choose(first.method, ConsentMethod.WRITTEN.value)
    first.note.setText("Mor samtykket på foreldremøtet")
    typed = first.consent()
    assert "kept in the vault" in first.keep_before_lock()
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    dialog = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    qtbot.addWidget(dialog)
    dialog.show()
    back = {}

    def read_then_close(consent) -> None:
        back["consent"], back["said"] = consent.consent(), consent.brought_back.text()
        consent.reject()

    in_next_modal(read_then_close)
    dialog.form.consent_button.click()
    assert back["consent"] == typed and BACK in back["said"]


def pupil_form(vault, pupil=None):  # noqa: F811
    if pupil is None:
        place = new_entry_place(vault, "new_pupil", None)
        return PupilDialog(None, schools=["Granly"], country="no", place=place)
    place = PendingPlace(vault, pupil, "pupil", pupil)
    record = record_of(vault, pupil)
    return PupilDialog(None, schools=["Granly"], country="no", pupil=record, place=place)


def test_an_edited_pupil_comes_back_on_the_same_pupil_only(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    ada,
):
    first = pupil_form(vault, pupil_id)
    qtbot.addWidget(first)
    assert first.keep_before_lock() is None  # as opened: nothing to keep
    first.family.setText("Aasen Berg")
    first.guardians.setItem(1, 0, QTableWidgetItem("Ola Aasen"))
    first.guardians.setItem(1, 1, QTableWidgetItem("far"))
    first.has_left.setChecked(True)
    first.left_on.setDate(QDate(2026, 12, 18))
    typed = first.new_pupil()
    assert "A pupil's details: what you had typed is kept" in first.keep_before_lock()
    other = pupil_form(vault, ada)
    qtbot.addWidget(other)
    assert other.family.text() == "Aaberg" and other.problem.text() == ""
    again = pupil_form(vault, pupil_id)
    qtbot.addWidget(again)
    assert again.new_pupil() == typed and again.has_unsaved_words()
    assert BACK in again.problem.text()
    # The guardian who was there keeps the parental responsibility the table does not show.
    assert [g.name for g in again.new_pupil().guardians] == ["Anne Aasen", "Ola Aasen"]


def test_a_new_pupil_is_kept_for_no_pupil_and_comes_back_once(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    first = pupil_form(vault)
    qtbot.addWidget(first)
    assert first.keep_before_lock() is None
    first.national_id.setText("15101299991")  # not a valid number: said, and kept as typed
    first.given.setText("Nora")
    first.born.setDate(QDate(2019, 3, 4))
    first.notes.setPlainText("Astma, har inhalator i sekken")
    typed = (first.new_pupil(), first.id_problem.text())
    assert "A new pupil: what you had typed is kept" in first.keep_before_lock()
    editing = pupil_form(vault, pupil_id)
    qtbot.addWidget(editing)
    assert editing.given.text() == "Emil"  # an existing pupil's form takes nothing of it
    again = pupil_form(vault)
    qtbot.addWidget(again)
    assert (again.new_pupil(), again.id_problem.text()) == typed and BACK in again.problem.text()
    assert typed[1] != ""
    third = pupil_form(vault)
    qtbot.addWidget(third)
    assert third.given.text() == "" and third.problem.text() == ""
    assert (
        pending_entries.take(vault, pupil_id=NO_PUPIL, form="new_pupil", subject=NO_PUPIL) is None
    )
