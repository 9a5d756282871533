"""Settings: whether printouts (the visit sheet, the agenda) are private by default, and whether
the nurse's own visit sheet is printed without asking for a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from nurse_desk.services.settings import (
    prints_private_by_default,
    set_prints_private_by_default,
    set_skips_reason_for_own_sheet,
)
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


class SkipReasonCheckBox(LanguageAware, QCheckBox):
    """Every print asks why, except (when ticked) the nurse's own visit sheet."""

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent, objectName="skip_reason_own_sheet")
        self._session = session
        self.toggled.connect(self._on_toggled)
        session.locked.connect(lambda: self.show_choice(False))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Don't ask for a &reason when I print my own visit sheet"))
        self.setToolTip(
            self.tr(
                "Printing is logged either way. A sheet for someone outside the health "
                "service, the agenda and every export still ask why."
            )
        )

    def show_choice(self, skip: bool) -> None:
        self.blockSignals(True)
        self.setChecked(skip)
        self.blockSignals(False)

    def _on_toggled(self, skip: bool) -> None:
        vault = self._session.vault
        if vault is not None:
            set_skips_reason_for_own_sheet(vault, skip)
