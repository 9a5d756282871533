"""Recording a consent: who agreed, to what, how, from when and until when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.records import PupilRecord
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import word


def _combo(name: str, values) -> QComboBox:
    combo = QComboBox(objectName=name)
    for value in values:
        combo.addItem(word(value), value.value)  # Qt hands StrEnum data back as plain str
    return combo


class ConsentDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, pupil: PupilRecord, today: date) -> None:
        super().__init__(parent, objectName="consent_dialog")
        self._pupil = pupil
        self.setWindowTitle(placed(self.tr("Consent: %1"), pupil.full_name))
        self.purpose = _combo("consent_purpose", ConsentPurpose)
        self.partner = QLineEdit(objectName="consent_partner")
        self.given_by = _combo("consent_given_by", ConsentGiver)
        self.guardian = QComboBox(objectName="consent_guardian", editable=True)
        self.guardian.addItems([g.name for g in pupil.guardians])
        self.method = _combo("consent_method", ConsentMethod)
        self.given_on = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.has_end = QCheckBox(self.tr("Valid until:"))
        self.valid_until = QDateEdit(QDate(today.year + 1, 6, 30), calendarPopup=True)
        self.valid_until.setEnabled(False)
        self.note = QLineEdit(objectName="consent_note")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.purpose)
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("&Given by:"), self.given_by)
        form.addRow(self.tr("&Guardian:"), self.guardian)
        form.addRow(self.tr("&How:"), self.method)
        form.addRow(self.tr("Given &on:"), self.given_on)
        form.addRow(self.has_end, self.valid_until)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.has_end.toggled.connect(self.valid_until.setEnabled)
        self.purpose.currentIndexChanged.connect(self._on_changed)
        self.given_by.currentIndexChanged.connect(self._on_changed)
        self.partner.textChanged.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self) -> None:
        partner_needed = self.purpose.currentData() == ConsentPurpose.CONTACT_PARTNER
        self.partner.setEnabled(partner_needed)
        self.guardian.setEnabled(self.given_by.currentData() != ConsentGiver.PUPIL)
        ok = not partner_needed or bool(self.partner.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def consent(self) -> ConsentRecord:
        purpose = ConsentPurpose(self.purpose.currentData())
        giver = ConsentGiver(self.given_by.currentData())
        return ConsentRecord(
            id=0,
            pupil_id=self._pupil.id,
            given_by=giver,
            guardian_name="" if giver is ConsentGiver.PUPIL else self.guardian.currentText(),
            purpose=purpose,
            partner=self.partner.text().strip()
            if purpose is ConsentPurpose.CONTACT_PARTNER
            else "",
            method=self.method.currentData(),
            given_on=self.given_on.date().toPython(),
            valid_until=self.valid_until.date().toPython() if self.has_end.isChecked() else None,
            withdrawn_on=None,
            note=self.note.text(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, pupil: PupilRecord, today: date
    ) -> ConsentRecord | None:
        dialog = cls(parent, pupil=pupil, today=today)
        return dialog.consent() if dialog.exec() == QDialog.DialogCode.Accepted else None
