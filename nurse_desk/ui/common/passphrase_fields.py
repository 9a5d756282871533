"""A new passphrase typed twice, with a strength meter and the can't-be-recovered warning."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from nurse_desk.domain import passphrase
from nurse_desk.domain.passphrase import Strength
from nurse_desk.ui.common.language_aware import LanguageAware


class PassphraseFields(LanguageAware, QWidget):
    """Emits `changed` as the nurse types; `is_acceptable()` gates the OK button."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(objectName="new_passphrase")
        self.second = QLineEdit(objectName="repeat_passphrase")
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._on_field_text_changed)
        self.meter = QProgressBar(objectName="strength_meter")
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(True)
        self.hint = QLabel(objectName="passphrase_hint")
        self.hint.setWordWrap(True)
        self.warning = QLabel(objectName="no_recovery_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self._first_label, self._second_label, self._meter_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._first_label, self.first)
        form.addRow(self._second_label, self.second)
        form.addRow(self._meter_label, self.meter)
        form.addRow(self.hint)
        form.addRow(self.warning)
        self._first_label.setBuddy(self.first)
        self._second_label.setBuddy(self.second)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._first_label.setText(self.tr("&Passphrase:"))
        self._second_label.setText(self.tr("&Repeat:"))
        self._meter_label.setText(self.tr("Strength:"))
        self.warning.setText(
            self.tr(
                "Write the passphrase down and keep it somewhere safe. If it is lost, nobody "
                "can open the vault again: not you, not IT, not the makers of Nurse Desk."
            )
        )
        self._on_field_text_changed()

    def texts(self) -> tuple[str, str]:
        return self.first.text(), self.second.text()

    def is_acceptable(self) -> bool:
        return passphrase.check_new(*self.texts()) is None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _on_field_text_changed(self) -> None:
        estimate = passphrase.estimate(self.first.text())
        self.meter.setValue(int(estimate.strength))
        self.meter.setFormat(self._strength_name(estimate.strength))
        reason = passphrase.check_new(*self.texts())
        self.hint.setText(self._reason_text(reason) if self.first.text() else self._advice())
        self.changed.emit()

    def _advice(self) -> str:
        return self.tr("At least 12 characters. Four unrelated words are easy to remember.")

    def _strength_name(self, strength: Strength) -> str:
        names = {
            Strength.TOO_SHORT: self.tr("Too short"),
            Strength.WEAK: self.tr("Weak"),
            Strength.FAIR: self.tr("Fair"),
            Strength.GOOD: self.tr("Good"),
            Strength.STRONG: self.tr("Strong"),
        }
        return names[strength]

    def _reason_text(self, reason: str | None) -> str:
        if reason == "too_short":
            return self.tr("Too short: use at least 12 characters.")
        if reason == "too_weak":
            return self.tr("Too easy to guess: add another word.")
        if reason == "mismatch":
            return self.tr("The two passphrases are not the same yet.")
        return self.tr("Good: the passphrases match.")
