"""Sending a referral, editing its reason and answer date, and moving its status on.

What the nurse typed in a new referral or an edited one when the vault locks is kept, and back
when she opens a new referral for the same pupil again, or the same referral
(kept_over_lock.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.referrals import (
    NewReferral,
    PartnerRecord,
    ReferralRecord,
    ReferralStatus,
)
from nurse_desk.ui.common.closing import AsksBeforeClosing, CloseQuestion
from nurse_desk.ui.common.date_fields import DateField, dates_read
from nurse_desk.ui.common.kept_over_lock import (
    KeptOverLock,
    PendingPlace,
    for_pupil,
    kept_day,
    restore_day,
)
from nurse_desk.ui.common.pupil_choice import choose_typed_pupil, pupil_in_field
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.referrals.wording import word

# Looks up the consent that would let this pupil be referred to this partner (or None).
ConsentLookup = Callable[[int, str, date], ConsentRecord | None]
_DEFAULT_WAIT = timedelta(weeks=4)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = DateField(_qdate(day), objectName=name, calendarPopup=True)
    return edit


def _brought_back_label() -> QLabel:
    label = QLabel(objectName="referral_brought_back", wordWrap=True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


class _AsksBeforeLosingTheReason(KeptOverLock, AsksBeforeClosing):
    """Esc, Cancel and the close button ask before a typed reason is thrown away; the lock
    keeps it in the vault."""

    reason: QPlainTextEdit
    buttons: QDialogButtonBox
    has_expected: QCheckBox
    expected: QDateEdit
    brought_back: QLabel
    _reason_as_opened = ""

    @property
    def lock_words(self) -> str:  # type: ignore[override]
        return QCoreApplication.translate("ReferralDialog", "A referral")

    def typed_values(self) -> dict[str, Any]:
        return {
            "reason": self.reason.toPlainText(),
            "has_expected": self.has_expected.isChecked(),
            "expected": kept_day(self.expected),
        }

    def restore_typed(self, values: dict[str, Any]) -> None:
        self.reason.setPlainText(str(values.get("reason", "")))
        self.has_expected.setChecked(bool(values.get("has_expected", True)))
        restore_day(self.expected, values.get("expected"))

    def show_brought_back(self, text: str) -> None:
        self.brought_back.setText(text)
        self.brought_back.show()

    def has_unsaved_words(self) -> bool:
        return self.reason.toPlainText().strip() != self._reason_as_opened.strip()

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),  # type: ignore[attr-defined]
            QCoreApplication.translate(
                "ReferralDialog", "Save this referral? Discard throws away what you wrote."
            ),
            QCoreApplication.translate("ReferralDialog", "&Save"),
            QCoreApplication.translate("ReferralDialog", "&Discard"),
        )

    def accept(self) -> None:
        if dates_read(self):  # type: ignore[arg-type]  # a typed date that cannot be read says so
            super().accept()  # type: ignore[misc]

    def keep_and_close(self) -> None:
        # Stays open when it cannot be saved yet: the form says what is missing.
        if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            self.accept()  # type: ignore[attr-defined]


class ReferralDialog(_AsksBeforeLosingTheReason, QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        pupils: list[PupilRecord],
        partners: list[PartnerRecord],
        consent_for: ConsentLookup,
        today: date,
        place: PendingPlace | None = None,
    ) -> None:
        """`place`: where the lock keeps what was typed (`new_entry_place`)."""
        super().__init__(parent, objectName="referral_dialog")
        self.setWindowTitle(self.tr("New referral"))
        self._consent_for = consent_for
        self.pupil = QComboBox(objectName="referral_pupil", editable=len(pupils) > 1)
        for pupil in pupils:
            label = f"{pupil.family_name}, {pupil.given_name} ({pupil.class_name}, "
            self.pupil.addItem(label + f"{pupil.school_name})", pupil.id)
        if self.pupil.isEditable():
            self.pupil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.pupil.completer().setFilterMode(Qt.MatchFlag.MatchContains)
            self.pupil.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.pupil.setCurrentIndex(-1)
        self.partner = QComboBox(objectName="referral_partner")
        for partner in partners:
            self.partner.addItem(f"{partner.name} ({word(partner.kind)})", partner.id)
            self.partner.setItemData(
                self.partner.count() - 1, partner.name, Qt.ItemDataRole.UserRole + 1
            )
        self.sent_on = _date_edit("referral_sent_on", today)
        self.reason = QPlainTextEdit(objectName="referral_reason")
        self.reason.setTabChangesFocus(True)
        self.has_expected = QCheckBox(objectName="referral_has_expected", checked=True)
        self.expected = _date_edit("referral_expected", today + _DEFAULT_WAIT)
        self.consent_hint = QLabel(objectName="referral_consent_hint", wordWrap=True)
        self.brought_back = _brought_back_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("P&upil:"), self.pupil)
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("&Sent on:"), self.sent_on)
        form.addRow(self.tr("&Reason:"), self.reason)
        self.has_expected.setText(self.tr("Answer &expected by:"))
        form.addRow(self.has_expected, self.expected)
        form.addRow("", self.consent_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.brought_back)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.request_close)
        self.has_expected.toggled.connect(self.expected.setEnabled)
        for signal in (
            self.pupil.currentIndexChanged,
            self.pupil.editTextChanged,
            self.partner.currentIndexChanged,
            self.sent_on.dateChanged,
            self.reason.textChanged,
        ):
            signal.connect(self._on_changed)
        self._on_changed()
        self.bring_back(place)
        # The nurse's own choice only: a pupil set from code never pulls words from the vault.
        self.pupil.activated.connect(lambda *_: self.bring_back_for_pupil(self._pupil_id()))

    def _pupil_id(self) -> int | None:
        return pupil_in_field(self.pupil)

    def _on_changed(self, *_args) -> None:
        if self.pupil.isEditable():
            choose_typed_pupil(self.pupil)  # a line typed in full counts as picked
        pupil_id, partner_id = self._pupil_id(), self.partner.currentData()
        consent = None
        if pupil_id is not None and partner_id is not None:
            name = self.partner.currentData(Qt.ItemDataRole.UserRole + 1)
            consent = self._consent_for(pupil_id, name, self.sent_on.date().toPython())
            if consent is None:
                self.consent_hint.setText(
                    placed(
                        self.tr(
                            "No active consent to contact %1 for this pupil. Record it on the "
                            "pupil's page first (For: contact a named partner)."
                        ),
                        name,
                    )
                )
                self.consent_hint.setStyleSheet("color: #b3261e;")
            else:
                self.consent_hint.setText(
                    placed(
                        self.tr("Consent to contact %1 given %2."), name, day_text(consent.given_on)
                    )
                )
                self.consent_hint.setStyleSheet("color: #1b5e20;")
        elif pupil_id is None and self.pupil.currentText().strip():
            self.consent_hint.setText(self.tr("Choose a pupil from the list."))
            self.consent_hint.setStyleSheet("color: #b3261e;")
        else:
            self.consent_hint.clear()
        ready = consent is not None and bool(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)

    def kept_place(self) -> PendingPlace | None:
        return for_pupil(self._pending_place, self._pupil_id())

    def typed_values(self) -> dict[str, Any]:
        """Everything but the pupil, who is in the place it is kept under."""
        partner = self.partner.currentData()
        values = super().typed_values()
        values.update(partner=partner, sent_on=kept_day(self.sent_on))
        return values

    def restore_typed(self, values: dict[str, Any]) -> None:
        partner = self.partner.findData(values.get("partner"))
        if partner >= 0:
            self.partner.setCurrentIndex(partner)
        restore_day(self.sent_on, values.get("sent_on"))
        super().restore_typed(values)

    def referral(self) -> NewReferral:
        return NewReferral(
            pupil_id=self._pupil_id() or 0,
            partner_id=int(self.partner.currentData()),
            sent_on=self.sent_on.date().toPython(),
            reason=self.reason.toPlainText().strip(),
            expected_answer_on=self.expected.date().toPython()
            if self.has_expected.isChecked()
            else None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        pupils: list[PupilRecord],
        partners: list[PartnerRecord],
        consent_for: ConsentLookup,
        today: date,
        place: PendingPlace | None = None,
    ) -> NewReferral | None:
        dialog = cls(
            parent,
            pupils=pupils,
            partners=partners,
            consent_for=consent_for,
            today=today,
            place=place,
        )
        referral = dialog.referral() if dialog.exec() == QDialog.DialogCode.Accepted else None
        # The pupil list's lambda holds it: not let go, it would stay a hidden child of the
        # page, every pupil's name in its list, past the lock.
        dialog.deleteLater()
        return referral


@dataclass(frozen=True, slots=True)
class ReferralChange:
    reason: str
    expected_answer_on: date | None


class ReferralEditDialog(_AsksBeforeLosingTheReason, QDialog):
    """The reason and the expected answer date; the partner and sending stay as sent."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        referral: ReferralRecord,
        place: PendingPlace | None = None,
    ) -> None:
        super().__init__(parent, objectName="referral_edit_dialog")
        self.setWindowTitle(
            placed(self.tr("Referral: %1 to %2"), referral.pupil_name, referral.partner_name)
        )
        self.reason = QPlainTextEdit(referral.reason, objectName="referral_reason")
        self._reason_as_opened = referral.reason
        self.reason.setTabChangesFocus(True)
        expected = referral.expected_answer_on
        self.has_expected = QCheckBox(objectName="referral_has_expected")
        self.has_expected.setText(self.tr("Answer &expected by:"))
        self.has_expected.setChecked(expected is not None)
        self.expected = _date_edit(
            "referral_expected", expected or referral.sent_on + _DEFAULT_WAIT
        )
        self.expected.setEnabled(expected is not None)
        self.brought_back = _brought_back_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.has_expected, self.expected)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.brought_back)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self.has_expected.toggled.connect(self.expected.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.request_close)
        self.bring_back(place)

    def change(self) -> ReferralChange:
        return ReferralChange(
            self.reason.toPlainText().strip(),
            self.expected.date().toPython() if self.has_expected.isChecked() else None,
        )

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        *,
        referral: ReferralRecord,
        place: PendingPlace | None = None,
    ) -> ReferralChange | None:
        dialog = cls(parent, referral=referral, place=place)
        return dialog.change() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StatusDialog(QDialog):
    """Acknowledged, answered or closed, and on which day."""

    def __init__(self, parent: QWidget | None, *, referral: ReferralRecord, today: date) -> None:
        super().__init__(parent, objectName="referral_status_dialog")
        self.setWindowTitle(self.tr("Referral status"))
        self.status = QComboBox(objectName="referral_status")
        statuses = list(ReferralStatus)
        for status in statuses[statuses.index(referral.status) + 1 :]:
            self.status.addItem(word(status), status.value)
        self.on = _date_edit("referral_status_on", max(today, referral.sent_on))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&New status:"), self.status)
        form.addRow(self.tr("&On:"), self.on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        if dates_read(self):  # a typed date that cannot be read says so at its field
            super().accept()

    def answer(self) -> tuple[ReferralStatus, date]:
        return ReferralStatus(self.status.currentData()), self.on.date().toPython()

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, referral: ReferralRecord, today: date
    ) -> tuple[ReferralStatus, date] | None:
        dialog = cls(parent, referral=referral, today=today)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
