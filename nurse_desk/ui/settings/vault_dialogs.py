"""Dialogs for the vault's care: change passphrase, back up, restore.

Each has a classmethod returning the nurse's answer or None, so tests can stand in for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.ui.common.passphrase_fields import PassphraseFields


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


@dataclass(frozen=True)
class PassphraseChange:
    current: str = field(repr=False)
    new: str = field(repr=False)
    repeated: str = field(repr=False)


class ChangePassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="change_passphrase_dialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = _password_field("current_passphrase")
        self.fields = PassphraseFields(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("New passphrase")))
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._on_fields_changed)
        self.current.textChanged.connect(self._on_fields_changed)
        self._on_fields_changed()

    def _on_fields_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.current.text()) and self.fields.is_acceptable())

    def answer(self) -> PassphraseChange:
        return PassphraseChange(self.current.text(), *self.fields.texts())

    @classmethod
    def ask(cls, parent: QWidget | None) -> PassphraseChange | None:
        dialog = cls(parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _file_row(field: QLineEdit, choose, label: str) -> QHBoxLayout:
    button = QPushButton(label)
    button.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


@dataclass(frozen=True)
class BackupRequest:
    destination: Path
    new_passphrase: str | None = field(repr=False)


class BackupDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, *, suggested: Path, new_vault: bool = False
    ) -> None:
        """`new_vault`: saving the demo as a vault of her own needs a passphrase of her own."""
        super().__init__(parent, objectName="backup_dialog")
        self.setWindowTitle(self.tr("Back up the vault"))
        self.destination = QLineEdit(str(suggested), objectName="backup_destination")
        self.same = QRadioButton(
            self.tr("Use the vault's passphrase"), objectName="same_passphrase"
        )
        self.other = QRadioButton(self.tr("Use another passphrase"), objectName="other_passphrase")
        self.same.setChecked(True)
        self.fields = PassphraseFields(self)
        self.fields.setEnabled(False)
        if new_vault:
            self.other.setChecked(True)
            self.same.setEnabled(False)
            self.fields.setEnabled(True)
        note = QLabel(
            self.tr(
                "The backup is encrypted and checked after writing. Keep it on a drive that "
                "stays in your office, not in a cloud folder."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backup file:")))
        layout.addLayout(_file_row(self.destination, self._on_choose_clicked, self.tr("Choose…")))
        layout.addWidget(self.same)
        layout.addWidget(self.other)
        layout.addWidget(self.fields)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.other.toggled.connect(self.fields.setEnabled)
        self.other.toggled.connect(self._on_fields_changed)
        self.fields.changed.connect(self._on_fields_changed)
        self.destination.textChanged.connect(self._on_fields_changed)
        self._on_fields_changed()

    def _on_choose_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Backup file"),
            self.destination.text(),
            self.tr("Nurse Desk vault (*.vault)"),
        )
        if chosen:
            self.destination.setText(chosen)

    def _on_fields_changed(self) -> None:
        ok = bool(self.destination.text()) and (
            self.same.isChecked() or self.fields.is_acceptable()
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def answer(self) -> BackupRequest:
        new = self.fields.texts()[0] if self.other.isChecked() else None
        return BackupRequest(Path(self.destination.text()), new)

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, suggested: Path, new_vault: bool = False
    ) -> BackupRequest | None:
        dialog = cls(parent, suggested=suggested, new_vault=new_vault)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class RestoreRequest:
    source: Path
    passphrase: str = field(repr=False)


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, folder: Path) -> None:
        super().__init__(parent, objectName="restore_dialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._folder = folder
        self.source = QLineEdit(objectName="restore_source")
        self.secret = _password_field("restore_passphrase")
        warning = QLabel(
            self.tr(
                "The backup replaces everything in the open vault. The backup is checked "
                "first; the current vault is kept aside until the restore has succeeded. "
                "Afterwards the vault opens with the backup's passphrase."
            )
        )
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        form = QFormLayout()
        form.addRow(
            self.tr("Backup file:"),
            _file_row(self.source, self._on_choose_clicked, self.tr("Choose…")),
        )
        form.addRow(self.tr("Its passphrase:"), self.secret)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.source.textChanged.connect(self._on_fields_changed)
        self.secret.textChanged.connect(self._on_fields_changed)
        self._on_fields_changed()

    def _on_fields_changed(self) -> None:
        ready = Path(self.source.text()).is_file() and bool(self.secret.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def _on_choose_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup file"),
            str(self._folder),
            self.tr("Nurse Desk vault (*.vault);;All files (*)"),
        )
        if chosen:
            self.source.setText(chosen)

    def answer(self) -> RestoreRequest:
        return RestoreRequest(Path(self.source.text()), self.secret.text())

    @classmethod
    def ask(cls, parent: QWidget | None, *, folder: Path) -> RestoreRequest | None:
        dialog = cls(parent, folder=folder)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
