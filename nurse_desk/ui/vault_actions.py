"""The vault's care from the windows: change passphrase, back up, restore, keep the demo."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from nurse_desk.domain import errors
from nurse_desk.services import vault_access
from nurse_desk.ui.common.busy import busy_cursor
from nurse_desk.ui.common.reason_dialog import ReasonDialog
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.messages import describe
from nurse_desk.ui.settings.vault_dialogs import (
    BackupDialog,
    BackupRequest,
    ChangePassphraseDialog,
    RestoreDialog,
)
from nurse_desk.ui.vault_session import VaultSession

# The demo's own log keeps why its copy under the nurse's passphrase was made (stored words).
DEMO_KEPT = "demo kept as a vault of her own"


class VaultActions(QObject):
    def __init__(self, window: QWidget, *, session: VaultSession) -> None:
        super().__init__(window)
        self._window = window
        self._session = session

    def _warn(self, error: BaseException) -> None:
        QMessageBox.warning(self._window, self.tr("Nurse Desk"), describe(error))

    def _inform(self, text: str) -> None:
        QMessageBox.information(self._window, self.tr("Nurse Desk"), text)

    def change_passphrase(self) -> None:
        vault = self._session.vault
        answer = ChangePassphraseDialog.ask(self._window)
        if vault is None or answer is None or self._session.vault is not vault:
            return  # cancelled, or the vault locked while the dialog was open
        try:
            with busy_cursor():
                vault_access.change_passphrase(vault, answer.current, answer.new, answer.repeated)
        except (errors.NurseDeskError, OSError) as error:
            self._warn(error)
        else:
            self._inform(self.tr("The passphrase has been changed."))

    def back_up(self) -> None:
        vault = self._session.vault
        if vault is None:
            return
        suggested = vault.path.with_name(vault.path.stem + "-backup.vault")
        request = BackupDialog.ask(self._window, suggested=suggested)
        if request is not None and self._session.vault is vault:
            self._write_backup(request)

    def _write_backup(self, request: BackupRequest, *, reason: str = "") -> bool:
        vault = self._session.vault
        if vault is None:
            return False
        # Replaced only when the nurse says so here; a file that comes after the question is
        # refused by the backup itself.
        replace = request.destination.exists()
        if replace and not self._confirm(
            placed(self.tr("Replace the existing backup file %1?"), request.destination.name)
        ):
            return False
        if request.new_passphrase is not None and not reason:
            # Another key opens the copy: every record leaves, as with an export, so why.
            reason = ReasonDialog.ask(self._window) or ""
            if not reason or self._session.vault is not vault:
                return False
        try:
            with busy_cursor():
                vault_access.back_up(
                    vault,
                    request.destination,
                    request.new_passphrase,
                    replace=replace,
                    reason=reason,
                )
        except (errors.NurseDeskError, OSError) as error:
            self._warn(error)
            return False
        self._inform(placed(self.tr("Backup written and verified: %1"), str(request.destination)))
        return True

    def restore(self) -> None:
        vault = self._session.vault
        if vault is None:
            return
        request = RestoreDialog.ask(self._window, folder=vault.path.parent)
        if (
            request is None
            or self._session.vault is not vault
            or not self._confirm(
                placed(
                    self.tr("Replace everything in this vault by the backup %1?"),
                    request.source.name,
                )
            )
            or self._session.vault is not vault
        ):
            return
        target = vault.path
        self._session.lock()
        try:
            with busy_cursor():
                restored = vault_access.restore_vault(target, request.source, request.passphrase)
        except (errors.NurseDeskError, OSError) as error:
            self._warn(error)  # the old vault is back in place and locked
            return
        self._session.adopt(restored)
        self._inform(self.tr("The vault has been restored from the backup."))

    def save_demo_as_vault(self) -> None:
        """A demo the nurse wants to keep: an encrypted copy with a passphrase of her own."""
        vault = self._session.vault
        if vault is None or not self._session.is_demo:
            return
        request = BackupDialog.ask(
            self._window, suggested=vault_access.default_vault_path(), new_vault=True
        )
        if request is None or self._session.vault is not vault:
            return
        if request.destination.exists():  # never over a real vault, whatever the nurse clicks
            self._warn(errors.VaultAlreadyExists(str(request.destination)))
            return
        # Made-up pupils into the nurse's own vault: nothing is disclosed, nothing to ask.
        self._write_backup(request, reason=DEMO_KEPT)

    def confirm_discard_demo(self) -> bool:
        return self._confirm(
            self.tr("The demo vault will be thrown away when you close Nurse Desk. Close now?")
        )

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Nurse Desk"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
