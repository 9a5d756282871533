"""The shared import dialog: choose a file, map its columns, preview, then import in one go.

A feature plugs in through an ``ImportFlow`` (see below): which fields it wants, how a table
becomes a preview, how a preview is written, and how to word its counts. The dialog reads the
file, checks rows and imports in the thread pool with a progress bar (rows checked, rows saved)
and a Cancel button, so 200,000 rows never freeze the window. Cancel stops the step at its next
progress report; a cancelled import rolls back its one transaction. Entry point:
``MappingDialog.run(parent, flow, path=None)`` returns the flow's commit result, or None when
nothing was imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.import_mapping import (
    ColumnMapping,
    FieldSet,
    ImportPreview,
    SavedMapping,
    choose_mapping,
    group_unknown,
    missing_fields,
)
from nurse_desk.domain.tabular import HeaderOnlyFile, Table
from nurse_desk.ui.common.background import StepCancelled, StepRunner
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.lay_out_now import lay_out_now
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.importing.field_mapping_list import FieldMappingList, FieldMappingModel
from nurse_desk.ui.importing.table_preview_model import TablePreviewModel, TablePreviewView
from nurse_desk.ui.importing.wording import line_error_text
from nurse_desk.ui.messages import describe

Progress = Any  # Callable[[int, int], None]
LISTED_AT_MOST = 500  # lines listed; the counts always cover the whole file
SAVED_NAME_CHARACTERS = 24  # the saved mappings' combo: room for a name of that length


class ImportFlow(Protocol):
    """What a feature supplies. read/preview/commit run off the GUI thread (no widgets).

    A flow may also say `at_once_bytes`: a file up to that size is read and checked on the GUI
    thread at once (none when it says nothing; see MappingDialog.open_file)."""

    fields: FieldSet
    school: str  # remembered mappings are kept per school ("" = any)

    def field_label(self, key: str) -> str: ...  # translated, with a & mnemonic if wanted

    def remembered(self) -> list[SavedMapping]: ...

    def remember(self, saved: SavedMapping) -> None: ...

    def read(self, path: Path) -> Table: ...

    def preview(
        self, table: Table, mapping: ColumnMapping, progress: Progress
    ) -> ImportPreview: ...

    def summary(self, preview: ImportPreview) -> str: ...  # feature counts, e.g. new/known

    def commit(self, preview: ImportPreview, skip_bad_lines: bool, progress: Progress) -> Any: ...

    def result_text(self, result: Any) -> str: ...


class MappingDialog(LanguageAware, QDialog):
    def __init__(self, parent: QWidget | None, flow: ImportFlow) -> None:
        super().__init__(parent, objectName="import_mapping_dialog")
        self.flow = flow
        self.table: Table | None = None
        self.preview: ImportPreview | None = None
        self.result: Any = None
        self._saved: list[SavedMapping] = []
        self.steps = StepRunner(self)
        self._importing = False
        self._close_when_done = False  # closing was asked for while an import was stopping
        self._at_once = False  # the file is small: read and checked without a background step
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        resize_to_fit(self, 980, 720)

    @classmethod
    def run(cls, parent: QWidget | None, flow: ImportFlow, path: Path | None = None) -> Any:
        dialog = cls(parent, flow)
        if path is not None:
            dialog.open_file(path)
        dialog.exec()
        dialog.deleteLater()
        return dialog.result

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.path_edit = QLineEdit(objectName="import_path", readOnly=True)
        self.choose_button = QPushButton(objectName="import_choose_file")
        self.saved_combo = QComboBox(objectName="import_saved_mapping")
        # As wide as a long name whatever it lists: adjusting to its contents, the combo
        # resized itself on a timer after the dialog was painted, which painted it again.
        self.saved_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.saved_combo.setMinimumContentsLength(SAVED_NAME_CHARACTERS)
        self.mapping_box = QGroupBox(objectName="import_mapping_box")
        self.mapping_model = FieldMappingModel(self.flow.fields.keys, self)
        self.mapping_list = FieldMappingList(self.mapping_model, self.mapping_box)
        QVBoxLayout(self.mapping_box).addWidget(self.mapping_list)
        self.remember_check = QCheckBox(objectName="import_remember", checked=True)
        self.name_edit = QLineEdit(objectName="import_mapping_name")
        self.preview_model = TablePreviewModel(self)
        self.preview_view = TablePreviewView(self.preview_model)
        self.counts_label = QLabel(objectName="import_counts", wordWrap=True)
        self.status_label = QLabel(objectName="import_status", wordWrap=True)
        self.progress = QProgressBar(objectName="import_progress", visible=False)
        self.tabs = QTabWidget(objectName="import_tabs")
        self.errors_list = QListWidget(objectName="import_errors")
        self.unknown_list = QListWidget(objectName="import_unknown")
        self.tabs.addTab(self.preview_view, "")
        self.tabs.addTab(self.errors_list, "")
        self.tabs.addTab(self.unknown_list, "")
        self.skip_check = QCheckBox(objectName="import_skip_bad_lines")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(objectName="import_run")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.cancel_button = QPushButton(objectName="import_cancel", visible=False)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        self.file_label = QLabel(buddy=self.path_edit)
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        saved_row = QHBoxLayout()
        self.saved_label = QLabel(buddy=self.saved_combo)
        saved_row.addWidget(self.saved_label)
        saved_row.addWidget(self.saved_combo, 1)
        remember_row = QHBoxLayout()
        remember_row.addWidget(self.remember_check)
        remember_row.addWidget(self.name_edit, 1)
        left = QVBoxLayout()
        left.addLayout(saved_row)
        left.addWidget(self.mapping_box, 1)  # the fields' list scrolls when they are many
        left.addLayout(remember_row)
        middle = QHBoxLayout()
        middle.addLayout(left, 0)
        middle.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(middle, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.skip_check)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self, singleShot=True, interval=250)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.saved_combo.activated.connect(self._on_saved_activated)
        self.mapping_model.edited.connect(self._on_mapping_changed)
        self.skip_check.toggled.connect(self._update_buttons)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel_step)
        self.buttons.rejected.connect(self.reject)
        self._debounce.timeout.connect(self.start_preview)
        self.steps.changed.connect(self._on_steps_changed)
        self.steps.progressed.connect(self._on_steps_progressed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import from the school system"))
        self.file_label.setText(self.tr("&File:"))
        self.choose_button.setText(self.tr("C&hoose file…"))
        self.saved_label.setText(self.tr("&Saved mapping:"))
        self.mapping_box.setTitle(self.tr("&Columns in the file"))
        self.mapping_model.set_labels({k: self.flow.field_label(k) for k in self.flow.fields.keys})
        self.remember_check.setText(self.tr("&Remember the mapping as:"))
        self.tabs.setTabText(0, self.tr("First rows"))
        self.skip_check.setText(self.tr("S&kip the lines with errors and import the rest"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill_combos_texts()
        self.mapping_list.fit_to_labels()  # to the labels and "(not in the file)"
        self._show_preview_counts()

    def _fill_combos_texts(self) -> None:
        self.mapping_model.set_none_text(self.tr("(not in the file)"))
        if self.saved_combo.count():
            self.saved_combo.setItemText(0, self.tr("(guessed from the headers)"))

    # -- file ----------------------------------------------------------------------------
    def _on_choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the export"), "", self.tr("Tables (*.csv *.txt *.xlsx)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read the file in the background, then guess or recall the mapping and preview.

        A file no bigger than the flow's `at_once_bytes` (a class list of a school) is read
        and checked at once instead, in tens of milliseconds: a step's thread would only
        compete with the window for Python while the window paints (each painted cell calls
        into Python), and the window would paint the dialog three times (empty, the file's
        first rows, the checked rows) instead of once."""
        self.path_edit.setText(str(path))
        self.table, self.preview = None, None
        self.preview_model.set_table(None)
        self._at_once = _size(path) <= getattr(self.flow, "at_once_bytes", 0)
        self._start(lambda progress: self.flow.read(path), self._on_read, self.tr("Reading…"))

    def _on_read(self, table: Table) -> None:
        self.table = table
        self.preview_model.set_table(table)
        self._saved = [s for s in self.flow.remembered() if s.kind == self.flow.fields.kind]
        mapping, name = choose_mapping(
            self.flow.fields, table.headers, self._saved, self.flow.school
        )
        self.saved_combo.clear()
        self.saved_combo.addItem("", "")
        for saved in self._saved:
            self.saved_combo.addItem(saved.name, saved.name)
        self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(name)))
        self.name_edit.setText(name or self.name_edit.text() or self.tr("standard"))
        self.mapping_model.set_headers(table.headers)
        self._fill_combos_texts()
        self.set_mapping(mapping)
        self.start_preview()
        # After the preview: a file checked at once has then gone on to another tab.
        self.preview_view.fit_when_shown()
        if self._at_once:  # read and checked here and now: laid out before the first paint
            lay_out_now(self)

    # -- mapping -------------------------------------------------------------------------
    def mapping(self) -> ColumnMapping:
        return self.mapping_model.mapping()

    def set_mapping(self, mapping: ColumnMapping) -> None:
        self.mapping_model.set_mapping(mapping)

    def _on_saved_activated(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        if not self.table:
            return
        chosen = next((s for s in self._saved if s.name == name), None)
        if chosen is None:
            self.set_mapping(choose_mapping(self.flow.fields, self.table.headers, ())[0])
        else:
            self.set_mapping(chosen.mapping)
            self.name_edit.setText(chosen.name)
        self.start_preview()

    def _on_mapping_changed(self) -> None:
        self.preview = None
        self._update_buttons()
        self._debounce.start()

    # -- preview -------------------------------------------------------------------------
    def start_preview(self) -> None:
        if self.table is None:
            return
        if not self.table.rows:  # a header line alone: 0 rows and Import off said nothing
            self.preview = None
            self.steps.cancel()
            # The command line's import refuses the same file in the same words.
            self._show_status(describe(HeaderOnlyFile()), error=True)
            self._show_preview_counts()
            return
        table, mapping = self.table, self.mapping()
        missing = missing_fields(self.flow.fields, mapping)
        self.preview = None
        if missing:
            labels = ", ".join(self.flow.field_label(k).replace("&", "") for k in missing)
            self._show_status(placed(self.tr("Choose the column for: %1"), labels))
            self.steps.cancel()
            self._show_preview_counts()
            return
        self._start(
            lambda progress: self.flow.preview(table, mapping, progress),
            self._on_previewed,
            self.tr("Checking the rows…"),
            self.tr("%v of %m rows checked"),
        )

    def _on_previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._show_status("")
        self._show_preview_counts()

    def _show_preview_counts(self) -> None:
        preview = self.preview
        self.errors_list.clear()
        self.unknown_list.clear()
        errors = len(preview.errors) if preview else 0
        unknown = len(preview.unknown) if preview else 0
        self.tabs.setTabText(1, placed(self.tr("Errors (%1)"), str(errors)))
        self.tabs.setTabText(2, placed(self.tr("Unknown pupils (%1)"), str(unknown)))
        if preview is None:
            self.counts_label.setText("")
            self._update_buttons()
            return
        self.errors_list.addItems([line_error_text(e) for e in preview.errors[:LISTED_AT_MOST]])
        who = group_unknown(preview.unknown)
        self.unknown_list.addItems([self._unknown_text(w, ls) for w, ls in who[:LISTED_AT_MOST]])
        self._note_more(self.errors_list, errors)
        self._note_more(self.unknown_list, len(who))
        counts = self.tr(
            "Rows ready to import: %1 · Rows about unknown pupils: %2 · Lines with errors: %3"
        )
        counts = placed(counts, str(len(preview.accepted)), str(unknown), str(errors))
        summary = self.flow.summary(preview)
        self.counts_label.setText(counts + (f"\n{summary}" if summary else ""))
        if errors:
            self.tabs.setCurrentIndex(1)
        self._update_buttons()

    def _unknown_text(self, who: str, lines: tuple[int, ...]) -> str:
        shown = ", ".join(str(n) for n in lines[:8]) + (" …" if len(lines) > 8 else "")
        who = who or self.tr("(no name or ID on the line)")  # a total line, say
        return placed(self.tr("%1 (lines %2)"), who, shown)

    def _note_more(self, listing: QListWidget, total: int) -> None:
        if total > LISTED_AT_MOST:
            more = placed(self.tr("… and %1 more"), str(total - LISTED_AT_MOST))
            listing.addItem(more)

    # -- import --------------------------------------------------------------------------
    def can_import(self) -> bool:
        preview = self.preview
        if self.steps.busy or preview is None or not preview.accepted or self.result is not None:
            return False
        return not preview.errors or self.skip_check.isChecked()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.can_import())
        has_errors = bool(self.preview and self.preview.errors)
        self.skip_check.setEnabled(has_errors and not self._importing)
        for widget in (self.choose_button, self.saved_combo, self.mapping_box, self.name_edit):
            widget.setEnabled(not self._importing)  # the file and mapping stay as imported
        self.remember_check.setEnabled(not self._importing)
        self.cancel_button.setVisible(self.steps.busy)
        self.cancel_button.setEnabled(self.steps.busy and not self.steps.stopping)

    def start_import(self) -> None:
        if not self.can_import():
            return
        preview, skip = self.preview, self.skip_check.isChecked()
        if self.remember_check.isChecked() and self.name_edit.text().strip():
            saved = SavedMapping(
                self.flow.fields.kind, self.name_edit.text(), self.mapping(), self.flow.school
            )
        else:
            saved = None

        def work(progress):
            result = self.flow.commit(preview, skip, progress)
            if saved is not None:
                self.flow.remember(saved)
            return result

        self._importing = True
        self._start(work, self._on_imported, self.tr("Importing…"), self.tr("%v of %m rows saved"))

    def _on_imported(self, result: Any) -> None:
        self.result = result
        self._show_status(self.flow.result_text(result))
        self._update_buttons()
        if self._close_when_done:
            super().reject()

    def cancel_step(self) -> None:
        """Stop what runs. An import is asked to stop and its report awaited: it rolls back
        (nothing saved), or it had already written its last rows and completes."""
        if not self.steps.busy:
            return
        if self._importing:
            self._show_status(self.tr("Stopping the import…"))
            self.steps.stop()
            return
        self.steps.cancel()
        if self.table is None:
            self.path_edit.clear()
        self.preview = None
        self._show_preview_counts()
        self._show_status(self.tr("Cancelled."))

    # -- background steps ----------------------------------------------------------------
    def _start(self, work, done, status: str, counting: str = "") -> None:
        if self._at_once and not self._importing:
            self._run_at_once(work, done)
            return
        self._show_status(status)
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self.progress.setFormat(counting or "%p%")
        self.steps.start(work, done, self._on_step_failed)

    def _run_at_once(self, work, done) -> None:
        """`work` here and now (a read or a preview of a small file), reported as a step's."""
        self.steps.cancel()  # a step still running is stale, as when another one starts
        try:
            result = work(lambda _done, _total: None)
        except Exception as error:  # worded for the nurse, as a step's failure is
            self._on_step_failed(error)
            return
        done(result)

    def _on_steps_progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_steps_changed(self) -> None:
        if not self.steps.busy:
            self._importing = False
        self.progress.setVisible(self.steps.busy)
        self._update_buttons()

    def _on_step_failed(self, error: BaseException) -> None:
        if isinstance(error, StepCancelled):
            self._show_status(self.tr("Import cancelled. Nothing was saved."))
        else:
            self._show_status(describe(error), error=True)
        if self._close_when_done:
            super().reject()

    def reject(self) -> None:
        if self.steps.busy and self._importing:
            # One transaction: closing stops it like Cancel, and the dialog closes once the
            # import has rolled back (or completed, if it had got that far).
            self._close_when_done = True
            self.cancel_step()
            return
        self.steps.cancel()  # a read or preview still running is of no interest any more
        super().reject()

    def done(self, result: int) -> None:
        """Closing lets go of the file's rows at once: the dialog may live on as a child of
        its page, and a school year's table and preview hold ~80 MB."""
        super().done(result)
        self.table, self.preview = None, None
        self.preview_model.set_table(None)
        self.errors_list.clear()
        self.unknown_list.clear()

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b00020;" if error else "")

    def is_busy(self) -> bool:
        return self.steps.busy


def _size(path: Path) -> float:
    """The file's size; unknown (infinite) when it cannot be read: the background read then
    reports why."""
    try:
        return path.stat().st_size
    except OSError:
        return float("inf")
