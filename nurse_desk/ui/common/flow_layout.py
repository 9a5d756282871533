"""A row of buttons that goes on in a second line when the window is too narrow for it.

Qt's flow layout example, with three changes: on one line when there is room (its size hint is
the whole row, its smallest width the widest button), hidden buttons take no place, and a row
may keep its lines to the right (the buttons under a list or an entry, beside a count or a
note). A window on a 1024 x 700 laptop at 125 % is 819 points wide: a page's rows of buttons
side by side held it wider than that, its right edge off the screen.

Its height depends on its width. The layout around it asks (`heightForWidth`) and gives it the
lines it needs; the pages say they do not depend on their width (`page_stack.WidthFreePage`),
so nobody above a page asks, and the page's own layout makes room for the second line.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, right_aligned: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_aligned = right_aligned

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, place=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + self._margins()

    def minimumSize(self) -> QSize:
        """As wide as the widest button: each on a line of its own."""
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + self._margins()

    def _margins(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if lines and used + self.spacing() + wanted <= width:
                lines[-1].append(item)
                used += self.spacing() + wanted
            else:
                lines.append([item])
                used = wanted
        return lines

    def _lay_out(self, rect: QRect, *, place: bool) -> int:
        """The height the lines take at the rect's width; with `place`, each button put there."""
        area = rect.marginsRemoved(self.contentsMargins())
        y = area.y()
        for number, line in enumerate(self._lines(area.width())):
            if number:
                y += self.spacing()
            height = max(item.sizeHint().height() for item in line)
            if place:
                widths = [min(item.sizeHint().width(), area.width()) for item in line]
                x = area.x()
                if self._right_aligned:
                    x += area.width() - sum(widths) - self.spacing() * (len(line) - 1)
                for item, item_width in zip(line, widths, strict=True):
                    item_height = item.sizeHint().height()
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(item_width, item_height)))
                    x += item_width + self.spacing()
            y += height
        margins = self.contentsMargins()
        return y - area.y() + margins.top() + margins.bottom()
