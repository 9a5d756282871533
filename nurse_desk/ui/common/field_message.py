"""Words at a field about what the nurse just typed or pasted into it: under the field (or,
at the window's foot, over it), on top of what is there, in red, until the field's text changes
or the field loses the keyboard. Capped text fields and date fields use it."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class FieldMessage(QLabel):
    """Words under (or, at the window's foot, over) the field, on top of what is there, until
    the field's text changes or (unless `stays`) the field loses the keyboard. A message that
    `stays` is about what the field still holds, and its field hides it once that is mended."""

    def __init__(self, field: QWidget, *, objectName: str, stays: bool = False) -> None:
        super().__init__(field.window(), objectName=objectName, wordWrap=True)
        self._field = weakref.ref(field)  # the field holds the message: no cycle back to it
        self._stays = stays
        self._watching = False
        self.setStyleSheet(
            "color: #b00020; background: #fff4f4; border: 1px solid #b00020; padding: 3px;"
        )
        field.destroyed.connect(self.deleteLater)  # a table cell's editor goes when left
        self.hide()

    def say(self, words: str) -> None:
        field, window = self._field(), self.parentWidget()
        if field is None or window is None:
            return
        self.setText(words)
        width = min(max(field.width(), 360), window.width())
        height = self.heightForWidth(width)
        under = field.mapTo(window, QPoint(0, field.height()))
        top = under.y()
        if top + height > window.height():  # at the window's foot: over the field instead
            top = max(0, under.y() - field.height() - height)
        left = min(max(0, under.x()), max(0, window.width() - width))
        self.setGeometry(left, top, width, height)
        self.raise_()
        self.show()
        if not self._watching and not self._stays:
            QApplication.instance().focusChanged.connect(self._on_focus_changed)
            self._watching = True

    def _on_focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and old is self._field():
            self.hide()

    def hideEvent(self, event) -> None:
        if self._watching:
            QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
            self._watching = False
        super().hideEvent(event)
