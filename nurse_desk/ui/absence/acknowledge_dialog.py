"""Acknowledging a flag: the nurse says in a few words why it needs nothing now."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.services.absence import MAX_REASON
from nurse_desk.ui.common.language_aware import LanguageAware


class AcknowledgeDialog(LanguageAware, QDialog):
    def __init__(self, parent: QWidget | None = None, *, sentence: str) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledge_dialog")
        self.sentence = QLabel(sentence, objectName="acknowledge_sentence")
        self.sentence.setWordWrap(True)
        self.explanation = QLabel(objectName="acknowledge_explanation")
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit(objectName="acknowledge_reason")
        self.reason.setMaxLength(MAX_REASON)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._reason_label = QLabel()
        self._reason_label.setBuddy(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.explanation)
        layout.addWidget(self._reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._update_ok()
        self.resize(460, self.sizeHint().height())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Acknowledge pattern"))
        self.explanation.setText(
            self.tr(
                "The flag is hidden until the pattern changes (for example another absence of "
                "the same kind)."
            )
        )
        self._reason_label.setText(self.tr("&Reason (short):"))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason.text().strip()))

    @classmethod
    def ask(cls, parent: QWidget | None, *, sentence: str) -> str | None:
        dialog = cls(parent, sentence=sentence)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip()
