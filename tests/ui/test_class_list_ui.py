"""Importing a class list in the window: the shared dialog, the Changes tab, ticks for who left."""

from __future__ import annotations

from class_list_fixtures import Guardian, made_up_pupils, with_changes, write_class_list
from PySide6.QtCore import Qt
from test_first_show_paints import PaintCounter

from nurse_desk.domain.class_list_plan import PlanKind
from nurse_desk.services import class_list, pupils
from nurse_desk.ui.pupils.class_list_dialog import ClassListFlow, ClassListImportDialog
from nurse_desk.ui.pupils.class_list_plan_view import PLANNED_ROLE, PlanColumn

SHOTS = "/tmp/pupil-import"


def open_dialog(qtbot, vault, path, *, full_school=False):
    dialog = ClassListImportDialog(None, ClassListFlow(vault), ["Granly skole"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_school_check.setChecked(full_school)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_busy(), timeout=5000)
    return dialog


def import_and_wait(qtbot, dialog):
    assert dialog.import_button.isEnabled(), dialog.status_label.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert dialog.result is not None, dialog.status_label.text()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    return dialog.result


def test_preview_shows_new_changed_unchanged_and_missing(qtbot, vault, tmp_path, qtmodeltester):
    listed = made_up_pupils(10)
    first = write_class_list(tmp_path / "v1.csv", listed, encoding="cp1252")
    class_list.import_class_list(vault, class_list.preview_class_list_file(vault, first))
    listed[1] = with_changes(listed[1], klass="9C")
    listed[2] = with_changes(
        listed[2], guardians=(*listed[2].guardians, Guardian("Per Steffen", "stefar", "98765432"))
    )
    newcomer = with_changes(made_up_pupils(11)[10], given="Nyjente")
    second = write_class_list(tmp_path / "v2.csv", [*listed[:9], newcomer], per_guardian=True)
    dialog = open_dialog(qtbot, vault, second, full_school=True)
    view = dialog.plan_view
    qtmodeltester.check(view.model)
    assert dialog.tabs.currentWidget() is view
    kinds = [view.model.index(r, 0).data(PLANNED_ROLE).kind for r in range(view.model.rowCount())]
    assert kinds.count(PlanKind.CHANGED) == 2 and kinds.count(PlanKind.NEW) == 1
    assert kinds.count(PlanKind.UNCHANGED) == 7 and kinds.count(PlanKind.MISSING) == 1
    changes = {view.model.index(r, PlanColumn.CHANGES).data() for r in range(view.model.rowCount())}
    assert any("2B → 9C" in text for text in changes)
    assert any("Per Steffen (stefar) 98765432" in text for text in changes)
    view.show_only(PlanKind.CHANGED)
    assert view.proxy.rowCount() == 2
    view.show_only(None)
    dialog.grab().save(f"{SHOTS}/class_list_import.png")
    missing_row = kinds.index(PlanKind.MISSING)
    tick = view.model.index(missing_row, PlanColumn.WHAT)
    assert tick.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    view.model.setData(tick, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    result = import_and_wait(qtbot, dialog)
    assert (result.new, result.changed, result.left_school) == (1, 2, 0)
    assert all(p.active for p in pupils.list_pupils(vault))
    assert len(pupils.list_pupils(vault)) == 11


def test_ticked_missing_pupil_is_marked_as_left_school(qtbot, vault, tmp_path):
    listed = made_up_pupils(4)
    first = write_class_list(tmp_path / "v1.csv", listed)
    class_list.import_class_list(vault, class_list.preview_class_list_file(vault, first))
    dialog = open_dialog(
        qtbot, vault, write_class_list(tmp_path / "v2.csv", listed[:3]), full_school=True
    )
    result = import_and_wait(qtbot, dialog)
    assert result.left_school == 1
    left = [p for p in pupils.list_pupils(vault) if not p.active]
    assert [p.national_id for p in left] == [listed[3].national_id]


def test_bad_line_is_listed_and_nothing_can_be_imported(qtbot, vault, tmp_path):
    listed = made_up_pupils(20)
    listed[15] = with_changes(listed[15], national_id="15101250251")
    dialog = open_dialog(qtbot, vault, write_class_list(tmp_path / "bad.csv", listed))
    assert dialog.errors_list.count() == 1
    assert "17" in dialog.errors_list.item(0).text()
    assert not dialog.import_button.isEnabled()
    dialog.grab().save(f"{SHOTS}/class_list_errors.png")
    assert pupils.list_pupils(vault) == []


def test_every_dialog_part_retranslates(qtbot, vault, tmp_path):
    dialog = open_dialog(qtbot, vault, write_class_list(tmp_path / "a.csv", made_up_pupils(2)))
    dialog.retranslate_ui()
    dialog.plan_view.retranslate_ui()
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.plan_view))


