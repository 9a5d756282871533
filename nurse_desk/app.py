"""Composition root: builds the app's objects once and hands them down. Nothing else does."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from nurse_desk import __version__
from nurse_desk.preferences import Preferences
from nurse_desk.process_guard import disable_core_dumps, install_excepthook
from nurse_desk.services.vault_location import VAULT_ENV, default_vault_path
from nurse_desk.ui import start_check
from nurse_desk.ui.common.garbage import collect_on_gui_thread, set_aside_what_start_up_made
from nurse_desk.ui.i18n import LANGUAGES, Translations, default_country, system_language
from nurse_desk.ui.idle_lock import IdleWatcher
from nurse_desk.ui.main_window import MainWindow
from nurse_desk.ui.resources import icon
from nurse_desk.ui.vault_session import VaultSession


def choose_vault_path(explicit: Path | None, preferences: Preferences) -> Path:
    """--vault, then NURSE_DESK_VAULT, then the vault used last, then the per-user default."""
    if explicit is not None:
        return explicit
    if os.environ.get(VAULT_ENV):
        return default_vault_path()
    return preferences.last_vault or default_vault_path()


def build_main_window(
    *,
    vault_path: Path | None,
    language: str | None,
    preferences: Preferences | None = None,
    demo: bool = False,
    clock: Callable[[], float] = time.monotonic,
) -> MainWindow:
    """Everything the window needs; the caller owns the QApplication."""
    collect_on_gui_thread()
    preferences = preferences or Preferences()
    translations = Translations()
    chosen = language or preferences.language or system_language()
    translations.apply(chosen if chosen in LANGUAGES else "en")
    session = VaultSession(path=choose_vault_path(vault_path, preferences), outside=preferences)
    idle_watcher = IdleWatcher(minutes=preferences.idle_minutes, clock=clock)
    QCoreApplication.instance().installEventFilter(idle_watcher)
    window = MainWindow(
        session=session,
        preferences=preferences,
        translations=translations,
        idle_watcher=idle_watcher,
    )
    idle_watcher.setParent(window)
    if demo:
        session.open_demo(default_country(translations.language))
    return window


SET_ASIDE_AFTER_MS = 500


def run_app(*, vault_path: Path | None, demo: bool, language: str | None) -> int:
    disable_core_dumps()
    app = QApplication.instance() or QApplication(sys.argv[:1])  # never hand argv to Qt
    app.setApplicationName("Nurse Desk")
    app.setOrganizationName("NurseDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nurse-desk")
    app.setWindowIcon(icon("nurse-desk"))
    app.setStyle("Fusion")  # the same look on every desktop, and on the screenshots
    window = build_main_window(vault_path=vault_path, language=language, demo=demo)
    install_excepthook(window.report_unexpected_error)
    window.show()
    # A moment after the unlock screen is painted, not before: the full collection that
    # precedes the setting aside takes ~60 ms, and the nurse is still typing her passphrase.
    QTimer.singleShot(SET_ASIDE_AFTER_MS, set_aside_what_start_up_made)
    app.aboutToQuit.connect(window.session.close)
    if start_check.requested():  # CI and the bundle test only; see start_check.py
        start_check.schedule(window)
    return app.exec()
