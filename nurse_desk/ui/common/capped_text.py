"""One-line text fields that hold no more characters than the vault keeps, and say so.

Qt's own cap (QLineEdit.setMaxLength) stops typing at the cap, which the nurse sees, but cuts a
pasted or dropped text at the cap without a word: the end of an address or a phone number is
gone, and what is left looks whole. So every capped field gets its cap from `cap()` instead: a
validator refuses any change that would make the text longer than the cap, so the field keeps
what it had, and a message under the field says how many characters it holds and how long the
text would have been. The pasted text is still on the clipboard to shorten.

A text longer than the cap that the program puts in the field (a vault's older, longer value)
is kept whole, and may be shortened; only a change that makes it longer still is refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

from nurse_desk.ui.common.field_message import FieldMessage
from nurse_desk.ui.common.text import placed

MESSAGE_NAME = "capped_text_message"  # the message's objectName, for tests and style


def cap(field: QLineEdit, length: int) -> QLineEdit:
    """Caps `field` at `length` characters, with words when more is pasted; returns it."""
    field.setValidator(_Cap(field, length))
    return field


def capped_length(field: QLineEdit) -> int | None:
    """The cap `cap()` gave the field, None for a field without one."""
    validator = field.validator()
    return validator.length if isinstance(validator, _Cap) else None


class _Cap(QValidator):
    """A child of its field: it lives and dies with it, and holds no reference to it."""

    def __init__(self, field: QLineEdit, length: int) -> None:
        super().__init__(field)
        self.length = length
        self._known = len(field.text())  # the text's length as last changed
        self._tried = 0  # the length a refused change would have given
        self._message: FieldMessage | None = None
        field.textChanged.connect(self._on_text_changed)

    def validate(self, text: str, position: int):
        if len(text) > self.length and len(text) > self._known:
            if not self._tried:
                # Qt asks also when the program sets a longer text, which it keeps: whether
                # the change was refused is known once Qt has finished with it.
                QTimer.singleShot(0, self, self._said_when_refused)
            self._tried = len(text)
            return QValidator.State.Invalid, text, position
        return QValidator.State.Acceptable, text, position

    def _on_text_changed(self, text: str) -> None:
        self._known = len(text)
        if self._message is not None:
            self._message.hide()

    def _said_when_refused(self) -> None:
        field, tried, self._tried = self.parent(), self._tried, 0
        if not isinstance(field, QLineEdit) or len(field.text()) == tried:
            return  # the text was set by the program and kept
        locale = QLocale()
        if tried - len(field.text()) > 1:
            words = placed(
                QCoreApplication.translate(
                    "CappedText",
                    "This field holds %1 characters. With the pasted text it would have %2, so "
                    "nothing was pasted: shorten the text first.",
                ),
                locale.toString(self.length),
                locale.toString(tried),
            )
        else:
            words = placed(
                QCoreApplication.translate("CappedText", "This field holds %1 characters."),
                locale.toString(self.length),
            )
        if self._message is None:
            self._message = FieldMessage(field, objectName=MESSAGE_NAME)
        self._message.say(words)
