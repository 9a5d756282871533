"""The pupils list as a Qt table model over frozen records."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from nurse_desk.domain.records import PupilRecord

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


def format_date(day: date) -> str:
    """The nurse's own short date format (24.07.2014 in bokmål, 2014-07-24 in Swedish)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class PupilColumn(IntEnum):
    NAME = 0
    BORN = 1
    SCHOOL = 2
    CLASS = 3


_HEADERS = {
    PupilColumn.NAME: QT_TRANSLATE_NOOP("PupilTableModel", "Name"),
    PupilColumn.BORN: QT_TRANSLATE_NOOP("PupilTableModel", "Born"),
    PupilColumn.SCHOOL: QT_TRANSLATE_NOOP("PupilTableModel", "School"),
    PupilColumn.CLASS: QT_TRANSLATE_NOOP("PupilTableModel", "Class"),
}


class PupilTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PupilRecord] = []
        self._search_keys: list[str] = []

    def set_rows(self, rows: list[PupilRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # One lower-cased key per pupil, built once, so filtering 3,000 rows stays instant.
        self._search_keys = [
            " ".join(
                (r.given_name, r.family_name, r.school_name, r.class_name, r.national_id or "")
            ).casefold()
            for r in self._rows
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PupilColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == SEARCH_ROLE:
            return self._search_keys[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return QBrush(QColor("#888888"))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = PupilColumn(index.column())
            if column is PupilColumn.NAME:
                return f"{record.family_name}, {record.given_name}"
            if column is PupilColumn.BORN:
                return format_date(record.birth_date)
            if column is PupilColumn.SCHOOL:
                return record.school_name
            return record.class_name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(PupilColumn)
        ):
            return QCoreApplication.translate("PupilTableModel", _HEADERS[PupilColumn(section)])
        return super().headerData(section, orientation, role)


class PupilFilterProxyModel(QSortFilterProxyModel):
    """Every typed word must occur in name, school, class or ID (in any order)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_left = False
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_left(self, shown: bool) -> None:
        """Pupils who left school stay in the vault (archived) but out of the way by default."""
        self.beginFilterChange()
        self._show_left = shown
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if not self._show_left and not index.data(RECORD_ROLE).active:
            return False
        if not self._words:
            return True
        key = index.data(SEARCH_ROLE) or ""
        return all(word in key for word in self._words)
