"""Acknowledging a flag: the nurse says in a few words why it needs nothing now.

What she typed when the vault locks is kept, and back when she acknowledges the same kind of
flag for the same pupil again (kept_over_lock.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.services.absence import MAX_REASON
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.kept_over_lock import KeptOverLock, PendingPlace
from nurse_desk.ui.common.language_aware import LanguageAware


class AcknowledgeDialog(KeptOverLock, LanguageAware, QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, sentence: str, place: PendingPlace | None = None
    ) -> None:
        """`place`: where the lock keeps the typed reason (this pupil, this kind of flag)."""
        super().__init__(parent)
        self.setObjectName("acknowledge_dialog")
        self.sentence = QLabel(sentence, objectName="acknowledge_sentence")
        self.sentence.setWordWrap(True)
        self.explanation = QLabel(objectName="acknowledge_explanation")
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit(objectName="acknowledge_reason")
        cap(self.reason, MAX_REASON)
        self.brought_back = QLabel(objectName="acknowledge_brought_back", wordWrap=True)
        self.brought_back.setStyleSheet("color: #b3261e;")
        self.brought_back.hide()
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
        layout.addWidget(self.brought_back)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._update_ok()
        self.bring_back(place)
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

    # -- over a lock -------------------------------------------------------------------
    @property
    def lock_words(self) -> str:  # type: ignore[override]
        return QCoreApplication.translate(
            "AcknowledgeDialog", "An acknowledgement of an absence pattern"
        )

    def has_unsaved_words(self) -> bool:
        return bool(self.reason.text().strip())

    def typed_values(self) -> dict[str, Any]:
        return {"reason": self.reason.text()}

    def restore_typed(self, values: dict[str, Any]) -> None:
        self.reason.setText(str(values.get("reason", "")))

    def show_brought_back(self, text: str) -> None:
        self.brought_back.setText(text)
        self.brought_back.show()

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, sentence: str, place: PendingPlace | None = None
    ) -> str | None:
        dialog = cls(parent, sentence=sentence, place=place)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip()
