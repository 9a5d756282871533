"""Flagged pupils as a Qt table model over frozen records; most serious first by default."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSortFilterProxyModel, Qt

from nurse_desk.services.absence import FlaggedPupil
from nurse_desk.ui.absence.wording import flag_sentence, pattern_name
from nurse_desk.ui.common.record_table_model import SORT_ROLE, RecordTableModel
from nurse_desk.ui.common.record_table_model import Index as _Index


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


class FlaggedPupilTableModel(RecordTableModel[FlaggedPupil]):
    COLUMNS = FlagColumn
    HEADERS = _HEADERS
    CONTEXT = "FlaggedPupilTableModel"

    def cell(self, item: FlaggedPupil, column: FlagColumn, role: int, row: int):
        if role == SORT_ROLE:
            return self._sort_key(row, item, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                f"{pattern_name(flag.kind)}: {flag_sentence(flag)}" for flag in item.absence.flags
            )
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
        # Every pattern by its name, so none is cut off behind the first one's sentence; the
        # sentences are in the tooltip and on the pupil's own view.
        return " · ".join(pattern_name(flag.kind) for flag in item.absence.flags)

    @staticmethod
    def _sort_key(row: int, item: FlaggedPupil, column: FlagColumn):
        if column is FlagColumn.ABSENCE:
            return item.absence.percent
        if column is FlagColumn.FLAGS:
            return row  # the severity order the service gave
        return FlaggedPupilTableModel._text(item, column).casefold()


class FlaggedPupilFilterProxyModel(QSortFilterProxyModel):
    """Only the chosen school and class ("" = all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._school = ""
        self._class = ""
        self.setSortRole(SORT_ROLE)

    def set_place(self, school: str, class_name: str) -> None:
        if (school, class_name) == (self._school, self._class):
            return  # the rows were filtered by this place when they came
        self.beginFilterChange()
        self._school, self._class = school, class_name
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not (self._school or self._class):
            return True  # every place: no record to look at for each of a year's rows
        item = self.sourceModel().record_at(source_row)
        if item is None:
            return False
        if self._school and item.pupil.school_name != self._school:
            return False
        return not self._class or item.pupil.class_name == self._class
