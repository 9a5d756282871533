"""Settings: whether printouts (the visit sheet, the agenda) are private by default."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from nurse_desk.services.settings import prints_private_by_default, set_prints_private_by_default
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.vault_session import VaultSession


class PrintPrivacyCheckBox(LanguageAware, QCheckBox):
    """One line in Settings; the vault keeps the choice, so it follows the vault, not the PC."""

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent, objectName="prints_private_by_default")
        self._session = session
        self.toggled.connect(self._on_toggled)
        # read with the rest of the Settings page, when it is shown (SettingsPage.reload)
        session.locked.connect(lambda: self._show(False))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Print &private versions by default"))
        self.setToolTip(
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

    def show_choice(self, private: bool) -> None:
        """The choice as the Settings page read it."""
        self._show(private)

    def _show(self, private: bool) -> None:
        self.blockSignals(True)
        self.setChecked(private)
        self.blockSignals(False)

    def _on_toggled(self, private: bool) -> None:
        vault = self._session.vault
        if vault is not None:
            set_prints_private_by_default(vault, private)
