"""Settings: language, auto-lock, and the vault's care (passphrase, backup, restore)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.preferences import IDLE_MINUTES_RANGE, Preferences

LANGUAGE_NAMES = (("nb", "Norsk bokmål"), ("sv", "Svenska"), ("en", "English"))


class SettingsPage(LanguageAware, QWidget):
    language_chosen = Signal(str)
    idle_minutes_changed = Signal(int)
    change_passphrase_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, preferences: Preferences) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self.title = page_title("page_title")
        self.general_box = QGroupBox(objectName="general_box")
        self.language = QComboBox(objectName="language_choice")
        for code, name in LANGUAGE_NAMES:  # each language named in itself, never translated
            self.language.addItem(name, code)
        self.idle_minutes = QSpinBox(objectName="idle_minutes")
        self.idle_minutes.setRange(*IDLE_MINUTES_RANGE)
        self.idle_minutes.setValue(preferences.idle_minutes)
        self._language_label, self._idle_label = QLabel(), QLabel()
        self._language_label.setBuddy(self.language)
        self._idle_label.setBuddy(self.idle_minutes)
        general = QFormLayout(self.general_box)
        general.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language.setMinimumContentsLength(16)
        self.idle_minutes.setMinimumWidth(90)
        general.addRow(self._language_label, self.language)
        general.addRow(self._idle_label, self.idle_minutes)

        self.vault_box = QGroupBox(objectName="vault_box")
        self.change_button = QPushButton(objectName="change_passphrase_button")
        self.backup_button = QPushButton(objectName="backup_button")
        self.restore_button = QPushButton(objectName="restore_button")
        self.vault_note = QLabel(objectName="vault_note")
        self.vault_note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.change_button, self.backup_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        vault_layout = QVBoxLayout(self.vault_box)
        vault_layout.addLayout(buttons)
        vault_layout.addWidget(self.vault_note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.general_box)
        layout.addWidget(self.vault_box)
        layout.addStretch(1)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.language.activated.connect(self._on_language_activated)
        self.idle_minutes.valueChanged.connect(self.idle_minutes_changed)
        self.change_button.clicked.connect(self.change_passphrase_requested)
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self.restore_requested)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.general_box.setTitle(self.tr("General"))
        self._language_label.setText(self.tr("&Language:"))
        self._idle_label.setText(self.tr("Lock after &idle minutes:"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.vault_box.setTitle(self.tr("The vault"))
        self.change_button.setText(self.tr("Change &passphrase…"))
        self.backup_button.setText(self.tr("&Back up…"))
        self.restore_button.setText(self.tr("&Restore from backup…"))
        self.vault_note.setText(
            self.tr(
                "Back up regularly to an encrypted file on a drive you keep safe. Use full-disk "
                "encryption on this computer too: printouts saved as PDF are not encrypted."
            )
        )

    def show_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _on_language_activated(self, index: int) -> None:
        self.language_chosen.emit(self.language.itemData(index))

    def clear_pupil_data(self) -> None:
        """Settings hold no pupil data."""

    def reload(self) -> None:
        """Nothing to load."""
