"""Before pupils' data is printed, saved or exported: why (a reason from a list, and words of
the nurse's own). The access log keeps the answer beside the act."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.disclosure import MAX_REASON, DisclosureReason
from nurse_desk.domain.words import word
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.i18n import shown_language


def reason_word(reason: DisclosureReason) -> str:
    """The reason's words from the catalogue, in the window language (the log keeps them)."""
    return word(reason, shown_language())


class ReasonFields(LanguageAware, QWidget):
    """The list and the free text, also used inside the record export's dialog."""

    def __init__(
        self, parent: QWidget | None = None, *, preset: DisclosureReason | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = QComboBox(objectName="reason_kind")
        for reason in DisclosureReason:
            self.kind.addItem("", reason.value)
        self.kind.setCurrentIndex(list(DisclosureReason).index(preset) if preset else -1)
        self.text = cap(QLineEdit(objectName="reason_text"), MAX_REASON - 40)
        self._kind_label, self._text_label = QLabel(), QLabel()
        self._kind_label.setBuddy(self.kind)
        self._text_label.setBuddy(self.text)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._kind_label, self.kind)
        form.addRow(self._text_label, self.text)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._kind_label.setText(self.tr("&Reason:"))
        self._text_label.setText(self.tr("In your &words:"))
        self.text.setPlaceholderText(self.tr("Optional, unless you chose Other"))
        for index, reason in enumerate(DisclosureReason):
            self.kind.setItemText(index, reason_word(reason))

    def reason(self) -> str:
        """The reason as the log keeps it; "" while it is incomplete."""
        value = self.kind.currentData()
        kind = DisclosureReason(value) if value else None
        text = " ".join(self.text.text().split())
        if kind is None or (kind is DisclosureReason.OTHER and not text):
            return ""
        if kind is DisclosureReason.OTHER:
            return text
        return f"{reason_word(kind)}: {text}" if text else reason_word(kind)


class ReasonDialog(LanguageAware, QDialog):
    """`ReasonDialog.ask(parent, preset=…)` → the reason, or None when cancelled."""

    def __init__(self, parent: QWidget | None, *, preset: DisclosureReason | None) -> None:
        super().__init__(parent, objectName="reason_dialog")
        self.explanation = QLabel(objectName="reason_explanation", wordWrap=True)
        self.fields = ReasonFields(self, preset=preset)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.kind.currentIndexChanged.connect(self._update_ok)
        self.fields.text.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._update_ok()
        (self.fields.text if preset else self.fields.kind).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reason"))
        self.explanation.setText(
            self.tr(
                "Why does this leave the app? The access log keeps your answer with the "
                "print or export."
            )
        )

    def _update_ok(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.fields.reason()))

    @classmethod
    def ask(cls, parent: QWidget | None, *, preset: DisclosureReason | None = None) -> str | None:
        dialog = cls(parent, preset=preset)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.fields.reason() or None
