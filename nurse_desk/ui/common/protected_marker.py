"""The mark of a pupil with protected identity in a list (the pupils, the home visits)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap


@functools.cache
def protected_icon() -> QIcon:
    """A red square with a white bar: the same red as the marker on the pupil's page and on
    every sheet, drawn here so it needs no image file and no font glyph."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor("#b00020"))
    painter = QPainter(pixmap)
    painter.fillRect(3, 6, 8, 2, QColor("white"))
    painter.end()
    return QIcon(pixmap)


def marked(name: str) -> str:
    """The name with the marker in words, for a tooltip and a screen reader."""
    marker = QCoreApplication.translate("PupilTableModel", "Protected identity")
    return f"{name} ({marker})"
