"""Auto-lock after idle minutes: any key press, click or mouse move counts as activity.

The watcher sits on each window of the app, not on the application: input reaches a window
before any of its widgets, and a window sees little else. Watching the application passed
every event of every widget through Python (building a dialog of 260 widgets sent 2,300 of
them: a child added, a widget polished, moved, painted), a third of what opening a dialog
cost."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
_KEYS = {QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress}


class IdleWatcher(QObject):
    """Emits `idle_reached` once when no input arrived for the set minutes.

    The clock is injectable so tests can move time forward instead of waiting.
    """

    idle_reached = Signal()
    lock_key_pressed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        minutes: int,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = 5000,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit_s = minutes * 60
        self._last_activity = clock()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    def watch_windows(self) -> None:
        """Watch every window of the app, those shown later included: a window is watched
        once it becomes the active one (shown, or clicked), before its input arrives."""
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.focusWindowChanged.connect(self._watch)
        for window in app.topLevelWindows():
            self._watch(window)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: installing again only moves it first

    def set_minutes(self, minutes: int) -> None:
        self._limit_s = minutes * 60

    def arm(self) -> None:
        """Start watching (the vault was unlocked)."""
        self._last_activity = self._clock()
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def note_activity(self) -> None:
        self._last_activity = self._clock()

    def check(self) -> None:
        if self._armed and self._clock() - self._last_activity >= self._limit_s:
            self.disarm()
            self.idle_reached.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._last_activity = self._clock()
        # Ctrl+L works everywhere, also inside a modal dialog, where window shortcuts do not
        # (the main window's Lock action takes it there before it reaches the window).
        if (
            kind in _KEYS
            and self._armed
            and event.key() == Qt.Key.Key_L
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            if kind == QEvent.Type.KeyPress:
                self.lock_key_pressed.emit()
            return True
        return False
