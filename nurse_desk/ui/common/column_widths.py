"""Column widths from the header and a sample of rows, not from every row.

Qt's resize-to-contents asks every row of every column for its text, font and size: at a
year's volume (2,000 agenda items, 3,000 pupils, 20,000 follow-ups) that is hundreds of
thousands of data() calls per refresh. A few dozen rows spread over the list give the same
widths in practice; the nurse can still drag a column wider, and long text shows in tooltips.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

SAMPLE_ROWS = 24  # per list (a table) or per part (a tree's top-level row)
WIDEST_CHARACTERS = 40
_FITTED = "nurse_desk_columns_fitted"


def sample_rows(model: QAbstractItemModel, rows: int = SAMPLE_ROWS) -> list[QModelIndex]:
    """Up to `rows` indexes (column 0) spread evenly over the list; in a tree, over each part."""
    top = model.rowCount()
    parents = [model.index(row, 0) for row in range(top)]
    if any(model.rowCount(parent) for parent in parents):
        return [index for parent in parents for index in _spread(model, rows, parent)]
    return _spread(model, rows, QModelIndex())


def _spread(model: QAbstractItemModel, rows: int, parent: QModelIndex) -> list[QModelIndex]:
    count = model.rowCount(parent)
    step = max(1, count // rows)
    return [model.index(row, 0, parent) for row in range(0, count, step)][:rows]


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


def fit_columns(
    view: QAbstractItemView,
    columns: Iterable[int],
    *,
    rows: int = SAMPLE_ROWS,
    widest_characters: int = WIDEST_CHARACTERS,
) -> None:
    """Each column as wide as its header or the widest of a sample of its cells, at most
    `widest_characters` average characters."""
    model = view.model()
    header = _header(view)
    sample = sample_rows(model, rows)
    indent = view.indentation() if isinstance(view, QTreeView) else 0
    limit = view.fontMetrics().averageCharWidth() * widest_characters
    for column in columns:
        widest = header.sectionSizeHint(column)
        for index in sample:
            cell = index.siblingAtColumn(column)
            width = view.sizeHintForIndex(cell).width()
            if column == 0 and cell.parent().isValid():
                width += indent
            widest = max(widest, width)
        header.resizeSection(column, min(widest, limit))


def fit_columns_once(
    view: QAbstractItemView,
    columns: Iterable[int],
    *,
    rows: int = SAMPLE_ROWS,
    widest_characters: int = WIDEST_CHARACTERS,
) -> None:
    """fit_columns the first time the view has rows: later refreshes keep the widths, the
    ones the nurse dragged included."""
    if view.property(_FITTED) or not view.model().rowCount():
        return
    fit_columns(view, columns, rows=rows, widest_characters=widest_characters)
    view.setProperty(_FITTED, True)
