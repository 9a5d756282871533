"""Before the complete record is exported: who asked for it and why. A guardian asking for the
record of a pupil of 16 or older is warned about: from 16 the pupil decides alone."""

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

from nurse_desk.domain.disclosure import DisclosureReason, Requester, guardian_request_warns
from nurse_desk.domain.records import PupilRecord
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.reason_dialog import ReasonFields
from nurse_desk.ui.journal.protected_bar import MARKER_STYLE


class ExportRecordDialog(LanguageAware, QDialog):
    """`ExportRecordDialog.ask(parent, pupil)` → (requester, reason), or None when cancelled."""

    def __init__(self, parent: QWidget | None, *, pupil: PupilRecord, today: date) -> None:
        super().__init__(parent, objectName="export_record_dialog")
        self._pupil, self._today = pupil, today
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
        self.warning.setText(
            self.tr(
                "The pupil is 16 or older and decides alone about their own health "
                "information. Hand the record to a guardian only with the pupil's consent, "
                "or leave out what the pupil told you in confidence."
            )
        )

    def requester(self) -> Requester | None:
        for requester, button in self.buttons_by_requester.items():
            if button.isChecked():
                return requester
        return None

    def _update(self, *_args) -> None:
        requester = self.requester()
        warns = requester is not None and guardian_request_warns(
            requester, self._pupil.birth_date, self._today
        )
        self.warning.setVisible(warns)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(requester is not None and bool(self.fields.reason()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, pupil: PupilRecord, *, today: date | None = None
    ) -> tuple[Requester, str] | None:
        dialog = cls(parent, pupil=pupil, today=today or date.today())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        requester = dialog.requester()
        return None if requester is None else (requester, dialog.fields.reason())
