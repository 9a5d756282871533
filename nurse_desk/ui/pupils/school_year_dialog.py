"""New school year: choose a school, see where every pupil goes, confirm, and all classes move
up a grade in one step."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.school_year import ClassMove, MoveKind
from nurse_desk.domain.words import word
from nurse_desk.services import class_list as class_list_service
from nurse_desk.services import pupils as pupil_service
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.column_widths import fit_columns_once
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.record_table_model import RECORD_ROLE, RecordTableModel
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.i18n import shown_language
from nurse_desk.ui.messages import describe
from nurse_desk.ui.pupils.pupil_table_model import format_date

_ONE_SCHOOL_YEAR_DAYS = 300
MOVE_ROLE = RECORD_ROLE  # the old name


class MoveColumn(IntEnum):
    NAME = 0
    NOW = 1
    NEXT = 2


_HEADERS = {
    MoveColumn.NAME: QT_TRANSLATE_NOOP("ClassMoveTableModel", "Pupil"),
    MoveColumn.NOW: QT_TRANSLATE_NOOP("ClassMoveTableModel", "Class now"),
    MoveColumn.NEXT: QT_TRANSLATE_NOOP("ClassMoveTableModel", "Next school year"),
}


class ClassMoveTableModel(RecordTableModel[ClassMove]):
    COLUMNS = MoveColumn
    HEADERS = _HEADERS
    CONTEXT = "ClassMoveTableModel"

    def cell(self, move: ClassMove, column: MoveColumn, role: int, row: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column is MoveColumn.NAME:
                return move.name
            if column is MoveColumn.NOW:
                return move.before
            if move.kind is MoveKind.MOVES_UP:
                return move.after
            return word(move.kind, shown_language())
        if role == Qt.ItemDataRole.ForegroundRole and move.kind is not MoveKind.MOVES_UP:
            return QBrush(QColor("#8a4b00"))
        return None


class SchoolYearDialog(LanguageAware, QDialog):
    def __init__(self, parent: QWidget | None, *, vault: Vault, schools: Sequence[str]) -> None:
        super().__init__(parent, objectName="school_year_dialog")
        self._vault = vault
        self.school = QComboBox(objectName="school_year_school")
        self.school.addItems(list(schools))
        self.top_grade = QSpinBox(objectName="school_year_top_grade")
        self.top_grade.setRange(1, 13)
        self.top_grade.setMaximumWidth(90)
        self.top_grade.setValue(class_list_service.default_top_grade(vault))
        self.archive_leavers = QCheckBox(objectName="school_year_archive_leavers")
        self.archive_leavers.setChecked(True)
        self.model = ClassMoveTableModel(self)
        self.table = QTableView(objectName="school_year_preview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fitted in refresh()
        header.setSectionResizeMode(MoveColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(objectName="school_year_summary")
        self.already_moved = QLabel(objectName="school_year_already_moved", wordWrap=True)
        self.already_moved.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.school_label, self.top_grade_label = QLabel(), QLabel()
        self.school_label.setBuddy(self.school)
        self.top_grade_label.setBuddy(self.top_grade)
        self.form = QFormLayout()
        self.form.addRow(self.school_label, self.school)
        self.form.addRow(self.top_grade_label, self.top_grade)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.already_moved)
        layout.addWidget(self.archive_leavers)
        layout.addWidget(self.buttons)
        self.resize(620, 520)
        self._connect_signals()
        self.retranslate_ui()
        self.refresh()

    def _connect_signals(self) -> None:
        self.school.currentTextChanged.connect(self.refresh)
        self.top_grade.valueChanged.connect(self.refresh)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New school year"))
        self.school_label.setText(self.tr("&School:"))
        self.top_grade_label.setText(self.tr("&Top grade (leaves after):"))
        self.archive_leavers.setText(self.tr("Mark pupils leaving the top grade as left school"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move classes up"))
        self._update_summary()

    def moves(self) -> list[ClassMove]:
        return [self.model.index(row, 0).data(MOVE_ROLE) for row in range(self.model.rowCount())]

    def refresh(self) -> None:
        school = self.school.currentText()
        moves = (
            class_list_service.preview_new_school_year(self._vault, school, self.top_grade.value())
            if school
            else []
        )
        self.model.set_rows(moves)
        fit_columns_once(self.table, (MoveColumn.NOW, MoveColumn.NEXT))
        self._moved_on = class_list_service.last_moved_up(self._vault, school) if school else None
        self._update_summary()

    def _update_summary(self) -> None:
        moves = self.moves()
        count = {kind: sum(1 for m in moves if m.kind is kind) for kind in MoveKind}
        self.summary.setText(
            placed(
                self.tr("Move up a grade: %1 · Leave school: %2 · Not moved: %3"),
                str(count[MoveKind.MOVES_UP]),
                str(count[MoveKind.LEAVES]),
                str(count[MoveKind.NOT_MOVED]),
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(moves))
        moved_on = getattr(self, "_moved_on", None)
        recent = moved_on is not None and (date.today() - moved_on).days < _ONE_SCHOOL_YEAR_DAYS
        self.already_moved.setVisible(recent)
        if recent:
            self.already_moved.setText(
                placed(
                    self.tr("The classes at this school were already moved up on %1."),
                    format_date(moved_on),
                )
            )

    def _on_buttons_accepted(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New school year"),
            placed(
                self.tr(
                    "Move every class at %1 up a grade now? This cannot be undone in one step."
                ),
                self.school.currentText(),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            class_list_service.start_new_school_year(
                self._vault,
                self.school.currentText(),
                self.top_grade.value(),
                archive_leavers=self.archive_leavers.isChecked(),
            )
        except NurseDeskError as error:
            QMessageBox.warning(self, self.tr("New school year"), describe(error))
            return
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None, vault: Vault) -> bool:
        """Shows the preview; True when the classes were moved."""
        schools = [school.name for school in pupil_service.list_schools(vault)]
        dialog = cls(parent, vault=vault, schools=schools)
        return dialog.exec() == QDialog.DialogCode.Accepted
