"""A combo box or spin box changes on the mouse wheel only once the nurse has clicked or
tabbed into it. Scrolling past one on a settings page must never choose for her: one wheel
event over the country once moved the vault from Norway to Sweden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        scrolled_past = isinstance(watched, QWidget) and not watched.hasFocus()
        if event.type() == QEvent.Type.Wheel and scrolled_past:
            event.ignore()
            return True  # not for this field: it was only scrolled past
        return False


def guard_wheel(*fields: QWidget) -> None:
    """Wheel events reach each field only while it has the focus (a click or Tab gives it)."""
    for field in fields:
        guard = _WheelGuard(field)
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)
