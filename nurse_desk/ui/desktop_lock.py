"""Locking with the desktop: when the screen locks or the laptop goes to sleep, so does the vault;
and on every lock, what the app put on the clipboard is taken off it.

The desktop says so where it can: on Linux over D-Bus (logind's PrepareForSleep and Lock, the
screen savers' ActiveChanged), where PySide6's QtDBus and a bus are there; everywhere, Qt's
application state "suspended". Where nothing reports it, the idle lock still applies.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import SLOT, QObject, Qt, Signal, Slot
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# (bus, service, path, interface, signal, slot). An empty service or path matches any sender:
# locking is always safe, so whoever says the screen locked is believed.
_SIGNALS = (
    ("system", "org.freedesktop.login1", "/org/freedesktop/login1",
     "org.freedesktop.login1.Manager", "PrepareForSleep", "_on_going_to_sleep(bool)"),
    ("system", "org.freedesktop.login1", "", "org.freedesktop.login1.Session", "Lock",
     "_on_session_lock()"),
    ("session", "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
     "ActiveChanged", "_on_screen_saver(bool)"),
    ("session", "", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
     "_on_screen_saver(bool)"),
)  # fmt: skip


class DesktopLockWatcher(QObject):
    """Emits `desktop_locking` when the screen locks or the computer is about to sleep."""

    desktop_locking = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening_to: list[str] = []  # what this desktop reports, for tests and logs
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_application_state)
        self._listen_on_dbus()

    def _listen_on_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a bundle or platform without QtDBus
            return
        self.listen_on("system", QDBusConnection.systemBus())
        self.listen_on("session", QDBusConnection.sessionBus())

    def listen_on(self, bus_name: str, bus) -> None:
        """Connect the signals of one bus ("system" or "session") that it has."""
        if not bus.isConnected():
            return
        for on_bus, service, path, interface, name, slot in _SIGNALS:
            if on_bus == bus_name and bus.connect(service, path, interface, name, self, SLOT(slot)):
                self.listening_to.append(f"{interface}.{name}")

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.desktop_locking.emit()

    @Slot(bool)
    def _on_going_to_sleep(self, going: bool) -> None:
        if going:
            self.desktop_locking.emit()

    @Slot()
    def _on_session_lock(self) -> None:
        self.desktop_locking.emit()

    @Slot(bool)
    def _on_screen_saver(self, active: bool) -> None:
        if active:
            self.desktop_locking.emit()


def _fingerprint(text: str) -> bytes:
    """What was copied is recognised by its hash: the text itself (pupil data) is not kept."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Remembers what the app put on the clipboard, and takes it off when the vault locks.

    "Put there by the app": copied while one of its widgets had the focus, or while the
    platform says the app owns the clipboard. Something copied in another program since is
    the nurse's and is left alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: dict[QClipboard.Mode, bytes] = {}
        self._clipboard = QGuiApplication.clipboard() if QGuiApplication.instance() else None
        if self._clipboard is not None:
            self._clipboard.changed.connect(self._on_changed)

    def _on_changed(self, mode: QClipboard.Mode) -> None:
        clipboard = self._clipboard
        ours = clipboard.ownsClipboard() if mode == QClipboard.Mode.Clipboard else False
        if ours or QApplication.focusWidget() is not None:
            self._ours[mode] = _fingerprint(clipboard.text(mode))
        else:
            self._ours.pop(mode, None)

    def clear_ours(self) -> None:
        clipboard = self._clipboard
        if clipboard is None:
            return
        for mode, fingerprint in list(self._ours.items()):
            if _fingerprint(clipboard.text(mode)) == fingerprint:
                clipboard.clear(mode)
        self._ours.clear()
