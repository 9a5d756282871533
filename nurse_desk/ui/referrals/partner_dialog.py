"""Adding or editing a partner in the directory.

Esc, Cancel and the close button ask before what she typed is thrown away (closing.py). What she
typed when the vault locks is kept, and back when she opens the same partner, or a new one,
again (kept_over_lock.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import text_lengths
from nurse_desk.domain.phone_numbers import InvalidPhone, check_phone
from nurse_desk.domain.referrals import PartnerDraft, PartnerKind, PartnerRecord
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.closing import CloseQuestion, KeptByItsSaveButton
from nurse_desk.ui.common.kept_over_lock import KeptOverLock, PendingPlace
from nurse_desk.ui.messages import describe
from nurse_desk.ui.referrals.wording import word

_TEXTS = ("name", "organisation", "phone", "email", "address")  # the one-line fields


class PartnerDialog(KeptOverLock, KeptByItsSaveButton, QDialog):
    about_a_pupil = False

    def __init__(
        self,
        parent: QWidget | None,
        *,
        partner: PartnerRecord | None = None,
        place: PendingPlace | None = None,
    ) -> None:
        """`place`: where the lock keeps what was typed (`no_pupil_place`)."""
        super().__init__(parent, objectName="partner_dialog")
        self.setWindowTitle(self.tr("Edit partner") if partner else self.tr("New partner"))
        self.lock_words = self.tr("A partner")
        self.name = cap(QLineEdit(objectName="partner_name"), text_lengths.NAME)
        self.kind = QComboBox(objectName="partner_kind")
        for kind in PartnerKind:
            self.kind.addItem(word(kind), kind.value)  # Qt hands StrEnum data back as str
        self.organisation = cap(
            QLineEdit(objectName="partner_organisation"), text_lengths.ORGANISATION
        )
        self.phone = cap(QLineEdit(objectName="partner_phone"), text_lengths.PHONE)
        self.phone_problem = QLabel(objectName="partner_phone_problem", wordWrap=True)
        self.phone_problem.setStyleSheet("color: #b00020;")
        self.phone_problem.hide()
        self.email = cap(QLineEdit(objectName="partner_email"), text_lengths.EMAIL)
        self.address = cap(QLineEdit(objectName="partner_address"), text_lengths.ADDRESS)
        self.notes = QPlainTextEdit(objectName="partner_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.brought_back = QLabel(objectName="partner_brought_back", wordWrap=True)
        self.brought_back.setStyleSheet("color: #b3261e;")
        self.brought_back.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow("", self.phone_problem)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("No&tes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.brought_back)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.request_close)
        self.name.textChanged.connect(self._on_name_changed)
        self.phone.textChanged.connect(self.phone_problem.hide)
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
        self._as_opened = self.draft()
        self.bring_back(place)

    def accept(self) -> None:
        """A phone that cannot be one is said under the field, and the dialog stays open with
        what she typed; the number the partner had (stored before) is taken as it is."""
        try:
            check_phone(self.phone.text(), known=(self._as_opened.phone,))
        except InvalidPhone as problem:
            self.phone_problem.setText(describe(problem))
            self.phone_problem.show()
            self.phone.setFocus()
            self.phone.selectAll()
            return
        super().accept()

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

    def has_unsaved_words(self) -> bool:
        return self.draft() != self._as_opened

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr("Save the partner with what you typed? Discard throws it away."),
            self.tr("&Save"),
            self.tr("D&iscard"),
        )

    # -- over a lock -------------------------------------------------------------------

    def typed_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: getattr(self, key).text() for key in _TEXTS}
        values.update(kind=self.kind.currentData(), notes=self.notes.toPlainText())
        return values

    def restore_typed(self, values: dict[str, Any]) -> None:
        for key in _TEXTS:
            getattr(self, key).setText(str(values.get(key, "")))
        kind = self.kind.findData(values.get("kind"))
        if kind >= 0:
            self.kind.setCurrentIndex(kind)
        self.notes.setPlainText(str(values.get("notes", "")))

    def show_brought_back(self, text: str) -> None:
        self.brought_back.setText(text)
        self.brought_back.show()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        partner: PartnerRecord | None = None,
        place: PendingPlace | None = None,
    ) -> PartnerDraft | None:
        dialog = cls(parent, partner=partner, place=place)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
