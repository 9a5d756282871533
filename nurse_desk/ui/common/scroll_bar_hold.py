"""A list keeps its vertical scroll bar while the lock has emptied it.

The lock empties every list; the first show after the unlock fills it again. Emptied, a long
list loses its scroll bar and filled it gets it back, so its rows narrow by the bar's width
and the stretched column is resized. Qt's table view repaints a resized column on a timer,
which fires after the first paint: every visible cell was painted twice, and each painted
cell asks the model (Python) for each of its roles. Held while empty, the bar is still there
when the rows come back; when they fit, it goes as it always does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView


def hold_scroll_bar(view: QAbstractItemView) -> None:
    """Before the lock empties the view's model."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)


def rows_shown(view: QAbstractItemView) -> None:
    """After the view's model has its rows: the view lays them out now (so the bar's range is
    known) and shows its bar only when they need it."""
    if view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded:
        return
    view.doItemsLayout()
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
