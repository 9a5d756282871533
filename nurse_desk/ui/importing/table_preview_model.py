"""The first rows of a file as they were read, so the nurse sees what the columns hold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from nurse_desk.domain.tabular import Table, TableRow

_Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 50


class TablePreviewModel(QAbstractTableModel):
    """Columns are the file's own headers (not translated: they are the file's words)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[TableRow, ...] = ()

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._headers = table.headers if table else ()
        self._rows = table.rows[:PREVIEW_ROWS] if table else ()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._rows[index.row()].cells[index.column()]

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(self._rows[section].line) if 0 <= section < len(self._rows) else None
