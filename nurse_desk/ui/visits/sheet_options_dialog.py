"""Before the preparation sheet is shown: private or named (and the private one with or without
school and class), and whether it is for use outside the health service (then a named sheet needs
that partner's consent)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.ui.common.language_aware import LanguageAware


@dataclass(frozen=True, slots=True)
class SheetChoice:
    private: bool
    outside_for: str = ""  # the partner outside the health service, or ""
    school: bool = True  # a private sheet without the children's school and class: False


class SheetOptionsDialog(LanguageAware, QDialog):
    def __init__(self, parent: QWidget | None, *, private: bool, partners: list[str]) -> None:
        super().__init__(parent, objectName="sheet_options_dialog")
        self.private = QCheckBox(objectName="sheet_private")
        self.private.setChecked(private)
        self.without_school = QCheckBox(objectName="sheet_without_school")
        self.outside = QCheckBox(objectName="sheet_outside")
        self.partner = QComboBox(objectName="sheet_partner", editable=True)
        self.partner.addItems(partners)
        self.partner.setEnabled(False)
        self.explanation = QLabel(objectName="sheet_explanation", wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._partner_label = QLabel()
        self._partner_label.setBuddy(self.partner)
        form = QFormLayout()
        form.addRow(self.private)
        form.addRow(self.without_school)
        form.addRow(self.outside)
        form.addRow(self._partner_label, self.partner)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.outside.toggled.connect(self._on_changed)
        self.private.toggled.connect(self._on_changed)
        self.partner.currentTextChanged.connect(self._on_changed)
        self.retranslate_ui()
        self._on_changed()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preparation sheet"))
        self.private.setText(
            self.tr("&Private: initials and year of birth, no ID number or address")
        )
        self.without_school.setText(self.tr("Leave out &school and class as well"))
        self.without_school.setToolTip(
            self.tr("In a small place initials with a school and a class can point to a family")
        )
        self.outside.setText(self.tr("For use &outside the health service"))
        self._partner_label.setText(self.tr("&Given to:"))
        self._on_changed()

    def _on_changed(self, *_args) -> None:
        outside = self.outside.isChecked()
        self.partner.setEnabled(outside)
        self.without_school.setEnabled(self.private.isChecked())
        named_outside = outside and not self.private.isChecked()
        if named_outside:
            text = self.tr(
                "A named sheet for someone outside the health service needs the family's "
                "consent to share with them. The private version does not."
            )
        else:
            text = self.tr("Every print and saved copy is written to the access log.")
        self.explanation.setText(text)
        ok = not outside or bool(self.partner.currentText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choice(self) -> SheetChoice:
        outside = self.partner.currentText().strip() if self.outside.isChecked() else ""
        private = self.private.isChecked()
        without_school = private and self.without_school.isChecked()
        return SheetChoice(private, outside, school=not without_school)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, private: bool, partners: list[str]
    ) -> SheetChoice | None:
        dialog = cls(parent, private=private, partners=partners)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
