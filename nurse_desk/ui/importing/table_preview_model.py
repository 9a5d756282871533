"""The first rows of a file as they were read, so the nurse sees what the columns hold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTableView, QWidget

from nurse_desk.domain.tabular import Table, TableRow
from nurse_desk.ui.common.column_widths import fit_text_columns

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


class TablePreviewView(QTableView):
    """The first rows, their columns fitted to a sample of their text once the view shows: a
    checked class list opens on its Changes tab, and its first rows may never be looked at."""

    def __init__(self, model: TablePreviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="import_preview_table")
        self.setModel(model)
        self._fitted = True  # nothing to fit before a file is read

    def fit_when_shown(self) -> None:
        """New rows: fitted now if shown, else when the view next shows. (A show event, not the
        tabs' currentChanged: that one is also sent while the dialog is being destroyed.)"""
        self._fitted = False
        if self.isVisible():
            self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fit()

    def _fit(self) -> None:
        self._fitted = True
        fit_text_columns(self, range(self.model().columnCount()))
