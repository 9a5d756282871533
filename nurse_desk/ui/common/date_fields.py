"""Date and time fields that Tab leaves, a date typed as the nurse writes it, and a time that
starts unchosen.

Qt's own date fields walk Tab through their parts (day, month, year, hour…), so a nurse writing
from the keyboard was stuck in the first one she met. Here Tab goes on to the next field; the
parts are still reached by the arrow keys.

Qt's date field also takes typing part by part only, in the field's own format: "03.01.2027"
typed after Tab into a field showing 03/12/2026 (the separator jumped a part) and every key
typed with the whole date selected or the cursor in its middle were dropped without a word,
and the field kept the date it had: a follow-up set for the wrong month. A `DateField` instead
takes what is typed as text and reads it on leaving the field (Tab, Enter, a click elsewhere)
in the ways dates are written where the nurse works (domain/typed_dates.py): typing starts a
new date, unless a part was selected with the mouse or Backspace or Delete began an edit.
Text it cannot read stays in the field with a message under it, and a dialog reads its typed
dates with `dates_read()` before it saves, so it stays open rather than save another date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget

from nurse_desk.domain.typed_dates import ORDERS, may_become_a_date, read_typed_date
from nurse_desk.ui.common.dates import date_text
from nurse_desk.ui.common.field_message import FieldMessage
from nurse_desk.ui.common.text import placed

MESSAGE_NAME = "date_field_message"  # the message's objectName, for tests and style


class _TabLeaves:
    """Mix in before a QDateTimeEdit class."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)  # type: ignore[arg-type]


class DateField(_TabLeaves, QDateEdit):
    """A date field that reads a date typed in full (or its first parts), see the module."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.__typing = False
        self._placed_by_hand = False  # the mouse put the cursor or a selection in the text
        self._message: FieldMessage | None = None
        self.lineEdit().installEventFilter(self)

    @property
    def _typing(self) -> bool:
        """Whether the text is the nurse's own, not yet read. Meanwhile the text's signals are
        held back from Qt's date parts, which would put its own date back at every move of
        the cursor (and the text is read once, on leaving, instead of at every key)."""
        return self.__typing

    @_typing.setter
    def _typing(self, typing: bool) -> None:
        self.__typing = typing
        self.lineEdit().blockSignals(typing)

    def read_typed(self) -> bool:
        """Takes the date typed into the field; False, and says so at the field, when the
        text says no date the field can hold (the field then keeps the text and its date)."""
        if not self._typing:
            return True
        day = self._typed_date()
        if day is None or not self._may_hold(day):
            self._say_unread(day)
            return False
        self._typing = False
        self.setDate(QDate(day.year, day.month, day.day))
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        self._hide_message()
        return True

    def holds_unread_text(self) -> bool:
        return self._typing

    def setDate(self, day: QDate) -> None:  # the program's date replaces what was typed
        self._typing = False
        self._hide_message()
        super().setDate(day)

    def validate(self, text: str, position: int):
        if not self._typing:
            return super().validate(text, position)
        if not may_become_a_date(text):
            return QValidator.State.Invalid, text, position
        day = self._typed_date(text)
        if day is not None and self._may_hold(day) and text == self._shown(day):
            return QValidator.State.Acceptable, text, position
        return QValidator.State.Intermediate, text, position

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._placed_by_hand = True
        return super().eventFilter(watched, event)

    def focusInEvent(self, event) -> None:
        self._placed_by_hand = False
        typed = self.lineEdit().text()
        super().focusInEvent(event)  # Qt shows its own date again
        if self._typing and self.lineEdit().text() != typed:
            self.lineEdit().setText(typed)

    def focusOutEvent(self, event) -> None:
        typed = self.lineEdit().text()
        unread = not self.read_typed()
        super().focusOutEvent(event)  # Qt puts its own date back for a text it cannot read
        if unread:
            self._typing = True
            self.lineEdit().setText(typed)

    def focusNextPrevChild(self, next: bool) -> bool:
        if not self.read_typed():
            return True  # Tab stays at a date that cannot be read, which says so
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        ):
            if self.read_typed():
                super().keyPressEvent(event)
            else:
                event.accept()  # Enter does not save a dialog over a date it could not read
            return
        if event.matches(QKeySequence.StandardKey.Paste) or _is_typed(event):
            self._start_typing()
            if _is_typed(event):
                self.lineEdit().insert(event.text())
            else:
                self.lineEdit().paste()
            event.accept()
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) or (self._typing and key in _MOVES):
            self._typing = True
            self._hide_message()
            self.lineEdit().event(event)  # the line edit's own editing, not Qt's date parts
            return
        super().keyPressEvent(event)

    def _start_typing(self) -> None:
        self._hide_message()
        line = self.lineEdit()
        selected_part = line.hasSelectedText() and line.selectedText() != line.text()
        if not self._typing and not (self._placed_by_hand and selected_part):
            line.selectAll()  # a date typed from scratch
        self._typing = True

    def _typed_date(self, text: str | None = None) -> date | None:
        shown = self.date()
        return read_typed_date(
            self.lineEdit().text() if text is None else text,
            order=_order(self.displayFormat()),
            shown=date(shown.year(), shown.month(), shown.day()),
        )

    def _shown(self, day: date) -> str:
        return self.locale().toString(QDate(day.year, day.month, day.day), self.displayFormat())

    def _may_hold(self, day: date) -> bool:
        return self.minimumDate() <= QDate(day.year, day.month, day.day) <= self.maximumDate()

    def _say_unread(self, day: date | None) -> None:
        if day is not None and QDate(day.year, day.month, day.day) < self.minimumDate():
            first = self.minimumDate().toPython()
            words = placed(self.tr("The earliest date this field takes is %1."), date_text(first))
        elif day is not None:
            last = self.maximumDate().toPython()
            words = placed(self.tr("The latest date this field takes is %1."), date_text(last))
        else:
            example = self.textFromDateTime(self.dateTime())
            words = placed(
                self.tr("“%1” is not a date. Type it like %2."), self.lineEdit().text(), example
            )
        if self._message is None:
            self._message = FieldMessage(self, objectName=MESSAGE_NAME, stays=True)
        # Once the keyboard has moved on: a click elsewhere is still under way.
        QTimer.singleShot(0, self._message, lambda: self._message.say(words))

    def _hide_message(self) -> None:
        if self._message is not None:
            self._message.hide()


_MOVES = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)


def _is_typed(event: QKeyEvent) -> bool:
    text = event.text()
    extra = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    return bool(text) and text.isprintable() and extra == Qt.KeyboardModifier.NoModifier


def _order(display_format: str) -> str:
    """ "dmy", "mdy" or "ymd": the order of the day, month and year in a Qt date format."""
    firsts = sorted((display_format.find(letter), letter) for letter in "dMy")
    order = "".join(letter.lower() for position, letter in firsts if position >= 0)
    return order if order in ORDERS else "dmy"


def dates_read(window: QWidget) -> bool:
    """Reads every date typed into the date fields of `window` (a dialog about to save);
    False when one cannot be read: that field says so and gets the keyboard."""
    unread = [field for field in window.findChildren(DateField) if not field.read_typed()]
    if unread:
        unread[0].setFocus(Qt.FocusReason.OtherFocusReason)
    return not unread


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
