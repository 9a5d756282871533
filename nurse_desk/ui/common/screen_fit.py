"""A dialog opens at its wished size, or at what the screen has room for, whichever is less:
a 1024 x 700 screen (a small laptop at 125 % scaling) must still show its buttons."""

from __future__ import annotations

from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and border the window system adds around a dialog's own area.
WINDOW_FRAME = 40


def resize_to_fit(dialog: QWidget, width: int, height: int) -> None:
    # The screen under the parent's window (or the pointer), asked of the application, not of
    # the dialog: after `dialog.screen()` the dialog's wrapper held the screen's, and when the
    # cycle collector freed such a dialog, Qt crashed in its screen list as the next dialog was
    # built (seen in a day of clicking through the main window).
    parent = dialog.parentWidget()
    where = parent.window().frameGeometry().center() if parent is not None else QCursor.pos()
    screen = QGuiApplication.screenAt(where) or QGuiApplication.primaryScreen()
    if screen is None:
        dialog.resize(width, height)
        return
    room = screen.availableGeometry()
    dialog.resize(
        min(width, room.width() - WINDOW_FRAME // 2),
        min(height, room.height() - WINDOW_FRAME),
    )
