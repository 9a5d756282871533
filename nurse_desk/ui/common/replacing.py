"""Asking before a file the nurse typed the name of is replaced: a backup, an export or a
transfer file given in a dialog's own file field, which no save dialog asked about.

What she saved before under that name (last week's export, yesterday's transfer file) is kept
unless she says here to replace it, as the command line keeps it unless told --replace; a
file that comes after the question is still refused by the writer (FileAlreadyThere)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nurse_desk.ui.common.text import placed


def replacing_asked(parent: QWidget | None, title: str, target: Path) -> bool | None:
    """False when nothing is at `target`; True when a file is and the nurse chose to replace
    it; None when she would rather keep it (nothing is to be written)."""
    if not os.path.lexists(target):
        return False
    answer = QMessageBox.question(
        parent,
        title,
        placed(
            QCoreApplication.translate(
                "ReplaceFile", "%1 is already there. Replace it? What it holds will be lost."
            ),
            target.name,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return True if answer == QMessageBox.StandardButton.Yes else None
