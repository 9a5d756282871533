"""The shape every table of the app shares: frozen records in rows, one column enum, headers
written with QT_TRANSLATE_NOOP and translated when asked (and asked again on a language switch),
and the record itself under RECORD_ROLE. Subclasses say what a cell shows in cell().

A model sorts and filters its own rows, in plain Python over its list of records: a
QSortFilterProxyModel asks a Python filter about every row, one call from C++ each, which for
3,000 pupils was a third of the time the list took to show. The view sees the rows through a
FilteredRowsProxy, which keeps the filter's settings and passes the rows through untouched."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from nurse_desk.ui.common.kept_answers import KeptAnswers
from nurse_desk.ui.i18n import language_switches

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RecordTableModel(KeptAnswers, QAbstractTableModel, Generic[R]):
    """COLUMNS names the columns, HEADERS holds their untranslated titles (by column or in
    column order) and CONTEXT is the translation context the titles were marked in."""

    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[Mapping[int, str] | Sequence[str]]
    CONTEXT: ClassVar[str]
    # A model that sorts its own rows (see `sort`) names the column it starts sorted by.
    SORTED_BY: ClassVar[int | None] = None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[R] = []  # every record, in the order sorted by
        self._rows: list[R] = []  # the records the filter lets through, in the same order
        # Makes the filter's question for the rows as they are now: asked by position in _all
        self._chooser: Callable[[], Callable[[int], bool]] | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = (
            None if self.SORTED_BY is None else (self.SORTED_BY, Qt.SortOrder.AscendingOrder)
        )
        self._columns = tuple(self.COLUMNS)
        self.keep_answers()
        language_switches.switched.connect(self._on_language_switched)

    def _on_language_switched(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def set_rows(self, rows: Iterable[R]) -> None:
        """New rows come in the order of the column last sorted by, filtered as before: no
        second pass."""
        self.beginResetModel()
        self._all = list(rows)
        self.rows_set()
        if self._sorted_by is not None:
            column, order = self._sorted_by
            self.reorder(self.sorted_order(self.sort_key(self.COLUMNS(column)), order))
        self._rows = self._shown()
        self.endResetModel()

    def rows_set(self) -> None:
        """Called inside the reset once new rows are in: order them or build lookups here."""

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[R]:
        """Every record, shown or filtered out."""
        return list(self._all)

    def total_count(self) -> int:
        """How many records there are, shown or filtered out."""
        return len(self._all)

    def record_at(self, row: int) -> R | None:
        """The record shown in `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def listed(self, position: int) -> R:
        """The record at `position` of `rows()`, shown or not (what a filter is asked about)."""
        return self._all[position]

    def filter_rows(self, chooser: Callable[[], Callable[[int], bool]] | None) -> None:
        """Shows only the records the filter lets through (None: all). `chooser()` makes the
        question, asked by position in `rows()`, afresh each time the rows are filtered (after
        a new reading or a sort its answer may read lists the model has just replaced). The
        selection and current row stay on their records where shown."""
        self._chooser = chooser
        self._relayout()

    def _shown(self) -> list[R]:
        if self._chooser is None:
            return list(self._all)
        accepts = self._chooser()
        return [record for i, record in enumerate(self._all) if accepts(i)]

    def _relayout(self) -> None:
        """After `_all` changed order or the filter changed: the shown rows are worked out
        again and every persistent index (selection, current row) follows its record."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._rows[index.row()], index.column()) for index in persistent]
        self._rows = self._shown()
        row_of = {id(record): row for row, record in enumerate(self._rows)}
        moved = [
            self.index(row_of[id(record)], column) if id(record) in row_of else QModelIndex()
            for record, column in held
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def answer(self, row: int, column: int, role: int) -> Any:
        record = self.record_at(row)
        if record is None:
            return None
        if role == RECORD_ROLE:
            return record
        return self.cell(record, self._columns[column], role, row)

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
        self.reorder(self.sorted_order(key, order))
        self._relayout()

    def sorted_order(self, key: Callable[[R], Any], order: Qt.SortOrder) -> list[int]:
        keys = [key(record) for record in self._all]  # one call per record, not two
        return sorted(
            range(len(keys)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def reorder(self, order: Sequence[int]) -> None:
        """Record order[i] of `rows()` becomes record i (no signals: the caller sends them);
        a subclass keeping lists beside the records reorders them here too."""
        self._all = [self._all[i] for i in order]


class FilteredRowsProxy(QIdentityProxyModel):
    """What a list's view shows: the source model's rows as they are (the source filters and
    sorts them itself). A subclass keeps its filter's settings and says in `accepts` whether
    the record at a position of the source's `rows()` is shown; every change of a setting goes
    through `refilter`. A click on a header is passed on to the source, which sorts."""

    def setSourceModel(self, source) -> None:  # type: ignore[override]
        super().setSourceModel(source)
        self.refilter()

    def refilter(self, change: Callable[[], None] | None = None) -> None:
        if change is not None:
            change()
        source = self.sourceModel()
        if source is not None:
            source.filter_rows(None if self.lets_all_through() else self.chooser)

    def lets_all_through(self) -> bool:
        """True while no setting hides anything (the filter is then not asked at all)."""
        return False

    def chooser(self) -> Callable[[int], bool]:
        """What the source asks about each position: `accepts`, unless a subclass makes one
        function for the current settings that answers faster."""
        return self.accepts

    def accepts(self, position: int) -> bool:
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)
