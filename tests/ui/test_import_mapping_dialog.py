from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QThreadPool

from nurse_desk.domain.import_mapping import (
    IDENTITY_FIELDS,
    IDENTITY_GROUPS,
    ColumnMapping,
    FieldSet,
    ImportField,
    ImportKind,
    ImportPreview,
    SavedMapping,
    UnknownPupil,
    convert_rows,
)
from nurse_desk.domain.tabular import Table
from nurse_desk.services.import_files import read_table
from nurse_desk.ui.importing.field_mapping_list import COLUMN_ROLE
from nurse_desk.ui.importing.mapping_dialog import MappingDialog

FIELDS = FieldSet(
    ImportKind.ABSENCE,
    (*IDENTITY_FIELDS, ImportField("day", ("dato",), required=True)),
    IDENTITY_GROUPS,
)


@dataclass
class FakeFlow:
    """Stands in for a feature: 'unknown' pupils are those named Ukjent."""

    fields: FieldSet = FIELDS
    school: str = ""
    saved: list[SavedMapping] = field(default_factory=list)
    committed: list[tuple[int, bool]] = field(default_factory=list)

    def field_label(self, key: str) -> str:
        return key

    def remembered(self) -> list[SavedMapping]:
        return list(self.saved)

    def remember(self, saved: SavedMapping) -> None:
        self.saved.insert(0, saved)

    def read(self, path: Path) -> Table:
        return read_table(path)

    def preview(self, table, mapping, progress) -> ImportPreview:
        converted = convert_rows(
            table, mapping, lambda c: (c.text("full_name"), c.date("day")), progress
        )
        known = tuple(r for r in converted.rows if r[1][0] != "Ukjent")
        unknown = tuple(
            UnknownPupil(line, who) for line, (who, _) in converted.rows if who == "Ukjent"
        )
        return ImportPreview(known, unknown, converted.errors)

    def summary(self, preview) -> str:
        return ""

    def commit(self, preview, skip_bad_lines, progress):
        self.committed.append((len(preview.accepted), skip_bad_lines))
        return len(preview.accepted)

    def result_text(self, result) -> str:
        return f"{result} imported"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "fravær.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def open_dialog(qtbot, flow, path) -> MappingDialog:
    dialog = MappingDialog(None, flow)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    return dialog


LINES = "Elev;Fødselsdato;Dato\nOla;1.2.2014;01.09.2025\nUkjent;1.2.2014;02.09.2025\n"


def test_guessed_mapping_preview_and_import(qtbot, tmp_path):
    flow = FakeFlow()
    dialog = open_dialog(qtbot, flow, write(tmp_path, LINES))
    assert dialog.mapping_model.column_of("full_name") == "Elev"
    assert dialog.mapping_model.column_of("day") == "Dato"
    assert dialog.mapping_model.column_of("national_id") == ""
    assert dialog.preview_model.rowCount() == 2
    assert dialog.unknown_list.count() == 1 and dialog.errors_list.count() == 0
    assert dialog.import_button.isEnabled()
    dialog.name_edit.setText("Visma")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    assert flow.committed == [(1, False)]
    assert flow.saved[0].name == "Visma"
    assert dict(flow.saved[0].mapping.columns) == {
        "full_name": "Elev",
        "birth_date": "Fødselsdato",
        "day": "Dato",
    }
    assert not dialog.import_button.isEnabled()


def test_errors_block_the_import_until_the_nurse_skips_them(qtbot, tmp_path):
    flow = FakeFlow()
    dialog = open_dialog(qtbot, flow, write(tmp_path, LINES + "Per;1.2.2014;31.02.2026\n"))
    assert dialog.errors_list.count() == 1
    assert dialog.preview.errors[0].line == 4
    assert not dialog.import_button.isEnabled()
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    assert flow.committed == [(1, True)]


def test_an_incomplete_mapping_says_what_is_missing(qtbot, tmp_path):
    dialog = open_dialog(qtbot, FakeFlow(), write(tmp_path, LINES))
    dialog.mapping_model.choose("day", "")
    dialog.start_preview()
    assert dialog.preview is None
    assert "day" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


def test_a_remembered_mapping_is_chosen_for_a_file_with_its_columns(qtbot, tmp_path):
    saved = SavedMapping(
        ImportKind.ABSENCE,
        "Mine",
        ColumnMapping({"full_name": "Navn", "birth_date": "Født", "day": "Når"}),
    )
    flow = FakeFlow(saved=[saved])
    dialog = open_dialog(
        qtbot, flow, write(tmp_path, "Navn;Født;Når;Dato\nOla;1.2.2014;1.9.25;x\n")
    )
    assert dialog.saved_combo.currentData() == "Mine"
    assert dialog.mapping_model.column_of("day") == "Når"
    assert dialog.name_edit.text() == "Mine"


def test_an_unreadable_file_is_explained_not_raised(qtbot, tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"")
    dialog = MappingDialog(None, FakeFlow())
    qtbot.addWidget(dialog)
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    assert dialog.status_label.text()
    assert dialog.preview is None


class SlowFlow(FakeFlow):
    """A preview that waits until the test lets it go: the window must stay responsive."""

    def __init__(self) -> None:
        super().__init__()
        import threading

        self.release = threading.Event()

    def preview(self, table, mapping, progress):
        progress(1, 4)
        self.release.wait(5)
        return super().preview(table, mapping, progress)


def test_a_long_preview_runs_in_the_background_with_progress(qtbot, tmp_path):
    flow = SlowFlow()
    dialog = MappingDialog(None, flow)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(write(tmp_path, LINES))
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 4, timeout=5000)
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(10, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=2000)  # the event loop is not blocked
    assert dialog.is_busy() and dialog.progress.isVisible()
    assert not dialog.import_button.isEnabled()
    flow.release.set()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert not dialog.progress.isVisible() and dialog.import_button.isEnabled()


