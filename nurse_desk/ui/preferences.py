"""What the app remembers between runs (QSettings): window geometry, language, idle minutes.

Never pupil data, never a passphrase: only layout and choices. The vault path is remembered so
the unlock screen can offer it; a path is not health data.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 5
IDLE_MINUTES_RANGE = (1, 60)
OWNER_ONLY_FILE = 0o600
OWNER_ONLY_DIR = 0o700


def keep_private(settings: QSettings) -> None:
    """Only the nurse's account may read the settings (they name the vault's place).

    Qt writes a new file with the umask (0644 in a 0755 folder) but keeps an existing file's
    mode when it rewrites it, so the file is made 0600 before Qt first writes it, and an older
    0644 one is put right at start. The folder is changed only when it is the organisation's
    own folder that Qt made for us. macOS and Windows keep settings their own way (cfprefsd,
    the registry): left to them."""
    path = Path(settings.fileName())
    if os.name != "posix" or sys.platform == "darwin" or not path.name:
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
        if settings.organizationName() and folder.name == settings.organizationName():
            os.chmod(folder, OWNER_ONLY_DIR)
        os.close(os.open(path, os.O_RDONLY | os.O_CREAT, OWNER_ONLY_FILE))
        os.chmod(path, OWNER_ONLY_FILE)
    except OSError as error:  # a read-only home: the app still runs, it remembers less
        log.warning("settings file kept as it is: %s", error.strerror)


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("NurseDesk", "Nurse Desk")
        keep_private(self._settings)

    @property
    def idle_minutes(self) -> int:
        text = str(self._settings.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)).strip()
        # The file can be edited by hand: 0-9 only (int() refuses '²' and would read '٣').
        if not (text.isascii() and text.isdigit()):
            return DEFAULT_IDLE_MINUTES
        low, high = IDLE_MINUTES_RANGE
        return min(max(int(text), low), high)

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
