"""What the app remembers between runs (QSettings): window geometry, language, idle minutes.

Never pupil data, never a passphrase: only layout and choices. The vault path is remembered so
the unlock screen can offer it; a path is not health data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_IDLE_MINUTES = 5
IDLE_MINUTES_RANGE = (1, 60)


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("NurseDesk", "Nurse Desk")

    @property
    def idle_minutes(self) -> int:
        value = int(self._settings.value("security/idle_minutes", DEFAULT_IDLE_MINUTES))
        low, high = IDLE_MINUTES_RANGE
        return min(max(value, low), high)

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self._settings.setValue("security/idle_minutes", int(minutes))

    @property
    def language(self) -> str | None:
        value = self._settings.value("ui/language", "")
        return str(value) or None

    @language.setter
    def language(self, code: str | None) -> None:
        self._settings.setValue("ui/language", code or "")

    @property
    def last_vault(self) -> Path | None:
        value = self._settings.value("vault/last_path", "")
        return Path(str(value)) if value else None

    @last_vault.setter
    def last_vault(self, path: Path) -> None:
        self._settings.setValue("vault/last_path", str(path))

    def window_geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_geometry(self, geometry: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._settings.sync()