def test_an_incomplete_mapping_during_a_slow_preview_drops_it(qtbot, tmp_path):
    flow = SlowFlow()
    dialog = MappingDialog(None, flow)
    qtbot.addWidget(dialog)
    dialog.open_file(write(tmp_path, LINES))
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 4, timeout=5000)
    dialog.mapping_model.choose("day", "")
    dialog.start_preview()
    assert not dialog.is_busy() and not dialog.progress.isVisible()
    flow.release.set()
    pool = QThreadPool.globalInstance()
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=5000)
    qtbot.wait(50)  # any report it sent has been delivered (and dropped)
    assert dialog.preview is None and not dialog.is_busy()


def test_the_preview_model_passes_the_model_tester(qtmodeltester, tmp_path):
    from nurse_desk.ui.importing.table_preview_model import TablePreviewModel

    model = TablePreviewModel()
    model.set_table(read_table(write(tmp_path, LINES)))
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"  # the file's line number


def test_the_nurse_changes_a_field_s_column_from_the_keyboard(qtbot, tmp_path):
    from PySide6.QtWidgets import QComboBox

    dialog = open_dialog(qtbot, FakeFlow(), write(tmp_path, LINES))
    fields = dialog.mapping_list
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Columns in the file"
    qtbot.waitUntil(fields.hasFocus, timeout=2000)
    day = fields.field_row("day")
    while fields.currentIndex().row() < day:
        qtbot.keyClick(fields, Qt.Key.Key_Down)
    qtbot.keyClick(fields, Qt.Key.Key_Return)
    choice = fields.findChild(QComboBox, "import_column_choice")
    assert choice is not None and choice.currentData() == "Dato"
    qtbot.waitUntil(lambda: choice.view().isVisible(), timeout=2000)  # it opens shown
    qtbot.keyClick(choice.view(), Qt.Key.Key_Home)
    qtbot.keyClick(choice.view(), Qt.Key.Key_Return)
    assert dialog.mapping().header("day") is None
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: "day" in dialog.status_label.text(), timeout=3000)  # re-checked
    qtbot.waitUntil(lambda: fields.findChild(QComboBox, "import_column_choice") is None)
    assert fields.currentIndex().row() == day  # back on the field, for the next key
    qtbot.keyClick(fields, Qt.Key.Key_Tab)
    assert not fields.hasFocus()  # Tab leaves the fields, as it left the last combo box
    fields.setFocus()
    qtbot.keyClicks(fields, "bi")  # a field's first letters go to it
    assert fields.currentIndex().row() == fields.field_row("birth_date")


def test_the_fields_are_one_list_without_a_combo_box_each(qtbot, tmp_path):
    from PySide6.QtWidgets import QComboBox

    dialog = open_dialog(qtbot, FakeFlow(), write(tmp_path, LINES))
    assert dialog.findChildren(QComboBox) == [dialog.saved_combo]  # built only while choosing
    model = dialog.mapping_model
    shown = [model.index(row).data(COLUMN_ROLE) for row in range(model.rowCount())]
    none = "(not in the file)"
    assert shown == [none, "Elev", none, none, "Fødselsdato", none, "Dato"]
    fields = dialog.mapping_list
    row = fields.visualRect(model.index(fields.field_row("birth_date")))
    label = row.topLeft() + QPoint(4, row.height() // 2)
    qtbot.mouseClick(fields.viewport(), Qt.MouseButton.LeftButton, pos=label)
    assert fields.findChild(QComboBox, "import_column_choice") is None  # the label: no choice
    choice_part = QPoint(row.right() - 8, row.center().y())
    qtbot.mouseClick(fields.viewport(), Qt.MouseButton.LeftButton, pos=choice_part)
    choice = fields.findChild(QComboBox, "import_column_choice")
    assert choice is not None and choice.currentData() == "Fødselsdato"
    qtbot.waitUntil(lambda: choice.view().isVisible(), timeout=2000)
    choice.hidePopup()
    dialog.mapping_box.setEnabled(False)  # during an import the mapping stays as imported
    assert not dialog.mapping_list.isEnabled()


def test_before_a_file_is_read_a_field_has_nothing_to_choose(qtbot):
    from PySide6.QtWidgets import QComboBox

    dialog = MappingDialog(None, FakeFlow())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mapping_list.choose_from_keyboard("day")
    assert dialog.mapping_list.findChild(QComboBox, "import_column_choice") is None
    assert dialog.mapping() == dialog.mapping_model.mapping() and not dialog.mapping().columns


def test_not_in_the_file_shows_whole_in_every_language(qtbot):
    """The painted column choice was 16 average characters wide: the Swedish '(finns inte i
    filen)' lost its closing parenthesis and letters under the arrow, on every field of a
    file just opened, at any screen size."""
    from PySide6.QtWidgets import QComboBox

    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    try:
        for language in ("sv", "nb", "en"):
            assert translations.apply(language)
            dialog = MappingDialog(None, FakeFlow())
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.resize(dialog.minimumSizeHint())  # the list at its narrowest, as on a laptop
            qtbot.wait(10)
            fields, model = dialog.mapping_list, dialog.mapping_model
            combo = QComboBox(fields)
            combo.addItem(model.none_text)
            shown = fields.choices.choice_rect(fields.visualRect(model.index(0)))
            assert shown.width() >= combo.sizeHint().width(), (language, model.none_text)
            dialog.close()
    finally:
        translations.apply("en")
