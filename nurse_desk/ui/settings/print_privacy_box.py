"""Settings: whether printouts (the visit sheet, the agenda) are private by default."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from nurse_desk.services.settings import prints_private_by_default, set_prints_private_by_default
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.vault_session import VaultSession


class PrintPrivacyBox(LanguageAware, QGroupBox):
    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent, objectName="print_privacy_box")
        self._session = session
        self.private = QCheckBox(objectName="prints_private_by_default")
        self.note = QLabel(objectName="print_privacy_note", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.private)
        layout.addWidget(self.note)
        self.private.toggled.connect(self._on_private_toggled)
        session.unlocked.connect(self.reload)
        session.locked.connect(lambda: self._show(False))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Printouts"))
        self.private.setText(self.tr("Print &private versions by default"))
        self.note.setText(
            self.tr(
                "Private printouts show initials and year of birth instead of names and ID "
                "numbers, and no address: for sheets others may see. You can still choose "
                "each time you print."
            )
        )

    def reload(self) -> None:
        vault = self._session.vault
        if vault is not None:
            self._show(prints_private_by_default(vault))

    def _show(self, private: bool) -> None:
        self.private.blockSignals(True)
        self.private.setChecked(private)
        self.private.blockSignals(False)

    def _on_private_toggled(self, private: bool) -> None:
        vault = self._session.vault
        if vault is not None:
            set_prints_private_by_default(vault, private)
