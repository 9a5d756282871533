"""What the lock did with the words typed in the dialogs it closed, told after unlocking.

A dialog that keeps its words over the lock says so itself (`keep_before_lock()`, see
kept_over_lock.py); any other one holding typed words is at least mentioned, so the nurse
learns there is something to type again. The notes name the form, never the pupil: they wait
in memory while the vault is locked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from nurse_desk.ui.common.kept_over_lock import lost_text


def keep_before_closing(dialog: QWidget) -> str | None:
    """Keeps what the dialog can keep; the note for the nurse, or None when nothing was typed."""
    keep = getattr(dialog, "keep_before_lock", None)
    if keep is not None:
        return keep()
    has_words = getattr(dialog, "has_unsaved_words", None)
    if has_words is None or not has_words():
        return None
    return lost_text(QCoreApplication.translate("LockNotes", "A form you were filling in"))


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
