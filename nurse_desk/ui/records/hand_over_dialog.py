"""Handing a pupil's record over (from the pupil's page) and receiving one (Settings, Pupils).

The passphrase of the transfer file is made by the app and shown once, to be given to the
receiving nurse separately from the file: it is never copied to the clipboard, where other
programs could read it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.records import PupilRecord
from nurse_desk.services import hand_over, pupils
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.busy import busy_cursor
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.replacing import replacing_asked
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.messages import describe
from nurse_desk.ui.vault_session import VaultSession


class HandOverDialog(QDialog):
    """Why the record goes, and where the transfer file is written."""

    def __init__(self, parent: QWidget | None = None, *, pupil: PupilRecord) -> None:
        super().__init__(parent, objectName="hand_over_dialog")
        self.setWindowTitle(self.tr("Hand the record over"))
        intro = QLabel(
            placed(
                self.tr(
                    "The whole record of %1 is written to an encrypted transfer file for the "
                    "nurse at the pupil's new school. It needs an active consent to transfer the "
                    "record. Nurse Desk makes up a one-time passphrase: give it to the receiving "
                    "nurse separately, by phone or on paper, never with the file."
                ),
                pupil.full_name,
            )
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit(objectName="hand_over_reason")
        cap(self.reason, hand_over.REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("e.g. moved to another municipality"))
        # no name in a file name: it shows in folders, recent files and backups
        suggested = Path.home() / f"hand-over-{pupil.id}-{date.today():%Y-%m-%d}.transfer"
        self.destination = QLineEdit(str(suggested), objectName="hand_over_destination")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Reason (kept in the access log):"), self.reason)
        form.addRow(self.tr("File:"), where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if pupil.protected_identity:
            shielded = QLabel(
                self.tr(
                    "Protected identity: the guardians are named without their phone numbers, "
                    "and home visits without address or directions. The receiving service gets "
                    "those from the population register."
                ),
                objectName="hand_over_protected_note",
                wordWrap=True,
            )
            shielded.setStyleSheet("color: #8a1c1c;")
            layout.addWidget(shielded)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _choose(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Transfer file"),
            self.destination.text(),
            options=QFileDialog.Option.DontConfirmOverwrite,  # asked once, on Save
        )
        if target:
            self.destination.setText(target)


class PassphraseShown(QDialog):
    """The one-time passphrase, large and easy to read aloud."""

    def __init__(self, parent: QWidget | None, *, passphrase: str, target: Path) -> None:
        super().__init__(parent, objectName="hand_over_passphrase_dialog")
        self.setWindowTitle(self.tr("Record handed over"))
        told = QLabel(
            placed(
                self.tr(
                    "The record was written to %1. Give the receiving nurse this passphrase "
                    "separately from the file (by phone or on paper). It is shown only now."
                ),
                target,
            )
        )
        told.setWordWrap(True)
        self.passphrase = QLineEdit(passphrase, objectName="one_time_passphrase")
        self.passphrase.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 6)
        self.passphrase.setFont(font)
        wide = QFontMetrics(font).horizontalAdvance(passphrase) + 32
        self.passphrase.setMinimumWidth(wide)
        told.setMinimumWidth(wide)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(told)
        layout.addWidget(self.passphrase)
        layout.addWidget(close)


def hand_over_pupil(parent: QWidget, vault: Vault, pupil: PupilRecord) -> bool:
    """The dialog, the transfer file and the passphrase shown; False if nothing was written."""
    dialog = HandOverDialog(parent, pupil=pupil)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        target = Path(dialog.destination.text().strip())
        replace = replacing_asked(parent, dialog.windowTitle(), target)
        if replace is None:  # she keeps the file there: back to the dialog for another name
            continue
        try:
            with busy_cursor():
                handed = hand_over.hand_over_record(
                    vault, pupil.id, target, dialog.reason.text(), replace=replace
                )
        except (NurseDeskError, OSError) as error:
            QMessageBox.warning(parent, dialog.windowTitle(), describe(error))
            continue
        PassphraseShown(parent, passphrase=handed.passphrase, target=target).exec()
        return True
    return False


class ReceiveRecordButton(LanguageAware, QPushButton):
    """The "Receive a record…" button: one line on the Settings and Pupils pages."""

    received = Signal(int)  # the pupil's id in this vault

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent, objectName="receive_record_button")
        self._session = session
        self.clicked.connect(self._on_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Recei&ve a record…"))
        self.setToolTip(
            self.tr("Take in a pupil's record handed over by the nurse at the previous school")
        )

    def _on_clicked(self) -> None:
        vault = self._session.vault
        if vault is not None and (receipt := receive_interactively(self, vault)) is not None:
            self.received.emit(receipt.pupil_id)


def receive_interactively(parent: QWidget, vault: Vault) -> hand_over.Receipt | None:
    title = QCoreApplication.translate("Records", "Receive a record")
    source, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()))
    if not source:
        return None
    passphrase, given = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate("Records", "The one-time passphrase you were given:"),
        QLineEdit.EchoMode.Password,
    )
    if not given:
        return None
    school = _choose_school(parent, vault, title)
    if school is None:
        return None
    try:
        with busy_cursor():
            receipt = hand_over.receive_record(
                vault, Path(source), passphrase.strip(), school_name=school or None
            )
    except (NurseDeskError, OSError) as error:
        QMessageBox.warning(parent, title, describe(error))
        return None
    QMessageBox.information(parent, title, receipt_text(receipt))
    return receipt


def _choose_school(parent: QWidget, vault: Vault, title: str) -> str | None:
    """The school a pupil new to this vault is placed at; "" keeps the one in the file."""
    keep = QCoreApplication.translate("Records", "The school named in the file")
    names = [keep, *(school.name for school in pupils.list_schools(vault))]
    chosen, ok = QInputDialog.getItem(
        parent,
        title,
        QCoreApplication.translate("Records", "If the pupil is new here, place them at:"),
        names,
        0,
        False,
    )
    if not ok:
        return None
    return "" if chosen == keep else chosen


def receipt_text(receipt: hand_over.Receipt) -> str:
    who = receipt.sender or QCoreApplication.translate("Records", "another vault")
    if receipt.added == 0:
        return placed(
            QCoreApplication.translate(
                "Records", "Everything in the file from %1 was already here; nothing was added."
            ),
            who,
        )
    return placed(
        QCoreApplication.translate(
            "Records", "The record from %1 was received: %2 items added, %3 already here."
        ),
        who,
        receipt.added,
        receipt.already_here,
    )
