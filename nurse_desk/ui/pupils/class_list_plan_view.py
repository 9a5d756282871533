"""The class-list preview: which pupils are new, changed (and what changes), unchanged, and who
is missing from a full-school list (ticked ones are marked as left school)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.class_list_plan import (
    PLAN_ORDER,
    ChangedField,
    FieldChange,
    PlanKind,
    PlannedPupil,
)
from nurse_desk.domain.words import word
from nurse_desk.ui.common.column_widths import fit_columns, fit_text_columns
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.record_table_model import RECORD_ROLE, RecordTableModel
from nurse_desk.ui.common.record_table_model import Index as _Index
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.i18n import shown_language

PLANNED_ROLE = RECORD_ROLE  # the old name, kept for callers
_CONTEXT = "ClassListPlanModel"


class PlanColumn(IntEnum):
    WHAT = 0
    NAME = 1
    SCHOOL = 2
    CLASS = 3
    CHANGES = 4


_HEADERS = {
    PlanColumn.WHAT: QT_TRANSLATE_NOOP("ClassListPlanModel", "What happens"),
    PlanColumn.NAME: QT_TRANSLATE_NOOP("ClassListPlanModel", "Pupil"),
    PlanColumn.SCHOOL: QT_TRANSLATE_NOOP("ClassListPlanModel", "School"),
    PlanColumn.CLASS: QT_TRANSLATE_NOOP("ClassListPlanModel", "Class"),
    PlanColumn.CHANGES: QT_TRANSLATE_NOOP("ClassListPlanModel", "Changes"),
}
_COLOURS = {PlanKind.NEW: "#1b5e20", PlanKind.CHANGED: "#0d47a1", PlanKind.MISSING: "#8a4b00"}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def change_text(change: FieldChange) -> str:
    if change.field is ChangedField.PROTECTED:
        return QCoreApplication.translate("ClassListPlanModel", "Protected identity: yes")
    if change.field is ChangedField.RETURNED:
        return QCoreApplication.translate(
            "ClassListPlanModel", "Back at school (was marked as left)"
        )
    if change.field is ChangedField.GUARDIANS:
        parts = []
        if change.after:
            parts.append(
                placed(
                    QCoreApplication.translate("ClassListPlanModel", "Guardians added: %1"),
                    change.after,
                )
            )
        if change.before:
            parts.append(
                placed(
                    QCoreApplication.translate("ClassListPlanModel", "Guardians removed: %1"),
                    change.before,
                )
            )
        return "; ".join(parts)
    before = change.before or "–"
    return f"{word(change.field, shown_language())}: {before} → {change.after}"


class ClassListPlanModel(RecordTableModel[PlannedPupil]):
    """One row per pupil of the plan; missing pupils carry a tick box (ticked = left school)."""

    leaving_changed = Signal()

    COLUMNS = PlanColumn
    HEADERS = _HEADERS
    CONTEXT = _CONTEXT

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._leaving: set[int] = set()

    def set_rows(self, rows: Sequence[PlannedPupil]) -> None:
        super().set_rows(sorted(rows, key=lambda p: (PLAN_ORDER.index(p.kind), p.name.casefold())))
        self.leaving_changed.emit()

    def rows_set(self) -> None:
        self._leaving = {
            p.existing.id for p in self._all if p.kind is PlanKind.MISSING and p.existing
        }

    def leaving(self) -> set[int]:
        return set(self._leaving)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._checkable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _checkable(self, row: int, column: int) -> bool:
        return column == PlanColumn.WHAT and self._rows[row].kind is PlanKind.MISSING

    def cell(self, planned: PlannedPupil, column: PlanColumn, role: int, row: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(planned, column)
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable(row, column):
            ticked = planned.existing is not None and planned.existing.id in self._leaving
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and planned.kind in _COLOURS
            and column is PlanColumn.WHAT
        ):
            return QBrush(QColor(_COLOURS[planned.kind]))
        if role == Qt.ItemDataRole.ToolTipRole and column is PlanColumn.CHANGES:
            return "\n".join(change_text(c) for c in planned.changes) or None
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not self._checkable(index.row(), index.column()):
            return False
        existing = self._rows[index.row()].existing
        assert existing is not None
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._leaving.add(existing.id)
        else:
            self._leaving.discard(existing.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.leaving_changed.emit()
        return True

    @staticmethod
    def _display(planned: PlannedPupil, column: PlanColumn) -> str:
        if column is PlanColumn.WHAT:
            return word(planned.kind, shown_language())
        if column is PlanColumn.NAME:
            return planned.name
        if column is PlanColumn.SCHOOL:
            return planned.school_name
        if column is PlanColumn.CLASS:
            return planned.class_name
        if (
            planned.kind is PlanKind.NEW
            and planned.imported
            and planned.imported.protected_identity
        ):
            return QCoreApplication.translate("ClassListPlanModel", "Protected identity: yes")
        return "; ".join(change_text(c) for c in planned.changes)


class PlanKindFilterModel(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind: PlanKind | None = None

    def set_kind(self, kind: PlanKind | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._kind is None:
            return True
        planned = self.sourceModel().index(source_row, 0, source_parent).data(PLANNED_ROLE)
        return planned.kind is self._kind


class ClassListPlanView(LanguageAware, QWidget):
    """The table of the plan with a "Show" filter and the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="class_list_plan")
        self.model = ClassListPlanModel(self)
        self.proxy = PlanKindFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.show_kind = QComboBox(objectName="class_list_plan_filter")
        self.show_label = QLabel()
        self.show_label.setBuddy(self.show_kind)
        self.counts = QLabel(objectName="class_list_plan_counts")
        self.counts.setWordWrap(True)
        self.table = QTableView(objectName="class_list_plan_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PlanColumn.CHANGES, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(self.show_label)
        top.addWidget(self.show_kind)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        self.show_kind.currentIndexChanged.connect(self._on_show_kind_changed)
        self.model.leaving_changed.connect(self._update_counts)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.show_label.setText(self.tr("S&how:"))
        current = self.show_kind.currentIndex()
        self.show_kind.blockSignals(True)
        self.show_kind.clear()
        self.show_kind.addItem(self.tr("All pupils"), "")
        for kind in PlanKind:
            self.show_kind.addItem(word(kind, shown_language()), kind.value)
        self.show_kind.setCurrentIndex(max(current, 0))
        self.show_kind.blockSignals(False)
        self._update_counts()

    def set_plan(self, rows: Sequence[PlannedPupil]) -> None:
        self.model.set_rows(rows)  # the counts follow (leaving_changed)
        # From a sample of rows: resizing to contents asked all 600 rows of every column, ~0.8 s.
        # The changes column stretches over the room left: no width of its own to find. Names,
        # schools and classes are plain text, measured; "What happens" has colour and ticks.
        fit_columns(self.table, [PlanColumn.WHAT])
        fit_text_columns(self.table, [PlanColumn.NAME, PlanColumn.SCHOOL, PlanColumn.CLASS])

    def clear(self) -> None:
        self.model.clear()

    def show_only(self, kind: PlanKind | None) -> None:
        self.show_kind.setCurrentIndex(self.show_kind.findData(kind.value if kind else ""))

    def _on_show_kind_changed(self, _index: int) -> None:
        value = self.show_kind.currentData()
        self.proxy.set_kind(PlanKind(value) if value else None)

    def _update_counts(self) -> None:
        """The counts of each kind are the dialog's; here: how many missing pupils are ticked."""
        missing = sum(1 for p in self.model.rows() if p.kind is PlanKind.MISSING)
        self.counts.setVisible(bool(missing))
        text = self.tr(
            "%1 of %2 pupils not in the list will be marked as left school (untick to keep)."
        )
        self.counts.setText(placed(text, str(len(self.model.leaving())), str(missing)))
