"""One paint, not two, when a click changes much of a window at once.

Qt lays widgets out in posted events, and item views lay out their rows and repaint resized
columns on 0 ms timers. The next paint is handled first: after a click that fills a dialog
(a file read and checked there and then), the dialog was painted, then laid out, then painted
whole again. Doing that work before going back to the event loop leaves one paint.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

# A layout set asks its parent's layout again; the dialogs' widgets nest no deeper than this.
_LAYOUT_PASSES = 3


def lay_out_now(window: QWidget) -> None:
    """The layouts and the item views' row layouts that are waiting, done now."""
    for _ in range(_LAYOUT_PASSES):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    for view in window.findChildren(QAbstractItemView):
        view.executeDelayedItemsLayout()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


@contextmanager
def columns_resized_unseen(view: QTableView) -> Iterator[None]:
    """For new rows whose columns are fitted, and a view about to be shown (its stretched
    column is set as it is laid out): the table view would repaint every resized column on a
    timer that fires after the first paint. Its header's signals are held meanwhile, and the
    view is told once, after, that its geometry changed; it is painted whole anyway."""
    blocker = QSignalBlocker(view.horizontalHeader())
    try:
        yield
    finally:
        blocker.unblock()
        view.updateGeometries()
        view.viewport().update()
