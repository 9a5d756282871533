"""Amending a signed note: a reason and the correction; the original is never touched."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Amendment:
    reason: str
    text: str


class AmendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="amend_dialog")
        self.setWindowTitle(self.tr("Amend signed note"))
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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("&Correction:"), self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_changed)
        self.text.textChanged.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self) -> None:
        ok = bool(self.reason.text().strip()) and bool(self.text.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None) -> Amendment | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return Amendment(dialog.reason.text().strip(), dialog.text.toPlainText())
