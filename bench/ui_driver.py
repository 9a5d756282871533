"""The real main window, offscreen, driven the way clicks drive it, for bench/interactions.py.

The window is built as nurse_desk/app.py builds it (tests/ui/conftest.py `make_window` does the
same), on a working copy of the year vault, with preferences in the benchmark's scratch folder
and a clock that never lets the idle lock fire. Everything goes through public window, workspace
and page methods or the signals a click emits; where a click opens a modal dialog, the dialog is
built and shown without its event loop, and the method its button calls is called instead.

`settle()` waits until nothing is left to do: queued events, zero-timers, and work in Qt's
thread pool (the absence analysis and the import dialog run there) with the signals it sends
back. The paint events a change causes are among those queued events (Qt posts them), so an
interaction's time runs from the call to the end of `settle()`, painting included; `Paints`
counts them, to show that it did paint. `paint()` repaints every visible window once more
(`--repaint`, as runs before December 2026 timed it: 4-5 ms of pixels painted twice). Work
the app defers for a few seconds after an unlock (the integrity check) is let finish, untimed,
after each unlock (`let_deferred_work_finish`).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QThreadPool,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from nurse_desk.app import build_main_window
from nurse_desk.preferences import Preferences
from nurse_desk.storage import key_derivation
from nurse_desk.ui import vault_session
from nurse_desk.ui.common import background
from nurse_desk.ui.common.garbage import set_aside_what_start_up_made
from nurse_desk.ui.workspace import Section

SETTLE_LIMIT_S = 300.0
WINDOW_SIZE = (1100, 720)
QUIET_AFTER_UNLOCK_S = 4.0


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


_QUIET = (  # offscreen windows
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",  # the user guide, brought to the front
)


def _qt_message(kind, context, text: str) -> None:
    if text not in _QUIET:
        print(text, file=sys.stderr)


def application() -> QApplication:
    qInstallMessageHandler(_qt_message)
    _PoolStarts.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Nurse Desk")
    app.setOrganizationName("NurseDesk")
    app.setStyle("Fusion")  # as run_app does
    return app


class _PoolStarts:
    """How many tasks were handed to a thread pool: `settle` needs to know whether handling
    events started new work, which the pool's own counts cannot say (a task handed to an idle
    thread is queued for a moment while that thread wakes; one that is quick may be done before
    anyone looks)."""

    count = 0

    @classmethod
    def install(cls) -> None:
        if getattr(QThreadPool, "_bench_counted", False):
            return
        for name in ("start", "tryStart"):
            original = getattr(QThreadPool, name)

            def counted(pool, *args, _original=original, **kwargs):
                cls.count += 1
                return _original(pool, *args, **kwargs)

            setattr(QThreadPool, name, counted)
        QThreadPool._bench_counted = True


def _steps_running() -> bool:
    """A background step of the app (an import, the absence analysis) still on its thread."""
    return any(t.name == background.THREAD_NAME for t in threading.enumerate())


def settle(limit_s: float = SETTLE_LIMIT_S) -> None:
    """Returns once a round of event handling started no new background work, the pool and the
    app's step threads are idle and every event their work posted (results) has been handled."""
    app = QApplication.instance()
    pool = QThreadPool.globalInstance()
    deadline = time.perf_counter() + limit_s
    while True:
        started = _PoolStarts.count, background.steps_started()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        while not pool.waitForDone(5) or _steps_running():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"still busy after {limit_s:.0f} s")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            time.sleep(0.001)  # leaves the interpreter to the step's thread meanwhile
        app.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        now = _PoolStarts.count, background.steps_started()
        if now == started and pool.waitForDone(0) and not _steps_running():
            return
        if time.perf_counter() > deadline:
            raise TimeoutError(f"still busy after {limit_s:.0f} s")


def let_deferred_work_finish() -> None:
    """After an unlock the app starts some work a few seconds later (the integrity check reads
    the whole vault in the pool). It is waited for here, untimed, so that it is not counted in
    whichever interaction happens to be running when it starts."""
    delay_s = getattr(vault_session, "CHECK_DELAY_MS", 0) / 1000
    app = QApplication.instance()
    until = time.perf_counter() + max(delay_s + 1.0, QUIET_AFTER_UNLOCK_S)
    while time.perf_counter() < until:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        time.sleep(0.02)
    settle()


class Paints(QObject):
    """Paint events delivered while installed on the application (an event filter costs every
    event a call into Python, so it is installed only in the untimed capture cycle)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def __enter__(self) -> Paints:
        QApplication.instance().installEventFilter(self)
        return self

    def __exit__(self, *exc) -> None:
        QApplication.instance().removeEventFilter(self)


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
        self.shown_since_unlock: set[Section] = set()
        # A set size, not the offscreen screen's 800 x 600 that the window fits itself to:
        # figures of one run compare with another's only at the same size.
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        set_aside_what_start_up_made()  # as run_app does
        settle()

    # -- the vault -------------------------------------------------------------------------
    @property
    def vault(self):
        return self.window.session.vault

    def unlock(self) -> None:
        """What the unlock screen's button does: it emits the typed passphrase."""
        self.shown_since_unlock = set()
        self.window.unlock.unlock_requested.emit(self.passphrase)

    def unlock_and_wait(self) -> None:
        """Unlocked, and the work the app defers after unlocking done."""
        self.unlock()
        settle()
        let_deferred_work_finish()

    def lock_on(self, section: Section) -> None:
        """Locked while `section` was shown, so unlocking comes back to it."""
        if self.vault is None:
            self.unlock_and_wait()
        self.show(section)
        settle()
        self.window.lock_now()
        settle()
        if self.vault is not None:
            raise RuntimeError("the vault did not lock")

    def ensure_unlocked(self) -> None:
        if self.vault is None:
            self.unlock_and_wait()
        if self.vault is None:
            raise RuntimeError("the vault did not unlock")

    # -- sections and pages ------------------------------------------------------------------
    @property
    def workspace(self):
        return self.window.workspace

    def show(self, section: Section) -> None:
        self.workspace.show_section(section)
        self.shown_since_unlock.add(section)

    def first_show_next(self, section: Section) -> None:
        """Locked and unlocked on another section unless `section` is still to be shown since
        the last unlock (a cycle's first shows follow its unlocks; run alone, one needs its
        own)."""
        self.ensure_unlocked()
        if section in self.shown_since_unlock or self.workspace.current_section == section:
            self.lock_on(Section.SETTINGS if section is Section.TODAY else Section.TODAY)
            self.unlock_and_wait()

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
