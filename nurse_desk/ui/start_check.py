"""A start that checks itself and quits: for CI and the bundle test, never for a nurse.

With NURSE_DESK_START_CHECK=1 in the environment, `nurse-desk --demo` starts as usual (a
throw-away demo vault) and, once the window is up and the event loop idle, draws the window
into an image, writes one line to stdout saying what it shows, throws the demo vault away and
quits: exit 0 when the workspace shows Today with its agenda, 1 otherwise. Together with
QT_QPA_PLATFORM=offscreen this proves, without a screen, that a built bundle starts, creates and
opens a vault (migrations), reads the holidays calendar and draws Today with its fonts and icons
(tests/installers/test_bundle.py). It changes no data: the demo vault is the only one opened.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

START_CHECK_ENV = "NURSE_DESK_START_CHECK"


def requested() -> bool:
    return os.environ.get(START_CHECK_ENV) == "1"


def schedule(window) -> None:
    """After the events that show the window: a 0 ms timer runs once the queue is empty."""
    QTimer.singleShot(0, lambda: _report_and_quit(window))


def what_is_shown(window) -> tuple[bool, str]:
    from nurse_desk.ui.workspace import Section

    screen = window.screens.currentWidget()
    if screen is not window.workspace:
        return False, f"not the workspace but {screen.objectName() or type(screen).__name__}"
    section = window.workspace.current_section
    today = window.workspace.today_page
    if section is not Section.TODAY or not today.isVisible():
        return False, f"not Today but {section.name}"
    agenda = today.model.agenda
    if agenda is None:
        return False, "Today without an agenda"
    image = window.grab()
    if image.isNull():
        return False, "the window could not be drawn"
    return True, (
        f"Today shown with {len(agenda)} items, {agenda.needs_attention} needing attention, "
        f"window {image.width()}x{image.height()}"
    )


def _report_and_quit(window) -> None:
    shown, words = what_is_shown(window)
    print(f"start check: {words}", flush=True)
    window.session.close()  # locks and deletes the demo vault
    QApplication.exit(0 if shown else 1)
