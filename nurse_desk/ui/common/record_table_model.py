"""The shape every table of the app shares: frozen records in rows, one column enum, headers
written with QT_TRANSLATE_NOOP and translated when asked (and asked again on a language switch),
and the record itself under RECORD_ROLE. Subclasses say what a cell shows in cell()."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from nurse_desk.ui.i18n import language_switches

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """COLUMNS names the columns, HEADERS holds their untranslated titles (by column or in
    column order) and CONTEXT is the translation context the titles were marked in."""

    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[Mapping[int, str] | Sequence[str]]
    CONTEXT: ClassVar[str]
    # A model that sorts its own rows (see `sort`) names the column it starts sorted by.
    SORTED_BY: ClassVar[int | None] = None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = (
            None if self.SORTED_BY is None else (self.SORTED_BY, Qt.SortOrder.AscendingOrder)
        )
        language_switches.switched.connect(self._on_language_switched)

    def _on_language_switched(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def set_rows(self, rows: Iterable[R]) -> None:
        """New rows come in the order of the column last sorted by: no second pass."""
        self.beginResetModel()
        self._rows = list(rows)
        self.rows_set()
        if self._sorted_by is not None:
            column, order = self._sorted_by
            self.reorder(self.sorted_order(self.sort_key(self.COLUMNS(column)), order))
        self.endResetModel()

    def rows_set(self) -> None:
        """Called inside the reset once new rows are in: order them or build lookups here."""

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[R]:
        return list(self._rows)

    def record_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == RECORD_ROLE:
            return record
        return self.cell(record, self.COLUMNS(index.column()), role, index.row())

    def cell(self, record: R, column: Any, role: int, row: int) -> Any:
        """What `record` shows in `column` for `role` (None: nothing)."""
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here by `sort_key`, in one Python `sorted`, not by a proxy comparing rows
        through `data()` (thousands of rows re-sort in milliseconds instead of a quarter of a
        second); the proxy passes a click on a header on (ModelSortedProxy)."""
        if column < 0:
            return
        self._sorted_by = column, order
        self.sort_rows(self.sort_key(self.COLUMNS(column)), order)

    def sort_key(self, column: Any) -> Callable[[R], Any]:
        """What rows are ordered by in `column`, for a model that sorts its own rows."""
        raise NotImplementedError

    def sort_rows(self, key: Callable[[R], Any], order: Qt.SortOrder) -> None:
        """Sorts here, in one Python `sorted` (fast for thousands of rows, unlike a proxy
        comparing through data()); selections and other persistent indexes follow their rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        order_ = self.sorted_order(key, order)
        new_row = {old: new for new, old in enumerate(order_)}
        self.reorder(order_)
        moved = [self.index(new_row[index.row()], index.column()) for index in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sorted_order(self, key: Callable[[R], Any], order: Qt.SortOrder) -> list[int]:
        return sorted(
            range(len(self._rows)),
            key=lambda i: key(self._rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def reorder(self, order: Sequence[int]) -> None:
        """Row order[i] becomes row i (no signals: the caller sends them)."""
        self._rows = [self._rows[i] for i in order]


class ModelSortedProxy(QSortFilterProxyModel):
    """A proxy that only filters: a click on a header is passed on to the source model, which
    sorts its own rows (RecordTableModel.sort), and the proxy keeps their order."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)
