"""Nothing the nurse typed is dropped without a word: a half-filled row, a field that does not
read as what it asks for, is refused at the field in her language, and the form stays open with
what she typed. Widgets are found by attribute or objectName, never by their text."""

from __future__ import annotations

import pytest
from journal_fixtures import pupil_id  # noqa: F401  (pytest fixture)
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog
from visit_fixtures import TODAY

from nurse_desk.domain.home_visits import Companion, CompanionRole
from nurse_desk.services import home_visits, pupils
from nurse_desk.ui.visits.visit_dialog import VisitDialog

COMPANION_NO_NAME = {
    "en": "Row 2 of who comes along has no name",
    "nb": "Rad 2 av dem som blir med, mangler navn",
    "sv": "Rad 2 av dem som följer med saknar namn",
}


def saved(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def plan_dialog(qtbot, vault, pupil_id) -> VisitDialog:  # noqa: F811
    dialog = VisitDialog(
        None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault), pupil_id=pupil_id
    )
    dialog.form.day.setDate(QDate(2026, 12, 3))
    dialog.form.start.setTime(QTime(13, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("typed", ["phone", "organisation", "role", "confirmed"])
def test_a_companion_row_without_a_name_is_said_at_the_table_not_dropped(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    language,
    typed,
):
    dialog = plan_dialog(qtbot, vault, pupil_id)
    companions = dialog.form.companions
    companions.add(Companion(CompanionRole.DOCTOR, "Per Lunde"))
    companions.add(None)
    if typed == "phone":
        companions.table.item(1, 3).setText("912 34 567")
    elif typed == "organisation":
        companions.table.item(1, 2).setText("Tolketjenesten")
    elif typed == "role":
        role = companions.table.cellWidget(1, 0)
        role.setCurrentIndex(role.findData(CompanionRole.INTERPRETER.value))
    else:
        companions.table.item(1, 4).setCheckState(Qt.CheckState.Checked)
    dialog.form.setCurrentIndex(0)
    dialog._on_save_clicked()
    assert dialog.isVisible() and not saved(dialog)
    assert home_visits.list_visits(vault) == []
    assert dialog.form.currentWidget().isAncestorOf(companions)
    assert companions.problem.isVisible()
    assert COMPANION_NO_NAME[language] in companions.problem.text()
    assert (companions.table.currentRow(), companions.table.currentColumn()) == (1, 1)
    companions.table.item(1, 1).setText("Ali Haddad")
    dialog._on_save_clicked()
    assert saved(dialog)
    plan = home_visits.get_visit(vault, dialog.saved.id).plan
    assert [c.name for c in plan.companions] == ["Per Lunde", "Ali Haddad"]


def test_an_added_companion_row_left_empty_is_no_person_and_no_problem(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    dialog = plan_dialog(qtbot, vault, pupil_id)
    dialog.form.companions.add(None)
    dialog.form.companions.table.item(0, 1).setText("   ")  # spaces are no name, and nothing
    dialog._on_save_clicked()
    assert saved(dialog)
    assert home_visits.get_visit(vault, dialog.saved.id).plan.companions == ()


def test_a_phone_typed_for_a_companion_without_a_name_counts_as_unsaved(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    dialog = plan_dialog(qtbot, vault, pupil_id)
    dialog._as_opened = dialog._typed()
    dialog.form.companions.add(None)
    assert not dialog.has_unsaved_words()  # an empty row is nothing typed
    dialog.form.companions.table.item(0, 3).setText("912 34 567")
    assert dialog.has_unsaved_words()  # Esc asks before the number is thrown away
