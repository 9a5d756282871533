"""Column widths from the header and a sample of rows, not from every row.

Qt's resize-to-contents asks every row of every column for its text, font and size: at a
year's volume (2,000 agenda items, 3,000 pupils, 20,000 follow-ups) that is hundreds of
thousands of data() calls per refresh. A few dozen rows spread over the list give the same
widths in practice; the nurse can still drag a column wider, and long text shows in tooltips.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

SAMPLE_ROWS = 24  # per list (a table) or per part (a tree's top-level row)
WIDEST_CHARACTERS = 40
SPARE_CHARACTERS = 2  # for a wider text than the sample's (a longer weekday, a wider digit)
# What the column that stretches (a reason, the details, a name) keeps at the least, in average
# characters, when the columns fitted beside it would take the whole width.
ROOM_CHARACTERS = 24
_FITTED = "nurse_desk_columns_fitted"


def sample_rows(
    model: QAbstractItemModel, rows: int = SAMPLE_ROWS, *, tree: bool = False
) -> list[QModelIndex]:
    """Up to `rows` indexes (column 0) spread evenly over the list; in a tree, over each of
    its top-level parts (and the parts themselves are left out: they span the columns)."""
    if not tree:
        return _spread(model, rows, QModelIndex())
    parents = [model.index(row, 0) for row in range(model.rowCount())]
    return [index for parent in parents for index in _spread(model, rows, parent)]


def _spread(model: QAbstractItemModel, rows: int, parent: QModelIndex) -> list[QModelIndex]:
    count = model.rowCount(parent)
    step = max(1, count // rows)
    return [model.index(row, 0, parent) for row in range(0, count, step)][:rows]


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


def _spans(view: QAbstractItemView, index: QModelIndex) -> bool:
    """A heading row running across the columns (it has no width of its own in any)."""
    if isinstance(view, QTreeView):
        return view.isFirstColumnSpanned(index.row(), index.parent())
    return isinstance(view, QTableView) and view.columnSpan(index.row(), 0) > 1


def fit_columns(
    view: QAbstractItemView,
    columns: Iterable[int] | Mapping[int, int],
    *,
    rows: int = SAMPLE_ROWS,
    widest_characters: int = WIDEST_CHARACTERS,
) -> bool:
    """Each column as wide as its header or the widest of a sample of its cells (and a little
    to spare), at most `widest_characters` average characters, or the number `columns` maps
    the column to: long names and schools are cut short (…) so a window 1,024 pixels wide
    keeps room for the column that stretches. Whether any cell was measured (a heading row
    across the columns is not)."""
    model = view.model()
    header = _header(view)
    tree = isinstance(view, QTreeView) and model.rowCount(model.index(0, 0)) > 0
    sample = [index for index in sample_rows(model, rows, tree=tree) if not _spans(view, index)]
    indent = view.indentation() if tree else 0
    character = view.fontMetrics().averageCharWidth()
    limits = columns if isinstance(columns, Mapping) else dict.fromkeys(columns, widest_characters)
    for column, characters in limits.items():
        heading = widest = header.sectionSizeHint(column)
        for index in sample:
            cell = index.siblingAtColumn(column)
            width = view.sizeHintForIndex(cell).width()
            if column == 0 and cell.parent().isValid():
                width += indent
            widest = max(widest, width + character * SPARE_CHARACTERS)
        # Never narrower than the heading: "Klasse" over a class of two characters.
        header.resizeSection(column, min(widest, max(heading, character * characters)))
    keep_room(view, limits)
    return bool(sample)


def keep_room(
    view: QAbstractItemView, fitted: Iterable[int], characters: int = ROOM_CHARACTERS
) -> None:
    """The column that stretches keeps `characters` average characters of a shown view (and
    its heading): where the columns beside it take more, each `fitted` one gives up what it
    has over its heading's width, in proportion; a column of dates keeps its width. Without
    it, a window 1,024 pixels wide showed a referral's reason four letters wide, the one
    column the nurse reads the row for. She can still drag any column wider."""
    header = _header(view)
    stretching = [
        column
        for column in range(header.count())
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch
        and not header.isSectionHidden(column)
    ]
    width = view.viewport().width()
    if len(stretching) != 1 or not view.isVisible() or width <= 0:
        return  # not laid out yet: its width is not the one the nurse will see
    if not view.verticalScrollBar().isVisible():  # a list held empty over a lock, say
        width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    others = [
        column
        for column in range(header.count())
        if column != stretching[0] and not header.isSectionHidden(column)
    ]
    wanted = max(
        characters * view.fontMetrics().averageCharWidth(), header.sectionSizeHint(stretching[0])
    )
    short = wanted - (width - sum(header.sectionSize(column) for column in others))
    spare = {
        c: max(0, header.sectionSize(c) - header.sectionSizeHint(c)) for c in fitted if c in others
    }
    total = sum(spare.values())
    if short <= 0 or total <= 0:
        return
    cut = min(short, total)
    for column, extra in spare.items():
        header.resizeSection(column, header.sectionSize(column) - math.ceil(cut * extra / total))


def text_cell_margins(view: QAbstractItemView) -> int:
    """What a view's delegate adds to a plain-text cell's text width: the focus frame's margin
    on each side."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def fit_text_columns(view: QTableView, columns: Iterable[int], *, rows: int = SAMPLE_ROWS) -> None:
    """fit_columns for a model whose cells are plain text (no icon, tick box, font or
    alignment of their own, as a file's first rows): each sampled text measured in the view's
    font, within a pixel of what the view's delegate says, without its asking the model for
    seven roles of every cell from C++ (13 columns of 24 rows: ~10 ms)."""
    model = view.model()
    header = view.horizontalHeader()
    sample = sample_rows(model, rows)
    metrics = QFontMetricsF(view.font())
    margins = text_cell_margins(view)
    character = view.fontMetrics().averageCharWidth()
    for column in columns:
        widest = header.sectionSizeHint(column)
        for index in sample:
            text = model.data(index.siblingAtColumn(column)) or ""
            width = math.ceil(metrics.horizontalAdvance(text)) + margins
            widest = max(widest, width + character * SPARE_CHARACTERS)
        header.resizeSection(column, min(widest, character * WIDEST_CHARACTERS))


def fit_columns_once(
    view: QAbstractItemView,
    columns: Iterable[int] | Mapping[int, int],
    *,
    rows: int = SAMPLE_ROWS,
    widest_characters: int = WIDEST_CHARACTERS,
) -> None:
    """fit_columns until the view has had rows to measure (an empty list fits its headers,
    and so does one of headings alone, as a new nurse's Today): later refreshes keep the
    widths, the ones the nurse dragged included."""
    if view.property(_FITTED):
        return
    measured = fit_columns(view, columns, rows=rows, widest_characters=widest_characters)
    view.setProperty(_FITTED, measured)
