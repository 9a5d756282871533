"""What the lock did with the words typed in the dialogs it closed, told after unlocking.

Every dialog the nurse types words in keeps them over the lock and says so itself
(`keep_before_lock()`, see kept_over_lock.py). The notes name the form, never the pupil: they
wait in memory while the vault is locked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def keep_before_closing(dialog: QWidget) -> str | None:
    """Keeps what the dialog can keep; the note for the nurse, or None when nothing was typed."""
    keep = getattr(dialog, "keep_before_lock", None)
    return keep() if keep is not None else None


def show_lock_notes(parent: QWidget, notes: list[str]) -> None:
    """Without waiting for an answer: unlocking goes on underneath."""
    if not notes:
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("LockNotes", "Typed before the lock"),
        QCoreApplication.translate("LockNotes", "The vault locked while you were typing.")
        + "\n\n"
        + "\n".join(notes),
        parent=parent,
    )
    box.setObjectName("lock_notes")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def forget_closed(dialog: QWidget) -> None:
    """A closed dialog lingers as a hidden child of its parent, its fields still filled in:
    gone once the event loop runs again, after the code that opened it has read its result."""
    if isinstance(dialog, QDialog):
        dialog.deleteLater()
