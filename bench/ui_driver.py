"""The real main window, offscreen, driven the way clicks drive it, for bench/interactions.py.

The window is built as nurse_desk/app.py builds it (tests/ui/conftest.py `make_window` does the
same), on a working copy of the year vault, with preferences in the benchmark's scratch folder
and a clock that never lets the idle lock fire. Everything goes through public window, workspace
and page methods or the signals a click emits; where a click opens a modal dialog, the dialog is
built and shown without its event loop, and the method its button calls is called instead.

`settle()` waits until nothing is left to do: queued events, zero-timers, and work in Qt's
thread pool (the absence analysis and the import dialog run there) with the signals it sends
back; `paint()` then repaints every visible window at once. An interaction's time runs from the
call to the end of `paint()`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QThreadPool, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from nurse_desk.app import build_main_window
from nurse_desk.storage import key_derivation
from nurse_desk.ui.preferences import Preferences
from nurse_desk.ui.workspace import Section

SETTLE_LIMIT_S = 300.0


class KdfClock:
    """Time spent deriving keys (Argon2id) while `running`, wherever the app calls it from."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.running = False
        original = key_derivation.derive_key

        def derive_key(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                if self.running:
                    self.seconds += time.perf_counter() - started

        key_derivation.derive_key = derive_key


class SlotErrors:
    """Exceptions raised in Qt slots never reach the caller (Qt prints them via the excepthook
    and goes on): noted here, so a failing interaction is reported as failing."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        previous = sys.excepthook

        def hook(kind, value, traceback) -> None:
            self.seen.append(f"{kind.__name__}: {value}")
            previous(kind, value, traceback)

        sys.excepthook = hook

    def take(self) -> list[str]:
        seen, self.seen = self.seen, []
        return seen


_QUIET = ("This plugin does not support propagateSizeHints()",)  # offscreen windows


def _qt_message(kind, context, text: str) -> None:
    if text not in _QUIET:
        print(text, file=sys.stderr)


def application() -> QApplication:
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Nurse Desk")
    app.setOrganizationName("NurseDesk")
    app.setStyle("Fusion")  # as run_app does
    return app


def settle(limit_s: float = SETTLE_LIMIT_S) -> None:
    app = QApplication.instance()
    pool = QThreadPool.globalInstance()
    deadline = time.perf_counter() + limit_s
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if pool.activeThreadCount():
            pool.waitForDone(5)
        else:
            app.sendPostedEvents()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            if not pool.activeThreadCount():
                return
        if time.perf_counter() > deadline:
            raise TimeoutError(f"still busy after {limit_s:.0f} s")


def paint() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.repaint()
    QApplication.instance().processEvents()


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    settle()


class Desk:
    """The main window and the year vault behind it."""

    def __init__(self, vault_path: Path, passphrase: str, scratch: Path) -> None:
        self.app = application()
        self.passphrase = passphrase
        settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
        self.window = build_main_window(
            vault_path=vault_path,
            language="en",
            preferences=Preferences(settings),
            clock=lambda: 0.0,  # the idle lock never fires during a long benchmark
        )
        self.window.show()
        settle()

    # -- the vault -------------------------------------------------------------------------
    @property
    def vault(self):
        return self.window.session.vault

    def unlock(self) -> None:
        """What the unlock screen's button does: it emits the typed passphrase."""
        self.window.unlock.unlock_requested.emit(self.passphrase)

    def lock_on(self, section: Section) -> None:
        """Locked while `section` was shown, so unlocking comes back to it."""
        if self.vault is None:
            self.unlock()
            settle()
        self.show(section)
        settle()
        self.window.lock_now()
        settle()
        if self.vault is not None:
            raise RuntimeError("the vault did not lock")

    def ensure_unlocked(self) -> None:
        if self.vault is None:
            self.unlock()
            settle()
        if self.vault is None:
            raise RuntimeError("the vault did not unlock")

    # -- sections and pages ------------------------------------------------------------------
    @property
    def workspace(self):
        return self.window.workspace

    def show(self, section: Section) -> None:
        self.workspace.show_section(section)

    def page(self, section: Section) -> QWidget:
        """The page a section shows (asked of the stack after showing it: pages may be built
        or filled only when first shown)."""
        if self.workspace.current_section != section:
            self.show(section)
            settle()
        return self.workspace.pages.currentWidget()

    def reload(self, section: Section) -> Callable[[], object]:
        return lambda: self.page(section).reload()


def section(name: str) -> Section:
    return Section[name]
