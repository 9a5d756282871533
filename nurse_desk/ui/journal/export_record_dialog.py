"""Before the complete record is exported: who asked for it and why. A guardian asking for the
record of a pupil who may decide alone is warned about: in Norway from 16, in Sweden whenever
the nurse judges the pupil mature enough (no age settles it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.consent_rules import NORWAY, SWEDEN
from nurse_desk.domain.disclosure import DisclosureReason, Requester, guardian_request_warns
from nurse_desk.domain.records import PupilRecord
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.reason_dialog import ReasonFields
from nurse_desk.ui.journal.protected_bar import MARKER_STYLE


class ExportRecordDialog(LanguageAware, QDialog):
    """`ExportRecordDialog.ask(parent, pupil)` → (requester, reason), or None when cancelled."""

    def __init__(
        self, parent: QWidget | None, *, pupil: PupilRecord, today: date, country: str = NORWAY
    ) -> None:
        super().__init__(parent, objectName="export_record_dialog")
        self._pupil, self._today, self._country = pupil, today, country
        self.requesters = QButtonGroup(self)
        self.requester_box = QGroupBox()
        box = QVBoxLayout(self.requester_box)
        self.buttons_by_requester: dict[Requester, QRadioButton] = {}
        for requester in Requester:
            button = QRadioButton(objectName=f"requester_{requester.value}")
            self.requesters.addButton(button)
            self.buttons_by_requester[requester] = button
            box.addWidget(button)
        self.warning = QLabel(objectName="guardian_warning", wordWrap=True)
        self.warning.setStyleSheet(MARKER_STYLE)
        self.warning.setVisible(False)
        self.fields = ReasonFields(self, preset=DisclosureReason.ACCESS_REQUEST)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.requester_box)
        layout.addWidget(self.warning)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.requesters.buttonToggled.connect(self._update)
        self.fields.kind.currentIndexChanged.connect(self._update)
        self.fields.text.textChanged.connect(self._update)
        self.retranslate_ui()
        self._update()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export record"))
        self.requester_box.setTitle(self.tr("Who asks for the record?"))
        words = {
            Requester.PUPIL: self.tr("The &pupil"),
            Requester.GUARDIAN: self.tr("A &guardian"),
            Requester.AUTHORITY: self.tr("An &authority"),
        }
        for requester, button in self.buttons_by_requester.items():
            button.setText(words[requester])
        if self._country == SWEDEN:
            warning = self.tr(
                "A pupil mature enough decides alone about their own health information, "
                "whatever the age. Judge the pupil's maturity: if mature enough, hand the "
                "record to a guardian only with the pupil's consent, or leave out what the "
                "pupil told you in confidence."
            )
        else:
            warning = self.tr(
                "The pupil is 16 or older and decides alone about their own health "
                "information. Hand the record to a guardian only with the pupil's consent, "
                "or leave out what the pupil told you in confidence."
            )
        self.warning.setText(warning)

    def requester(self) -> Requester | None:
        for requester, button in self.buttons_by_requester.items():
            if button.isChecked():
                return requester
        return None

    def _update(self, *_args) -> None:
        requester = self.requester()
        warns = requester is not None and guardian_request_warns(
            requester, self._pupil.birth_date, self._today, country=self._country
        )
        self.warning.setVisible(warns)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(requester is not None and bool(self.fields.reason()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        pupil: PupilRecord,
        *,
        today: date | None = None,
        country: str = NORWAY,
    ) -> tuple[Requester, str] | None:
        dialog = cls(parent, pupil=pupil, today=today or date.today(), country=country)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        requester = dialog.requester()
        return None if requester is None else (requester, dialog.fields.reason())
