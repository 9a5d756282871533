"""Widgets that re-set their texts when the nurse switches language."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class LanguageAware:
    """Mix in before the Qt class: `class PupilsPage(LanguageAware, QWidget)`.

    Qt sends LanguageChange to every widget when a translator is installed; each widget then
    runs its own `retranslate_ui()`.
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]


def page_title(name: str, *, size_pt: int = 16) -> QLabel:
    """The heading at the top of a page, the same everywhere."""
    label = QLabel(objectName=name)
    label.setStyleSheet(f"font-size: {size_pt}pt; font-weight: 600;")
    return label
