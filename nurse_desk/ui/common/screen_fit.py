"""A dialog opens at its wished size, or at what the screen has room for, whichever is less:
a 1024 x 700 screen (a small laptop at 125 %) must still show its buttons. And a form taller
than such a screen scrolls up and down (`FormScroll`) instead of holding its window taller."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

# The title bar and border the window system adds around a dialog's own area.
WINDOW_FRAME = 40

# What a scrolling form keeps on show at its lowest, in points: a few of its rows.
FORM_SCROLL_LOWEST = 120


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


class FormScroll(QScrollArea):
    """Holds a form that scrolls up and down, never sideways: at its narrowest as wide as the
    form, at its lowest a few rows high. The buttons that act on the form stay outside it, so a
    window on a 1366 x 768 laptop at 125 % (566 points above the task bar) still shows them;
    the field that gets the focus is scrolled to."""

    def __init__(self, form: QWidget, *, objectName: str) -> None:
        super().__init__(objectName=objectName, widgetResizable=True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the form's fields, not here
        self.setWidget(form)
        # QScrollArea scrolls to a field Tab moves to from another field of its form, not to
        # one Tab or Shift+Tab reaches from outside it (from the sidebar: Receive a record,
        # under the edge), nor to one an Alt+letter puts the cursor in.
        QApplication.instance().focusChanged.connect(self._show_focused)

    def _show_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.widget().isAncestorOf(new):
            self.ensureWidgetVisible(new)

    def viewportEvent(self, event: QEvent) -> bool:
        # The form's layout asks its parent, the viewport, to lay out again when its words
        # change (the window's language): the layout around this area keeps the smallest size
        # it was told until told it changed.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().viewportEvent(event)

    def minimumSizeHint(self) -> QSize:
        form = self.widget().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(form.width() + bar, min(form.height(), FORM_SCROLL_LOWEST))

    def sizeHint(self) -> QSize:
        form = self.widget().sizeHint()
        return QSize(form.width() + self.verticalScrollBar().sizeHint().width(), form.height())
