"""What the app remembers between runs (QSettings): window geometry, language, idle minutes.

Never pupil data, never a passphrase: only layout and choices. The vault path is remembered so
the unlock screen can offer it; a path is not health data. Per vault file it also keeps the
access log's anchor (the number of entries and the last keyed hash) and a count of failed
unlocks: kept outside the vault so that editing the vault alone cannot hide a cut log
(docs/SECURITY.md, "The access log").

It sits beside app.py and cli.py, outside the layers, because both fronts read it: the windows
for their layout and choices, the command line for the log's anchor and failed unlocks.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from nurse_desk.domain.access_log import FailedUnlocks, LogAnchor

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


def app_settings() -> QSettings:
    """The app's own settings file (tests point this at a file of their own)."""
    return QSettings("NurseDesk", "Nurse Desk")


def vault_key(vault_path: Path) -> str:
    """A settings key per vault file; the path itself holds slashes, which QSettings nests."""
    name = str(Path(vault_path).expanduser().resolve())
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]


class Preferences:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or app_settings()
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

    # -- kept per vault, outside it (services.log_watch.OutsideRecord) --------------------
    def log_anchor(self, vault_path: Path) -> LogAnchor | None:
        value = self._settings.value(f"access_log/{vault_key(vault_path)}", "")
        return LogAnchor.parse(str(value)) if value else None

    def keep_log_anchor(self, vault_path: Path, anchor: LogAnchor) -> None:
        self._settings.setValue(f"access_log/{vault_key(vault_path)}", anchor.text())
        self._settings.sync()  # a crash right after must not lose it

    def failed_unlocks(self, vault_path: Path) -> FailedUnlocks | None:
        text = str(self._settings.value(f"failed_unlocks/{vault_key(vault_path)}", ""))
        count, _, times = text.partition("|")
        first, _, last = times.partition("|")
        try:
            return FailedUnlocks(
                int(count), datetime.fromisoformat(first), datetime.fromisoformat(last)
            )
        except ValueError:  # none counted, or a hand-edited value
            return None

    def count_failed_unlock(self, vault_path: Path, at: datetime) -> None:
        before = self.failed_unlocks(vault_path)
        count, first = (before.count, before.first) if before is not None else (0, at)
        value = f"{count + 1}|{first.isoformat()}|{at.isoformat()}"
        self._settings.setValue(f"failed_unlocks/{vault_key(vault_path)}", value)
        self._settings.sync()

    def forget_failed_unlocks(self, vault_path: Path) -> None:
        self._settings.remove(f"failed_unlocks/{vault_key(vault_path)}")
        self._settings.sync()
