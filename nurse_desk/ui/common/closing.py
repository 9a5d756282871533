"""Closing a dialog that holds typed words: ask before they are lost.

Esc, the window's close button and the dialog's own Cancel or Close all come to
`request_close()`. When words would be lost it asks: keep them (save), discard them, or stay.
Closing from code (reject() or close()) does not ask: the lock closes every open dialog that way
and must not wait for an answer; each dialog decides in its own done() what it keeps then. Qt
marks a close from the window system (the close button) as spontaneous, one from code not."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget


class CloseChoice(Enum):
    KEEP = "keep"
    DISCARD = "discard"
    STAY = "stay"


@dataclass(frozen=True, slots=True)
class CloseQuestion:
    title: str
    text: str
    keep: str  # the button that saves, in the dialog's own words ("Save draft")
    discard: str


def ask_before_closing(parent: QWidget, question: CloseQuestion) -> CloseChoice:
    """Keep is the default button; Esc (and a lock closing the box) means stay."""
    box = QMessageBox(QMessageBox.Icon.Question, question.title, question.text, parent=parent)
    box.setObjectName("close_question")
    keep = box.addButton(question.keep, QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("close_keep")
    discard = box.addButton(question.discard, QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("close_discard")
    # Our own word, not Qt's Cancel: Qt ships no bokmål translation of its buttons.
    stay = box.addButton(
        QCoreApplication.translate("CloseQuestion", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    stay.setObjectName("close_stay")
    box.setDefaultButton(keep)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is keep:
        return CloseChoice.KEEP
    return CloseChoice.DISCARD if clicked is discard else CloseChoice.STAY


class AsksBeforeClosing:
    """Mix in before QDialog: `class NoteEditorDialog(AsksBeforeClosing, QDialog)`."""

    def has_unsaved_words(self) -> bool:
        raise NotImplementedError

    def close_question(self) -> CloseQuestion:
        raise NotImplementedError

    def keep_and_close(self) -> None:
        """Save what was typed and close; stay open (saying why) if it cannot be saved."""
        raise NotImplementedError

    def discard_and_close(self) -> None:
        self.reject()  # type: ignore[attr-defined]

    def request_close(self) -> None:
        if not self.has_unsaved_words():
            self.reject()  # type: ignore[attr-defined]
            return
        choice = ask_before_closing(self, self.close_question())  # type: ignore[arg-type]
        if choice is CloseChoice.KEEP:
            self.keep_and_close()
        elif choice is CloseChoice.DISCARD:
            self.discard_and_close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel):
            event.accept()
            self.request_close()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not (event.spontaneous() and self.isVisible()):  # type: ignore[attr-defined]
            super().closeEvent(event)  # type: ignore[misc]
            return
        self.request_close()
        event.setAccepted(not self.isVisible())  # type: ignore[attr-defined]


class KeptByItsSaveButton(AsksBeforeClosing):
    """For a form whose `buttons` box has a Save button: keeping is pressing Save, and a form
    that cannot be saved yet (its Save disabled, its own line saying why) stays open."""

    def keep_and_close(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
        if save.isEnabled():
            save.click()
