"""The demo window (the `demo_window` fixture of tests/ui/conftest.py) locked and unlocked as
the nurse does it, shared by the tests of what a lock keeps: a pupil opened by typing in the
list's filter, the passphrase typed, and the note shown after unlocking read and closed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from nurse_desk.ui.workspace import Section


def open_pupil(qtbot, window):
    window.workspace.show_section(Section.PUPILS)
    page = window.workspace.pupils_page
    page.filter.clear()
    qtbot.keyClicks(page.filter, "aasen")
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    return page.pupil_page


def unlock(qtbot, window) -> None:
    qtbot.keyClicks(window.unlock.passphrase, "demo")
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    assert window.session.is_unlocked


def lock_notes(qtbot) -> str:
    """The text of the note shown after unlocking, which is then closed."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "lock_notes"
    text = box.text()
    box.close()
    return text
