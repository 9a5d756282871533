from __future__ import annotations

import gc
from pathlib import Path

import pytest
from absence_fixtures import analysed  # noqa: F401  (pytest fixture: analyses counted)
from journal_fixtures import vault  # noqa: F401  (pytest fixture: a vault with one author)
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from nurse_desk.app import build_main_window
from nurse_desk.preferences import Preferences
from nurse_desk.ui.vault_actions import VaultActions
from nurse_desk.ui.workspace import Section


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(params=["en", "nb", "sv"])
def language(request):
    """The window's language for the test: each of the app's three in turn."""
    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    assert translations.apply(request.param)
    yield request.param
    translations.apply("en")


@pytest.fixture(params=["nb", "sv"])
def translated_language(request, qtbot):
    """Bokmål, then Swedish: for what must show no English word."""
    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    assert translations.apply(request.param)
    yield request.param
    translations.apply("en")


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def preferences(settings_file: Path) -> Preferences:
    return Preferences(QSettings(str(settings_file), QSettings.Format.IniFormat))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(qtbot, preferences, clock, monkeypatch):
    monkeypatch.setattr(VaultActions, "confirm_discard_demo", lambda self: True)
    windows = []

    def make(vault_path: Path, language: str = "en", demo: bool = False):
        window = build_main_window(
            vault_path=vault_path,
            language=language,
            preferences=preferences,
            demo=demo,
            clock=clock,
        )
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.close()
        window.close()
        window.deleteLater()  # with its dialogs and menus, now, not in a later test
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def nothing_left_for_the_next_test():
    """What a test made is freed when it ends. The windows' collector (GUI thread, every half
    second) would otherwise free one test's windows and dialogs in the middle of a later test,
    which on the offscreen platform now and then crashed in Qt while the next test was
    building its own dialog."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def in_next_modal():
    """Runs `action(dialog)` once a modal dialog is up; closes it after 3 s so no test hangs."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timers = []

    def arrange(action) -> dict:
        state = {"dialog": None, "ticks": 0}
        timer = QTimer()
        timer.setInterval(10)

        def tick() -> None:
            state["ticks"] += 1
            dialog = QApplication.activeModalWidget()
            if dialog is not None and state["dialog"] is None:
                state["dialog"] = dialog
                timer.stop()
                action(dialog)
            elif state["ticks"] > 300:
                timer.stop()
                if dialog is not None:
                    dialog.close()

        timer.timeout.connect(tick)
        timer.start()
        timers.append(timer)
        return state

    yield arrange
    for timer in timers:
        timer.stop()


NEW_VAULT_PASSPHRASE = "fjord tavle sykkel blåbær"


@pytest.fixture
def new_vault_window(qtbot, make_window, vault_folder):
    """A window that has just created an empty vault, unlocked."""
    from PySide6.QtCore import Qt

    window = make_window(vault_folder / "nurse.vault")
    qtbot.keyClicks(window.welcome.passphrase.first, NEW_VAULT_PASSPHRASE)
    qtbot.keyClicks(window.welcome.passphrase.second, NEW_VAULT_PASSPHRASE)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.is_unlocked)
    return window


@pytest.fixture
def demo_window(make_window):
    """The demo vault's window, unlocked, on the pupils list."""
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.PUPILS)
    return window
