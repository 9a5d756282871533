"""A character count under a text field with a limit, shown as the nurse nears the limit."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from nurse_desk.ui.common.text import placed

SHOW_FROM = 0.9  # of the limit: early enough to round off, late enough not to distract


class LengthCount(QLabel):
    """Empty below 90 % of the limit; then "18 500 of 20 000 characters", and past the limit
    how many too many, in red. The field itself is never cut: what was typed stays."""

    def __init__(self, field: QPlainTextEdit | QLineEdit, limit: int, *, objectName: str) -> None:
        super().__init__(objectName=objectName)
        self._field, self._limit = field, limit
        field.textChanged.connect(self.refresh)
        self.refresh()

    def length(self) -> int:
        field = self._field
        return len(field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text())

    def is_over(self) -> bool:
        return self.length() > self._limit

    def refresh(self, *_args) -> None:
        length = self.length()
        if length < self._limit * SHOW_FROM:
            self.setText("")
            return
        locale = QLocale()
        over = length - self._limit
        if over > 0:
            text = self.tr("%1 of %2 characters: %3 too many")
        else:
            text = self.tr("%1 of %2 characters")
        self.setText(
            placed(
                text, locale.toString(length), locale.toString(self._limit), locale.toString(over)
            )
        )
        self.setStyleSheet("color: #b00020; font-weight: 600;" if over > 0 else "color: #555;")
