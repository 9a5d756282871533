"""Settings → Export everything…: the whole vault as open JSON, by default inside an encrypted
transfer file under a passphrase of its own; plain JSON only after a warning."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.services import open_export
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.busy import busy_cursor
from nurse_desk.ui.common.passphrase_fields import PassphraseFields
from nurse_desk.ui.common.reason_dialog import ReasonDialog
from nurse_desk.ui.common.replacing import replacing_asked
from nurse_desk.ui.messages import describe


@dataclass(frozen=True)
class ExportRequest:
    destination: Path
    passphrase: str | None = field(repr=False)  # None: plain JSON


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, suggested: Path) -> None:
        super().__init__(parent, objectName="export_dialog")
        self.setWindowTitle(self.tr("Export everything"))
        self.destination = QLineEdit(str(suggested), objectName="export_destination")
        choose = QPushButton(self.tr("Choose…"))
        self.encrypted = QRadioButton(
            self.tr("&Encrypted transfer file (recommended)"), objectName="export_encrypted"
        )
        self.plain = QRadioButton(self.tr("P&lain JSON, not encrypted"), objectName="export_plain")
        self.encrypted.setChecked(True)
        self.fields = PassphraseFields(self)
        note = QLabel(
            self.tr(
                "Everything in the vault is written as open JSON (described in the file "
                "export-schema.json that comes with Nurse Desk), so the records can be read "
                "without Nurse Desk. The transfer file opens with the passphrase you give here."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("Export file:")))
        layout.addLayout(row)
        layout.addWidget(self.encrypted)
        layout.addWidget(self.fields)
        layout.addWidget(self.plain)
        layout.addWidget(self.buttons)
        choose.clicked.connect(self._on_choose_clicked)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.encrypted.toggled.connect(self.fields.setEnabled)
        self.encrypted.toggled.connect(self._on_fields_changed)
        self.fields.changed.connect(self._on_fields_changed)
        self.destination.textChanged.connect(self._on_fields_changed)
        self._on_fields_changed()

    def _on_choose_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export file"),
            self.destination.text(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked once, after Save
        )
        if chosen:
            self.destination.setText(chosen)

    def _on_fields_changed(self) -> None:
        ready = self.plain.isChecked() or self.fields.is_acceptable()
        ok = bool(self.destination.text()) and ready
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _on_save_clicked(self) -> None:
        if self.plain.isChecked() and not self.plain_is_confirmed():
            return
        self.accept()

    def plain_is_confirmed(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Export everything"),
            self.tr(
                "The file will NOT be encrypted. Anyone who gets it, or a copy of it, can read "
                "every pupil's record. Write it only to an encrypted disk, and delete it when "
                "it is no longer needed. Write the plain file?"
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def answer(self) -> ExportRequest:
        passphrase = self.fields.texts()[0] if self.encrypted.isChecked() else None
        return ExportRequest(Path(self.destination.text()), passphrase)

    @classmethod
    def ask(cls, parent: QWidget | None, *, suggested: Path) -> ExportRequest | None:
        dialog = cls(parent, suggested=suggested)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def export_everything(parent: QWidget, vault: Vault) -> bool:
    """Asks where and how, writes the export and logs it; True when a file was written."""
    request = ExportDialog.ask(parent, suggested=vault.path.with_name("nurse-desk-export.json"))
    if request is None:
        return False
    title = QCoreApplication.translate("ExportDialog", "Export everything")
    replace = replacing_asked(parent, title, request.destination)
    if replace is None:
        return False
    reason = ReasonDialog.ask(parent)
    if reason is None:
        return False
    try:
        with busy_cursor():
            open_export.write_export(
                vault,
                request.destination,
                passphrase=request.passphrase,
                reason=reason,
                replace=replace,
            )
    except (NurseDeskError, OSError) as error:
        QMessageBox.warning(parent, title, describe(error))
        return False
    return True
