"""Flagged pupils as a Qt table model over frozen records; most serious first by default."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from nurse_desk.services.absence import FlaggedPupil
from nurse_desk.ui.absence.wording import flag_sentence, pattern_name

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class FlagColumn(IntEnum):
    NAME = 0
    SCHOOL = 1
    CLASS = 2
    ABSENCE = 3
    FLAGS = 4


_HEADERS = {
    FlagColumn.NAME: QT_TRANSLATE_NOOP("FlaggedPupilTableModel", "Name"),
    FlagColumn.SCHOOL: QT_TRANSLATE_NOOP("FlaggedPupilTableModel", "School"),
    FlagColumn.CLASS: QT_TRANSLATE_NOOP("FlaggedPupilTableModel", "Class"),
    FlagColumn.ABSENCE: QT_TRANSLATE_NOOP("FlaggedPupilTableModel", "Absent"),
    FlagColumn.FLAGS: QT_TRANSLATE_NOOP("FlaggedPupilTableModel", "Patterns found"),
}


class FlaggedPupilTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[FlaggedPupil] = []

    def set_rows(self, rows: list[FlaggedPupil] | tuple[FlaggedPupil, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[FlaggedPupil]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FlagColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = FlagColumn(index.column())
        if role == RECORD_ROLE:
            return item
        if role == SORT_ROLE:
            return self._sort_key(index.row(), item, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(flag_sentence(flag) for flag in item.absence.flags)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is FlagColumn.ABSENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(item: FlaggedPupil, column: FlagColumn) -> str:
        pupil = item.pupil
        if column is FlagColumn.NAME:
            return f"{pupil.family_name}, {pupil.given_name}"
        if column is FlagColumn.SCHOOL:
            return pupil.school_name
        if column is FlagColumn.CLASS:
            return pupil.class_name
        if column is FlagColumn.ABSENCE:
            return QLocale().toString(item.absence.percent, "f", 1) + " %"
        return "  ·  ".join(
            f"{pattern_name(flag.kind)}: {flag_sentence(flag)}" for flag in item.absence.flags
        )

    @staticmethod
    def _sort_key(row: int, item: FlaggedPupil, column: FlagColumn):
        if column is FlagColumn.ABSENCE:
            return item.absence.percent
        if column is FlagColumn.FLAGS:
            return row  # the severity order the service gave
        return FlaggedPupilTableModel._text(item, column).casefold()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(FlagColumn)
        ):
            return QCoreApplication.translate(
                "FlaggedPupilTableModel", _HEADERS[FlagColumn(section)]
            )
        return super().headerData(section, orientation, role)


class FlaggedPupilFilterProxyModel(QSortFilterProxyModel):
    """Only the chosen school and class ("" = all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._school = ""
        self._class = ""
        self.setSortRole(SORT_ROLE)

    def set_place(self, school: str, class_name: str) -> None:
        self.beginFilterChange()
        self._school, self._class = school, class_name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        item = self.sourceModel().index(source_row, 0, source_parent).data(RECORD_ROLE)
        if item is None:
            return False
        if self._school and item.pupil.school_name != self._school:
            return False
        return not self._class or item.pupil.class_name == self._class
