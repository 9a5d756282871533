"""Saving what cannot be taken back is a deliberate act: an Enter pressed in a table of the visit
documentation edits the cell and saves nothing, and Esc on a filled-in documentation or referral
asks before throwing the words away. Driven from the keyboard through the real dialogs."""

from __future__ import annotations

from datetime import date

from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton
from test_typed_words import answer, press, show_active
from visit_fixtures import TODAY, full_plan

from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.referrals import PartnerKind, PartnerRecord
from nurse_desk.services import home_visits
from nurse_desk.ui.referrals.referral_dialog import ReferralDialog
from nurse_desk.ui.visits.documentation_dialog import DocumentationDialog

PUPIL = PupilRecord(1, "Emil", "Aasen", date(2012, 10, 15), None, "Granly skole", "8B", True)
PARTNER = PartnerRecord(2, "BUP", PartnerKind.CHILD_PSYCHIATRY, "", "", "", "", "", False, 1)


def documentation_dialog(qtbot, vault, pupil_id):  # noqa: F811
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    dialog = DocumentationDialog(None, visit=visit, today=TODAY)
    qtbot.addWidget(dialog)
    show_active(dialog)
    return dialog


def test_enter_on_the_observation_table_edits_the_note_and_saves_nothing(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    dialog = documentation_dialog(qtbot, vault, pupil_id)
    table = dialog.observations
    table.setFocus()
    table.setCurrentCell(0, 0)
    assert not any(b.isDefault() for b in dialog.findChildren(QPushButton))
    press(qtbot, table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert table.state() == table.State.EditingState and table.currentColumn() == 1
    qtbot.keyClicks(table.focusWidget(), "Eget rom")
    press(qtbot, table.focusWidget(), Qt.Key.Key_Return)  # ends the edit, saves nothing
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # the editor commits later
    press(qtbot, table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible() and table.item(0, 1).text() == "Eget rom"
    press(qtbot, table.focusWidget(), Qt.Key.Key_Escape)  # leaves the cell editor only
    press(qtbot, table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.documentation().observations[0].note == "Eget rom"


def test_ctrl_enter_saves_what_is_still_being_typed_in_a_cell(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    dialog = documentation_dialog(qtbot, vault, pupil_id)
    dialog.answers.setFocus()
    dialog.answers.setCurrentCell(0, 1)
    press(qtbot, dialog.answers, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.answers.focusWidget(), "Etter ferien")
    cell = dialog.answers.focusWidget()
    press(qtbot, cell, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.documentation().answers[0].answer == "Etter ferien"


def test_esc_on_a_filled_in_documentation_asks_and_stay_keeps_it_open(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    in_next_modal,
):
    dialog = documentation_dialog(qtbot, vault, pupil_id)
    qtbot.keyClicks(dialog.summary, "Godt besøk")
    seen = in_next_modal(answer("close_stay"))
    press(qtbot, dialog.summary, Qt.Key.Key_Escape)
    assert seen["dialog"].objectName() == "close_question" and dialog.isVisible()
    assert dialog.summary.toPlainText() == "Godt besøk"
    in_next_modal(answer("close_discard"))
    press(qtbot, dialog.summary, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_esc_on_an_untouched_documentation_closes_at_once(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    dialog = documentation_dialog(qtbot, vault, pupil_id)
    press(qtbot, dialog.summary, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_esc_on_a_referral_with_a_reason_asks(qtbot, in_next_modal):
    dialog = ReferralDialog(
        None, pupils=[PUPIL], partners=[PARTNER], consent_for=lambda *_: None, today=TODAY
    )
    qtbot.addWidget(dialog)
    show_active(dialog)
    qtbot.keyClicks(dialog.reason, "Søvnvansker over tid")
    seen = in_next_modal(answer("close_stay"))
    press(qtbot, dialog.reason, Qt.Key.Key_Escape)
    assert seen["dialog"].objectName() == "close_question" and dialog.isVisible()
    # Without consent it cannot be sent yet: Save in the question keeps the dialog open.
    in_next_modal(answer("close_keep"))
    press(qtbot, dialog.reason, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.reason.toPlainText() == "Søvnvansker over tid"
    in_next_modal(answer("close_discard"))
    press(qtbot, dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
