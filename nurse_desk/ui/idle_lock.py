"""Auto-lock after idle minutes: any key press, click or mouse move counts as activity."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

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
        # Every event of the app passes here (thousands when a dialog is built). Most are not
        # input (paint, layout, timers): one question answered in C++ lets them go on, without
        # making a Python enum of their type (together ~2 µs of the ~4 µs each event cost).
        # Keys, clicks, moves, the wheel, touch and ShortcutOverride are all input events.
        if not event.isInputEvent():
            return False
        kind = event.type()
        if kind in _ACTIVITY:
            self._last_activity = self._clock()
        # Ctrl+L works everywhere, also inside a modal dialog, where window shortcuts do not.
        # Qt first offers a key combination as ShortcutOverride; that is where we take it.
        if (
            kind in _KEYS
            and self._armed
            and event.key() == Qt.Key.Key_L
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            if kind == QEvent.Type.ShortcutOverride:
                self.lock_key_pressed.emit()
            return True
        return False
