"""Date and time fields that Tab leaves, and a time that starts unchosen.

Qt's own date fields walk Tab through their parts (day, month, year, hour…), so a nurse writing
from the keyboard was stuck in the first one she met. Here Tab goes on to the next field; the
parts are still reached by typing (a full part moves on by itself), a separator, or the arrow
keys."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget


class _TabLeaves:
    """Mix in before a QDateTimeEdit class."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]


class DateField(_TabLeaves, QDateEdit):
    pass


class DateTimeField(_TabLeaves, QDateTimeEdit):
    pass


class TimeField(_TabLeaves, QTimeEdit):
    pass


_UNCHOSEN = QTime(0, 0)
_TYPING_STARTS = QTime(0, 0, 1)  # any time but the unchosen one; seconds are not shown


class OptionalTimeField(TimeField):
    """A time shown as "––:––" until the nurse types or picks one, because a preset hour looks
    chosen when it was not. Midnight stands for "not chosen": nothing planned here starts then.
    """

    def __init__(self, *, objectName: str) -> None:
        super().__init__(objectName=objectName)
        self.setDisplayFormat("HH:mm")
        self.setMinimumTime(_UNCHOSEN)
        self.setSpecialValueText("––:––")
        self.clear_time()

    def is_chosen(self) -> bool:
        return self.time() != _UNCHOSEN

    def clear_time(self) -> None:
        self.setTime(_UNCHOSEN)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Qt types after the "––:––" text instead of replacing it: start from a real time,
        # with the hour selected, so "1030" becomes 10:30.
        if not self.is_chosen() and event.text().isdigit():
            self.setTime(_TYPING_STARTS)
            self.setCurrentSection(QDateTimeEdit.Section.HourSection)
            self.setSelectedSection(QDateTimeEdit.Section.HourSection)
        super().keyPressEvent(event)
