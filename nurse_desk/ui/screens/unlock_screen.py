"""Later starts and after a lock: the passphrase, and nothing else of the vault on show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.language_choice import LanguageChoice
from nurse_desk.ui.common.text import placed

CARD_WIDTH, CARD_MARGIN = 480, 28


class UnlockScreen(LanguageAware, QWidget):
    unlock_requested = Signal(str)
    other_vault_chosen = Signal(Path)
    new_vault_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = page_title("unlock_heading", size_pt=18)
        self.language = LanguageChoice(self, object_name="unlock_language")
        self.vault_label = QLabel(objectName="unlock_vault_name")
        self.vault_label.setWordWrap(True)
        self.passphrase = QLineEdit(objectName="unlock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(320)
        self.unlock_button = QPushButton(objectName="unlock_button")
        self.unlock_button.setDefault(True)
        self.error = QLabel(objectName="unlock_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.demo_hint = QLabel(objectName="demo_hint")
        self.other_button = QPushButton(objectName="other_vault_button")
        self.other_button.setFlat(True)
        self.new_button = QPushButton(objectName="new_vault_button")
        self.new_button.setFlat(True)

        card = QFrame(objectName="unlock_card")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        # A fixed width: centred by its alignment, a card of free width is given its size
        # hint, which leaves no height for a wrapped second line of the error.
        card.setFixedWidth(CARD_WIDTH)
        self._card = card
        inner = QVBoxLayout(card)
        inner.setContentsMargins(CARD_MARGIN, 24, CARD_MARGIN, 24)
        inner.addWidget(self.heading)
        inner.addWidget(self.vault_label)
        inner.addSpacing(8)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.error)
        inner.addWidget(self.demo_hint)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addSpacing(8)
        inner.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.language)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.passphrase)
        self._vault_path = Path()
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.passphrase.returnPressed.connect(self._on_unlock_button_clicked)
        self.other_button.clicked.connect(self._on_other_button_clicked)
        self.new_button.clicked.connect(self.new_vault_requested)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("The vault is locked"))
        self.vault_label.setText(placed(self.tr("Vault: %1"), self._vault_path.name))
        self.vault_label.setToolTip(str(self._vault_path))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.demo_hint.setText(self.tr("Demo vault: the passphrase is “demo”."))
        self.other_button.setText(self.tr("Open another vault…"))
        self.new_button.setText(self.tr("Create a new vault…"))

    def prepare(self, vault_path: Path, *, demo: bool) -> None:
        self._vault_path = vault_path
        self.passphrase.clear()
        self.error.clear()
        self.error.setMinimumHeight(0)
        self.demo_hint.setVisible(demo)
        self.retranslate_ui()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        # Every line of the message, however many the width needs (see CARD_WIDTH).
        width = self._card.contentsRect().width() - 2 * CARD_MARGIN  # inside the card's frame
        self.error.setMinimumHeight(self.error.heightForWidth(width))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _on_unlock_button_clicked(self) -> None:
        secret = self.passphrase.text()
        self.passphrase.clear()  # the field never holds the passphrase longer than needed
        if secret:
            self.unlock_requested.emit(secret)

    def _on_other_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vault"),
            str(self._vault_path.parent),
            self.tr("Nurse Desk vault (*.vault);;All files (*)"),
        )
        if chosen:
            self.other_vault_chosen.emit(Path(chosen))
