"""Adding or editing a partner in the directory."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.referrals import PartnerDraft, PartnerKind, PartnerRecord
from nurse_desk.ui.referrals.wording import word


class PartnerDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, partner: PartnerRecord | None = None) -> None:
        super().__init__(parent, objectName="partner_dialog")
        self.setWindowTitle(self.tr("Edit partner") if partner else self.tr("New partner"))
        self.name = QLineEdit(objectName="partner_name", maxLength=200)
        self.kind = QComboBox(objectName="partner_kind")
        for kind in PartnerKind:
            self.kind.addItem(word(kind), kind.value)  # Qt hands StrEnum data back as str
        self.organisation = QLineEdit(objectName="partner_organisation", maxLength=200)
        self.phone = QLineEdit(objectName="partner_phone", maxLength=50)
        self.email = QLineEdit(objectName="partner_email", maxLength=200)
        self.address = QLineEdit(objectName="partner_address", maxLength=500)
        self.notes = QPlainTextEdit(objectName="partner_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("No&tes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._on_name_changed)
        if partner is not None:
            self.name.setText(partner.name)
            self.kind.setCurrentIndex(self.kind.findData(partner.kind.value))
            self.organisation.setText(partner.organisation)
            self.phone.setText(partner.phone)
            self.email.setText(partner.email)
            self.address.setText(partner.address)
            self.notes.setPlainText(partner.notes)
        else:
            self.kind.setCurrentIndex(self.kind.findData(PartnerKind.LOCAL_CONTACT.value))
        self._on_name_changed()

    def _on_name_changed(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.name.text().strip()))

    def draft(self) -> PartnerDraft:
        return PartnerDraft(
            self.name.text(),
            PartnerKind(self.kind.currentData()),
            self.organisation.text(),
            self.phone.text(),
            self.email.text(),
            self.address.text(),
            self.notes.toPlainText(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, partner: PartnerRecord | None = None
    ) -> PartnerDraft | None:
        dialog = cls(parent, partner=partner)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