def test_pupils_page_offers_both_actions_and_reloads_after_an_import(
    qtbot, make_window, tmp_path, monkeypatch
):
    from pathlib import Path

    from nurse_desk.ui.pupils.school_year_dialog import SchoolYearDialog
    from nurse_desk.ui.workspace import Section

    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.PUPILS)
    page = window.workspace.pupils_page
    before = page.model.rowCount()
    vault = window.session.vault
    path = write_class_list(tmp_path / "ny.csv", made_up_pupils(3, school="Bø skole"))

    def stand_in(parent, vault_given):
        assert vault_given is vault
        return class_list.import_class_list(vault, class_list.preview_class_list_file(vault, path))

    monkeypatch.setattr(
        ClassListImportDialog, "run_for", classmethod(lambda cls, p, v: stand_in(p, v))
    )
    page.import_button.click()
    assert page.model.rowCount() == before + 3
    monkeypatch.setattr(SchoolYearDialog, "run", classmethod(lambda cls, p, v: False))
    page.school_year_button.click()
    window.resize(1100, 700)
    window.grab().save(f"{SHOTS}/pupils_page.png")


def test_a_school_list_is_checked_at_once_and_a_bigger_file_in_the_background(
    qtbot, vault, tmp_path, monkeypatch
):
    path = write_class_list(tmp_path / "skole.csv", made_up_pupils(40))
    dialog = ClassListImportDialog(None, ClassListFlow(vault), ["Granly skole"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)  # read and checked before it returns: no thread, nothing to wait for
    assert dialog.preview is not None and not dialog.is_busy()
    assert dialog.preview.plan.count(PlanKind.NEW) == 40
    assert dialog.tabs.currentWidget() is dialog.plan_view
    # The file's first rows are measured for their widths only once their tab is looked at.
    header = dialog.preview_view.horizontalHeader()
    widths = {header.sectionSize(column) for column in range(header.count())}
    assert widths == {header.defaultSectionSize()}
    dialog.tabs.setCurrentWidget(dialog.preview_view)
    widths = {header.sectionSize(column) for column in range(header.count())}
    assert widths != {header.defaultSectionSize()}
    monkeypatch.setattr(ClassListFlow, "at_once_bytes", path.stat().st_size - 1)
    dialog.open_file(path)
    assert dialog.preview is None and dialog.is_busy()  # a step's thread reads it
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_busy(), timeout=5000)
    assert dialog.preview.plan.count(PlanKind.NEW) == 40


def test_a_chosen_file_is_laid_out_before_the_dialog_is_painted(qtbot, vault, tmp_path):
    """A school's list is read, checked and laid out in one go: the plan and the fields are
    painted once. (The dialog was painted, laid out on Qt's timers, then painted again: every
    visible row of the plan asked twice for each of its roles.)"""
    path = write_class_list(tmp_path / "skole.csv", made_up_pupils(80))
    dialog = ClassListImportDialog(None, ClassListFlow(vault), ["Granly skole"])
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.wait(50)
    plan = PaintCounter(dialog.plan_view.table.viewport())
    fields = PaintCounter(dialog.mapping_list.viewport())
    dialog.open_file(path)
    qtbot.wait(100)  # the first paint, and anything Qt had put off until after it
    assert dialog.tabs.currentWidget() is dialog.plan_view
    assert dialog.plan_view.table.verticalScrollBar().isVisible()
    assert (plan.paints, fields.paints) == (1, 1)


def test_the_fourteen_fields_build_no_combo_box_until_one_is_chosen(qtbot, vault, tmp_path):
    from PySide6.QtWidgets import QComboBox, QWidget

    path = write_class_list(tmp_path / "skole.csv", made_up_pupils(5))
    dialog = open_dialog(qtbot, vault, path)
    assert dialog.mapping_model.rowCount() == len(dialog.flow.fields.fields) == 14
    combos = dialog.findChildren(QComboBox)
    assert set(combos) == {dialog.saved_combo, dialog.school_combo, dialog.plan_view.show_kind}
    # A combo box a field (each with its hidden pop-up list) made the dialog ~270 widgets.
    assert len(dialog.findChildren(QWidget)) < 140
    dialog.mapping_list.choose_from_keyboard("class_name")
    choice = dialog.mapping_list.findChild(QComboBox, "import_column_choice")
    assert choice is not None and choice.currentData() == dialog.mapping().header("class_name")
