"""A text longer than the vault keeps for it is never cut without the nurse knowing: each form's
field takes no more than its stored column (she sees at the field that she cannot type more), or
the text is refused with words saying so. Widgets are found by attribute or objectName."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from journal_fixtures import pupil_id  # noqa: F401  (pytest fixture)
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget, QTableWidgetItem
from visit_fixtures import TODAY

from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.measures import InvalidMeasure, MeasureDraft, check_measure
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.referrals import (
    InvalidPartner,
    InvalidReferral,
    NewReferral,
    PartnerDraft,
    PartnerKind,
    check_partner,
    check_referral,
)
from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.services import pupils
from nurse_desk.storage.orm import ConsentRow, FollowUpRow, GuardianRow, PupilRow, SchoolRow
from nurse_desk.storage.orm_referrals import MeasureRow, PartnerRow
from nurse_desk.storage.orm_visits import HomeVisitCompanionRow as CompanionRow
from nurse_desk.storage.orm_visits import HomeVisitRow
from nurse_desk.ui.followups.acting import pupil_choices
from nurse_desk.ui.followups.follow_up_dialog import FollowUpDialog
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.messages import describe
from nurse_desk.ui.pupils.pupil_dialog import PupilDialog
from nurse_desk.ui.referrals.measure_dialog import MeasureDialog
from nurse_desk.ui.referrals.partner_dialog import PartnerDialog
from nurse_desk.ui.settings.schools_dialog import SchoolsDialog
from nurse_desk.ui.visits.visit_dialog import VisitDialog

EMIL = PupilRecord(7, "Emil", "Aasen", date(2012, 10, 15), None, "Granly", "8B", True)


def size(column) -> int:
    return column.type.length


def typed_too_long(qtbot, field: QLineEdit, column) -> None:
    """She types one character more than the column holds: the field stops her at its size."""
    field.clear()
    qtbot.keyClicks(field, "7" * (size(column) + 1))
    assert len(field.text()) == size(column), field.objectName()


def typed_in_cell(qtbot, table: QTableWidget, row: int, column: int, stored) -> None:
    """She types one character more than the column holds in a table cell, and leaves it."""
    if table.item(row, column) is None:
        table.setItem(row, column, QTableWidgetItem())
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editors = [
        e
        for e in table.viewport().findChildren(QLineEdit)
        if e.isVisibleTo(table) and not e.objectName()
    ]
    assert len(editors) == 1
    qtbot.keyClicks(editors[0], "7" * (size(stored) + 1))
    table.commitData(editors[0])  # what leaving the cell does
    assert len(table.item(row, column).text()) == size(stored), (row, column)


def test_a_partner_takes_no_more_than_the_directory_keeps_and_a_longer_one_is_refused(qtbot):
    dialog = PartnerDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    for field, column in (
        (dialog.name, PartnerRow.name),
        (dialog.organisation, PartnerRow.organisation),
        (dialog.phone, PartnerRow.phone),
        (dialog.email, PartnerRow.email),
        (dialog.address, PartnerRow.address),
    ):
        typed_too_long(qtbot, field, column)
    dialog.phone.setText("+47 22 33 44 55")  # fifty digits are no phone number
    assert check_partner(dialog.draft()) == dialog.draft()
    # Whatever else hands the directory a partner is refused, never cut.
    long_phone = PartnerDraft("Fastlege Berg", PartnerKind.GP, phone="9" * 51)
    with pytest.raises(InvalidPartner) as refused:
        check_partner(long_phone)
    assert refused.value.reason == "too_long"
    assert "50" in describe(refused.value)


def test_a_measure_takes_no_more_than_the_catalogue_keeps(qtbot):
    dialog = MeasureDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    for field, column in (
        (dialog.name, MeasureRow.name),
        (dialog.target_group, MeasureRow.target_group),
        (dialog.link, MeasureRow.link),
    ):
        typed_too_long(qtbot, field, column)
    with pytest.raises(InvalidMeasure):
        check_measure(MeasureDraft("x" * (size(MeasureRow.name) + 1)))


def test_a_referral_reason_too_long_is_refused_not_cut():
    with pytest.raises(InvalidReferral) as refused:
        check_referral(NewReferral(1, 1, TODAY, "x" * 2001))
    assert refused.value.reason == "reason_too_long"


def test_a_consent_takes_no_more_than_the_vault_keeps(qtbot):
    dialog = ConsentDialog(None, pupil=EMIL, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(ConsentPurpose.CONTACT_PARTNER.value))
    typed_too_long(qtbot, dialog.partner, ConsentRow.partner)
    typed_too_long(qtbot, dialog.guardian.lineEdit(), ConsentRow.guardian_name)
    assert dialog.consent().partner == dialog.partner.text()


def test_a_follow_up_takes_no_more_than_the_vault_keeps(qtbot, vault, pupil_id):  # noqa: F811
    choices = pupil_choices(pupils.list_pupils(vault))
    dialog = FollowUpDialog(None, pupils=choices, calendar=SchoolCalendar("no"), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    typed_too_long(qtbot, dialog.description, FollowUpRow.description)
    typed_too_long(qtbot, dialog.responsible, FollowUpRow.responsible)


def test_a_pupil_and_her_guardians_take_no_more_than_the_vault_keeps(qtbot):
    dialog = PupilDialog(None, schools=["Granly"], country="no")
    qtbot.addWidget(dialog)
    dialog.show()
    for field, column in (
        (dialog.given, PupilRow.given_name),
        (dialog.family, PupilRow.family_name),
        (dialog.national_id, PupilRow.national_id),
        (dialog.class_name, PupilRow.class_name),
        (dialog.language, PupilRow.language),
        (dialog.school.lineEdit(), SchoolRow.name),
    ):
        typed_too_long(qtbot, field, column)
    for column, stored in enumerate((GuardianRow.name, GuardianRow.relation, GuardianRow.phone)):
        typed_in_cell(qtbot, dialog.guardians, 0, column, stored)


def test_a_school_takes_no_more_than_the_vault_keeps(qtbot, vault):
    dialog = SchoolsDialog(None, vault=vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_button.click()
    row = dialog.table.rowCount() - 1
    typed_in_cell(qtbot, dialog.table, row, 0, SchoolRow.name)
    typed_in_cell(qtbot, dialog.table, row, 1, SchoolRow.municipality)


def test_a_visit_plan_takes_no_more_than_the_vault_keeps(qtbot, vault, pupil_id):  # noqa: F811
    dialog = VisitDialog(None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    for field, column in (
        (form.initiator_text, HomeVisitRow.initiator_text),
        (form.reason_text, HomeVisitRow.reason_text),
        (form.purpose_text, HomeVisitRow.purpose_text),
        (form.address, HomeVisitRow.address),
        (form.call_whom, HomeVisitRow.call_whom),
        (form.home_of.lineEdit(), HomeVisitRow.home_of),
        (form.notice_to.lineEdit(), HomeVisitRow.notice_to),
    ):
        typed_too_long(qtbot, field, column)
    form.setCurrentIndex(
        next(i for i in range(form.count()) if form.widget(i).isAncestorOf(form.companions))
    )
    form.companions.add(None)
    for column, stored in (
        (1, CompanionRow.name),
        (2, CompanionRow.organisation),
        (3, CompanionRow.phone),
    ):
        typed_in_cell(qtbot, form.companions.table, 0, column, stored)


def test_an_agreed_follow_up_after_a_visit_takes_no_more_than_a_follow_up_keeps(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    """A longer one was taken, then refused by the vault when the visit was documented."""
    from visit_fixtures import full_plan

    from nurse_desk.services import home_visits
    from nurse_desk.ui.visits.documentation_dialog import DocumentationDialog

    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    dialog = DocumentationDialog(None, visit=visit, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_follow_up(None)
    dialog.follow_ups.commit_open_editor()
    typed_in_cell(qtbot, dialog.follow_ups, 0, 1, FollowUpRow.description)


# -- pasting more than a field holds ------------------------------------------------------
PASTED_TOO_LONG = {
    "en": ("This field holds 200 characters", "it would have 313"),
    "nb": ("Feltet har plass til 200 tegn", "ville det fått 313"),
    "sv": ("Fältet rymmer 200 tecken", "skulle det ha 313"),
}


def message_at(field: QLineEdit) -> QLabel | None:
    from nurse_desk.ui.common.capped_text import MESSAGE_NAME

    shown = [m for m in field.window().findChildren(QLabel, MESSAGE_NAME) if m.isVisible()]
    return shown[0] if shown else None


def paste(qtbot, field: QLineEdit, text: str) -> None:
    """Ctrl+V with `text` on the clipboard, as the nurse pastes."""
    QGuiApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_a_pasted_text_longer_than_the_field_is_refused_with_words_not_cut(qtbot, language):
    dialog = PartnerDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Fastlege ")
    paste(qtbot, dialog.name, "B" * 304)  # 9 + 304 = 313 characters, the field holds 200
    assert dialog.name.text() == "Fastlege "  # nothing silently cut: nothing pasted
    qtbot.waitUntil(lambda: message_at(dialog.name) is not None, timeout=2000)
    words = message_at(dialog.name).text()
    assert all(part in words for part in PASTED_TOO_LONG[language]), words
    message = message_at(dialog.name)
    assert (
        message.geometry().top() >= dialog.name.mapTo(dialog, dialog.name.rect().bottomLeft()).y()
    )
    shots = os.environ.get("NURSE_DESK_SHOTS", "")
    if shots:
        dialog.grab().save(str(Path(shots) / f"pasted_too_long_{language}.png"))
    paste(qtbot, dialog.name, "Berg")  # a text that fits: pasted, and the words go
    assert dialog.name.text() == "Fastlege Berg" and message_at(dialog.name) is None


def test_a_text_that_fits_pastes_and_a_longer_one_set_by_the_program_is_kept(qtbot):
    dialog = PartnerDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    paste(qtbot, dialog.address, "A" * 500)  # exactly what the field holds
    assert len(dialog.address.text()) == 500
    dialog.address.setText("A" * 520)  # a vault's older, longer value: kept whole, no words
    qtbot.wait(10)
    assert len(dialog.address.text()) == 520 and message_at(dialog.address) is None
    dialog.address.backspace()  # and it may be shortened
    assert len(dialog.address.text()) == 519


def test_a_pasted_text_longer_than_a_table_cell_is_refused_with_words(qtbot):
    dialog = PupilDialog(None, schools=["Granly"], country="no")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.guardians.setItem(0, 2, QTableWidgetItem())
    dialog.guardians.setCurrentCell(0, 2)
    dialog.guardians.editItem(dialog.guardians.item(0, 2))
    editor = next(
        e for e in dialog.guardians.viewport().findChildren(QLineEdit) if e.isVisibleTo(dialog)
    )
    paste(qtbot, editor, "9" * 60)  # the phone column holds 50
    assert editor.text() == ""
    qtbot.waitUntil(lambda: message_at(editor) is not None, timeout=2000)
    assert "50" in message_at(editor).text() and "60" in message_at(editor).text()


def test_every_capped_one_line_field_is_capped_through_capped_text():
    """Qt's own cap cuts a pasted text without a word: no field of the windows uses it."""
    ui = Path(__file__).parents[2] / "nurse_desk" / "ui"
    using_qt_cap = [
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if path.name != "capped_text.py"
        and ("setMaxLength" in path.read_text() or "maxLength=" in path.read_text())
    ]
    assert using_qt_cap == []


def test_a_long_text_pasted_in_a_counted_note_field_is_kept_whole_and_counted(qtbot):
    """The multi-line fields with a limit are never cut: the count says how many too many."""
    from PySide6.QtWidgets import QPlainTextEdit

    from nurse_desk.ui.common.length_count import LengthCount

    field = QPlainTextEdit()
    count = LengthCount(field, 100, objectName="count")
    qtbot.addWidget(field)
    qtbot.addWidget(count)
    field.show()
    QGuiApplication.clipboard().setText("x" * 130)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(field.toPlainText()) == 130 and count.is_over()
    assert "30 too many" in count.text()
