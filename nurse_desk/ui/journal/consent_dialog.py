"""Recording a consent: who agreed, to what, how, from when and until when; in Sweden also the
nurse's judgement of the pupil's maturity (who decides follows the vault's country).

What the nurse typed and chose when the vault locks is kept, and back when she records a consent
for the same pupil again (kept_over_lock.py). Save records the consent before the dialog closes
(through the `save` it is given): a refusal (a full disk) is said in the dialog, which stays open
with everything filled in, so Save can be pressed again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import text_lengths
from nurse_desk.domain.consent import (
    ConsentDateOutOfRange,
    ConsentGiver,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
    check_given_on,
)
from nurse_desk.domain.consent_rules import (
    NORWAY_AGE_OF_OWN_CONSENT,
    SWEDEN,
    age_on,
    default_giver,
    givers_who_count,
    needs_maturity_judgement,
)
from nurse_desk.domain.records import PupilRecord
from nurse_desk.services.consents import InvalidConsent
from nurse_desk.ui.common.attempt import attempt_here
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.closing import CloseQuestion, KeptByItsSaveButton
from nurse_desk.ui.common.date_fields import DateField, dates_read
from nurse_desk.ui.common.kept_over_lock import (
    KeptOverLock,
    PendingPlace,
    kept_day,
    restore_day,
)
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import word
from nurse_desk.ui.messages import describe


def _combo(name: str, values) -> QComboBox:
    combo = QComboBox(objectName=name)
    for value in values:
        combo.addItem(word(value), value.value)  # Qt hands StrEnum data back as plain str
    return combo


def _set_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class ConsentDialog(KeptOverLock, KeptByItsSaveButton, QDialog):
    """Esc, Cancel or the close button ask before a written note or partner is thrown away."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        pupil: PupilRecord,
        today: date,
        country: str = "no",
        purpose: ConsentPurpose | None = None,
        place: PendingPlace | None = None,
        save: Callable[[ConsentRecord], Any] | None = None,
    ) -> None:
        """`purpose`: what the form opens on (the first one if None); `place`: where the lock
        keeps what was typed, for this pupil; `save`: records the consent before it closes."""
        super().__init__(parent, objectName="consent_dialog")
        self._pupil = pupil
        self._save = save
        self._today = today
        self._country = country
        self.setWindowTitle(placed(self.tr("Consent: %1"), pupil.full_name))
        self.lock_words = self.tr("A consent")
        self.purpose = _combo("consent_purpose", ConsentPurpose)
        self.partner = cap(QLineEdit(objectName="consent_partner"), text_lengths.NAME)
        self.given_by = _combo("consent_given_by", ConsentGiver)
        # Opens on a giver whose consent counts for this pupil's age and the vault's country:
        # a default that the consent guard would later refuse would mislead the nurse.
        first = default_giver(country, pupil.birth_date, today)
        self.given_by.setCurrentIndex(self.given_by.findData(first.value))
        self.guardian = QComboBox(objectName="consent_guardian", editable=True)
        self.guardian.addItems([g.name for g in pupil.guardians])
        cap(self.guardian.lineEdit(), text_lengths.NAME)
        self.maturity = QComboBox(objectName="consent_maturity")
        self.maturity.addItem(self.tr("Not judged"), "")
        self.maturity.addItem(self.tr("Mature enough to decide alone"), "mature")
        self.maturity.addItem(self.tr("Not mature enough: the guardians decide"), "not_mature")
        self.who_decides = QLabel(objectName="consent_who_decides")
        self.who_decides.setWordWrap(True)
        self.who_decides.setStyleSheet("color: #444;")
        self.not_counting = QLabel(objectName="consent_not_counting")
        self.not_counting.setWordWrap(True)
        self.not_counting.setStyleSheet("color: #a00000;")
        self.method = _combo("consent_method", ConsentMethod)
        self.given_on = DateField(QDate(today.year, today.month, today.day), calendarPopup=True)
        # A day typed wrong (2062 for 2026) is said under the field, and Save waits.
        self.given_on_problem = QLabel(objectName="consent_given_on_problem", wordWrap=True)
        self.given_on_problem.setStyleSheet("color: #b3261e;")
        self.given_on_problem.hide()
        self.has_end = QCheckBox(self.tr("Valid until:"))
        self.valid_until = DateField(QDate(today.year + 1, 6, 30), calendarPopup=True)
        self.valid_until.setEnabled(False)
        # An end before the start (a year typed one too low) is said under it, and Save waits:
        # refused after the dialog had closed, what she filled in was gone.
        self.valid_until_problem = QLabel(objectName="consent_valid_until_problem", wordWrap=True)
        self.valid_until_problem.setStyleSheet("color: #b3261e;")
        self.valid_until_problem.hide()
        self.note = QLineEdit(objectName="consent_note")
        self.brought_back = QLabel(objectName="consent_brought_back", wordWrap=True)
        self.brought_back.setStyleSheet("color: #b3261e;")
        self.brought_back.hide()
        self.problem = QLabel(objectName="consent_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&For:"), self.purpose)
        form.addRow(self.tr("&Partner:"), self.partner)
        form.addRow(self.tr("&Given by:"), self.given_by)
        form.addRow(self.tr("G&uardian:"), self.guardian)
        form.addRow(self.tr("Pupil's &maturity:"), self.maturity)
        form.setRowVisible(self.maturity, country == SWEDEN)
        form.addRow(self.who_decides)
        form.addRow(self.not_counting)
        form.addRow(self.tr("&How:"), self.method)
        form.addRow(self.tr("Given &on:"), self.given_on)
        form.addRow(self.given_on_problem)
        form.addRow(self.has_end, self.valid_until)
        form.addRow(self.valid_until_problem)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.brought_back)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.request_close)
        self.has_end.toggled.connect(self.valid_until.setEnabled)
        self.purpose.currentIndexChanged.connect(self._on_changed)
        self.given_by.currentIndexChanged.connect(self._on_changed)
        self.maturity.currentIndexChanged.connect(self._on_changed)
        self.partner.textChanged.connect(self._on_changed)
        self.given_on.dateChanged.connect(self._on_changed)
        self.has_end.toggled.connect(self._on_changed)
        self.valid_until.dateChanged.connect(self._on_changed)
        if purpose is not None:
            _set_data(self.purpose, purpose.value)
        self._on_changed()
        # Last: what was typed before the lock goes over the purpose the form was opened on.
        self.bring_back(place)

    def _on_changed(self) -> None:
        partner_needed = self.purpose.currentData() == ConsentPurpose.CONTACT_PARTNER
        self.partner.setEnabled(partner_needed)
        giver = ConsentGiver(self.given_by.currentData())
        self.guardian.setEnabled(giver is not ConsentGiver.PUPIL)
        judged = self.maturity.currentData() != ""
        judgement_needed = needs_maturity_judgement(self._country, giver)
        self.maturity.setEnabled(judgement_needed)
        self.who_decides.setText(self._who_decides())
        refusal = self._why_it_would_not_count(giver) if judged or not judgement_needed else ""
        self.not_counting.setText(refusal)
        self.not_counting.setVisible(bool(refusal))
        ok = not partner_needed or bool(self.partner.text().strip())
        ok = ok and (judged or not judgement_needed) and not refusal
        ok = self._check_given_on() and ok
        ok = self._check_valid_until() and ok
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _check_given_on(self) -> bool:
        try:
            check_given_on(self.given_on.date().toPython(), self._pupil.birth_date, self._today)
        except ConsentDateOutOfRange as problem:
            self.given_on_problem.setText(describe(problem))
            self.given_on_problem.show()
            return False
        self.given_on_problem.clear()
        self.given_on_problem.hide()
        return True

    def _check_valid_until(self) -> bool:
        ends, starts = self.valid_until.date(), self.given_on.date()
        if self.has_end.isChecked() and ends < starts:
            self.valid_until_problem.setText(describe(InvalidConsent("ends_before_start")))
            self.valid_until_problem.show()
            return False
        self.valid_until_problem.clear()
        self.valid_until_problem.hide()
        return True

    def accept(self) -> None:
        """Save is disabled while a day is wrong, but Enter in a field still comes here."""
        if not dates_read(self):  # a typed date that cannot be read says so at its field
            return
        if not self._check_given_on():
            self.given_on.setFocus()
            return
        if not self._check_valid_until():
            self.valid_until.setFocus()
            return
        save = self._save  # a refusal is said here, with what she filled in kept
        if save is not None and not attempt_here(self.problem, lambda: save(self.consent())):
            return
        super().accept()

    def _who_decides(self) -> str:
        if self._country == SWEDEN:
            return self.tr(
                "Sweden has no fixed age: the pupil decides alone when mature enough for the "
                "question. Record your judgement; a consent from both holds either way."
            )
        age = age_on(self._pupil.birth_date, self._today)
        if age >= NORWAY_AGE_OF_OWN_CONSENT:
            return placed(self.tr("The pupil is %1: from 16 the pupil consents alone."), age)
        return placed(
            self.tr("The pupil is %1: below 16 the guardians consent, and the pupil is heard."),
            age,
        )

    def _why_it_would_not_count(self, giver: ConsentGiver) -> str:
        """Why a consent from `giver` would not count on the day it is given (consent_rules),
        or "". Such a consent is not saved: the guard would refuse every share resting on it."""
        day = self.given_on.date().toPython()
        counting = givers_who_count(
            self._country, self._pupil.birth_date, day, self._judgement(giver)
        )
        if giver in counting:
            return ""
        if self._country == SWEDEN:
            if giver is ConsentGiver.PUPIL:
                return self.tr(
                    "You judged the pupil not mature enough to decide alone: the guardians "
                    "decide, so the pupil's consent alone does not count."
                )
            return self.tr(
                "You judged the pupil mature enough to decide alone: the guardians' consent "
                "alone does not count. Record the pupil's consent, or both."
            )
        if giver is ConsentGiver.PUPIL:
            return self.tr(
                "Below 16 the pupil's consent alone does not count: record the guardians' "
                "consent, or both."
            )
        return self.tr(
            "From 16 the guardians' consent alone does not count: record the pupil's consent, "
            "or both."
        )

    # -- closing -----------------------------------------------------------------------
    def has_unsaved_words(self) -> bool:
        return bool(self.note.text().strip() or self.partner.text().strip())

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr("Save this consent with what you wrote? Discard throws it away."),
            self.tr("&Save"),
            self.tr("D&iscard"),
        )

    # -- over a lock -------------------------------------------------------------------
    def typed_values(self) -> dict[str, Any]:
        """Every field: the choices matter as much as the words (who agreed, and how)."""
        return {
            "purpose": self.purpose.currentData(),
            "partner": self.partner.text(),
            "given_by": self.given_by.currentData(),
            "guardian": self.guardian.currentText(),
            "maturity": self.maturity.currentData(),
            "method": self.method.currentData(),
            "given_on": kept_day(self.given_on),
            "has_end": self.has_end.isChecked(),
            "valid_until": kept_day(self.valid_until),
            "note": self.note.text(),
        }

    def restore_typed(self, values: dict[str, Any]) -> None:
        for combo, key in (
            (self.purpose, "purpose"),
            (self.given_by, "given_by"),
            (self.maturity, "maturity"),
            (self.method, "method"),
        ):
            _set_data(combo, values.get(key))
        self.partner.setText(str(values.get("partner", "")))
        self.guardian.setCurrentText(str(values.get("guardian", "")))
        restore_day(self.given_on, values.get("given_on"))
        self.has_end.setChecked(bool(values.get("has_end", False)))
        restore_day(self.valid_until, values.get("valid_until"))
        self.note.setText(str(values.get("note", "")))

    def show_brought_back(self, text: str) -> None:
        self.brought_back.setText(text)
        self.brought_back.show()

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
            method=ConsentMethod(self.method.currentData()),
            given_on=self.given_on.date().toPython(),
            valid_until=self.valid_until.date().toPython() if self.has_end.isChecked() else None,
            withdrawn_on=None,
            note=self.note.text(),
            pupil_mature=self._judgement(giver),
        )

    def _judgement(self, giver: ConsentGiver) -> bool | None:
        if not needs_maturity_judgement(self._country, giver):
            return None
        return {"mature": True, "not_mature": False}.get(self.maturity.currentData())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        pupil: PupilRecord,
        today: date,
        country: str = "no",
        place: PendingPlace | None = None,
        save: Callable[[ConsentRecord], Any] | None = None,
    ) -> ConsentRecord | None:
        """The consent saved through `save`, or None if the nurse closed without saving."""
        dialog = cls(parent, pupil=pupil, today=today, country=country, place=place, save=save)
        return dialog.consent() if dialog.exec() == QDialog.DialogCode.Accepted else None
