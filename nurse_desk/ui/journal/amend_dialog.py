"""Amending a signed note: a reason and the correction; the original is never touched.

The dialog checks the lengths itself and stays open when they are wrong, and asks before
closing with words written: a refused amendment never takes the typed correction with it. The
lock keeps what was typed in the vault; opening the amendment of the same note brings it back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.journal import MAX_SHORT, MAX_TEXT, check_amendment
from nurse_desk.ui.common.closing import AsksBeforeClosing, CloseQuestion
from nurse_desk.ui.common.kept_over_lock import KeptOverLock, PendingPlace
from nurse_desk.ui.common.length_count import LengthCount
from nurse_desk.ui.messages import describe


@dataclass(frozen=True)
class Amendment:
    reason: str
    text: str


class AmendDialog(KeptOverLock, AsksBeforeClosing, QDialog):
    def __init__(self, parent: QWidget | None = None, place: PendingPlace | None = None) -> None:
        super().__init__(parent, objectName="amend_dialog")
        self.setWindowTitle(self.tr("Amend signed note"))
        self.lock_words = self.tr("An amendment")
        self.resize(560, 360)
        explanation = QLabel(
            self.tr(
                "The signed note stays as it is. Your amendment is added "
                "below it with your name, the time and the reason."
            )
        )
        explanation.setWordWrap(True)
        self.reason = QLineEdit(objectName="amend_reason")
        self.text = QPlainTextEdit(objectName="amend_text")
        self.text.setTabChangesFocus(True)
        self.text_count = LengthCount(self.text, MAX_TEXT, objectName="amend_text_count")
        self.reason_count = LengthCount(self.reason, MAX_SHORT, objectName="amend_reason_count")
        self.problem = QLabel(objectName="amend_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow("", self.reason_count)
        form.addRow(self.tr("&Correction:"), self.text)
        form.addRow("", self.text_count)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.request_close)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.reason.textChanged.connect(self._on_changed)
        self.text.textChanged.connect(self._on_changed)
        self._on_changed()
        self.bring_back(place)

    def _on_changed(self) -> None:
        ok = bool(self.reason.text().strip()) and bool(self.text.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def accept(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.problem.setText(self.tr("Write both the reason and the correction."))
            return
        try:
            check_amendment(self.reason.text(), self.text.toPlainText())
        except errors.NurseDeskError as error:
            self.problem.setText(describe(error))
            return
        super().accept()

    def has_unsaved_words(self) -> bool:
        return bool(self.reason.text().strip() or self.text.toPlainText().strip())

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr("Add this amendment to the note? Discard throws away what you wrote."),
            self.tr("&Add amendment"),
            self.tr("&Discard"),
        )

    def keep_and_close(self) -> None:
        self.accept()  # stays open, saying why, if it cannot be added as written

    def typed_values(self) -> dict[str, Any]:
        return {"reason": self.reason.text(), "text": self.text.toPlainText()}

    def restore_typed(self, values: dict[str, Any]) -> None:
        self.reason.setText(str(values.get("reason", "")))
        self.text.setPlainText(str(values.get("text", "")))

    def show_brought_back(self, text: str) -> None:
        self.problem.setText(text)

    @classmethod
    def ask(cls, parent: QWidget | None, place: PendingPlace | None = None) -> Amendment | None:
        dialog = cls(parent, place)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Amendment(dialog.reason.text().strip(), dialog.text.toPlainText())
