"""The pupil page's protected-identity line: a clear marker, the guardians' contacts shown only
on a deliberate (logged) click, and marking or unmarking the pupil (logged)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from nurse_desk.domain.records import PupilRecord
from nurse_desk.services import protected_identity
from nurse_desk.ui.common.flow_layout import FlowLayout
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.vault_session import VaultSession

MARKER_STYLE = "color: white; background: #b00020; padding: 2px 6px; font-weight: 600;"


class ProtectedIdentityBar(LanguageAware, QWidget):
    changed = Signal()  # the pupil was marked or unmarked

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._session = session
        self._pupil: PupilRecord | None = None
        self.marker = QLabel(objectName="protected_marker")
        self.marker.setStyleSheet(MARKER_STYLE)
        self.contacts = QLabel(objectName="protected_contacts", wordWrap=True)
        self.contacts.setTextFormat(Qt.TextFormat.RichText)
        self.show_button = QPushButton(objectName="show_contacts_button")
        self.toggle_button = QPushButton(objectName="protect_button")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.marker)
        layout.addWidget(self.contacts, 1)
        buttons = FlowLayout(right_aligned=True)  # one under the other in a narrow window
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.toggle_button)
        layout.addLayout(buttons)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.marker.setText(self.tr("Protected identity"))
        self.marker.setToolTip(
            self.tr(
                "The address, the way to the home and the guardians' contact details are "
                "never printed or exported, and are shown only when you ask (logged)."
            )
        )
        self.show_button.setText(self.tr("Show con&tact details"))
        protected = self._pupil is not None and self._pupil.protected_identity
        self.toggle_button.setText(
            self.tr("Remove protection…") if protected else self.tr("Mark protected identity…")
        )

    def show_pupil(self, pupil: PupilRecord | None) -> None:
        self._pupil = pupil
        protected = pupil is not None and pupil.protected_identity
        self.marker.setVisible(protected)
        self.show_button.setVisible(protected and bool(pupil.guardians))
        self.contacts.clear()
        self.toggle_button.setEnabled(pupil is not None)
        self.retranslate_ui()

    def _on_show_clicked(self) -> None:
        vault, pupil = self._session.vault, self._pupil
        if vault is None or pupil is None:
            return
        guardians = protected_identity.show_guardian_contacts(vault, pupil.id)
        lines = [f"{g.name} ({g.relation}) {g.phone}".strip() for g in guardians]
        self.contacts.setText(escape("; ".join(lines)))
        self.show_button.setVisible(False)

    def _on_toggle_clicked(self) -> None:
        vault, pupil = self._session.vault, self._pupil
        if vault is None or pupil is None:
            return
        protect = not pupil.protected_identity
        question = (
            self.tr(
                "Mark this pupil as having protected identity? The address and the guardians' "
                "contact details will never be printed or exported."
            )
            if protect
            else self.tr(
                "Remove the protected identity? Only do this when the registry no longer "
                "protects the pupil: addresses may then be printed again."
            )
        )
        answer = QMessageBox.question(self, self.tr("Protected identity"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        protected_identity.set_protected(vault, pupil.id, protect)
        self.changed.emit()
