from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from nurse_desk.app import build_main_window
from nurse_desk.ui.preferences import Preferences
from nurse_desk.ui.vault_actions import VaultActions


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


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
