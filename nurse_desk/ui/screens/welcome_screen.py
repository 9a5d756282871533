"""First start: create a new vault, or try the app on a demo vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.services.vault_location import looks_cloud_synced
from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.language_choice import LanguageChoice
from nurse_desk.ui.common.passphrase_fields import PassphraseFields
from nurse_desk.ui.i18n import default_country


class WelcomeScreen(LanguageAware, QWidget):
    create_requested = Signal(Path, str, str, str)  # path, passphrase twice, country ("no"/"se")
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, vault_path: Path) -> None:
        super().__init__(parent)
        self.heading = page_title("welcome_heading", size_pt=20)
        self.language = LanguageChoice(self, object_name="welcome_language")
        self.intro = QLabel(objectName="welcome_intro")
        self.intro.setWordWrap(True)

        self.create_box = QGroupBox(objectName="create_box")
        self.path_field = QLineEdit(str(vault_path), objectName="vault_path")
        self.path_field.setReadOnly(True)
        self.browse_button = QPushButton(objectName="browse_button")
        self.passphrase = PassphraseFields(self)
        # The country's ID numbers, holidays and standard services apply from the first class
        # list on: asked here, defaulting from the language (see `default_country`).
        self.country = QComboBox(objectName="new_vault_country")
        self.country.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._country_label = QLabel()
        self._country_label.setBuddy(self.country)
        self.create_button = QPushButton(objectName="create_button")
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.cloud_warning = QLabel(objectName="cloud_warning")
        self.cloud_warning.setWordWrap(True)
        self.cloud_warning.setStyleSheet("color: #8a4b00;")
        self.error = QLabel(objectName="create_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self._path_label = QLabel()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_field, 1)
        path_row.addWidget(self.browse_button)
        create_layout = QVBoxLayout(self.create_box)
        create_layout.addWidget(self._path_label)
        create_layout.addLayout(path_row)
        create_layout.addWidget(self.cloud_warning)
        country_row = QHBoxLayout()
        country_row.addWidget(self._country_label)
        country_row.addWidget(self.country)
        country_row.addStretch(1)
        create_layout.addLayout(country_row)
        create_layout.addWidget(self.passphrase)
        create_layout.addWidget(self.error)
        create_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        self.demo_box = QGroupBox(objectName="demo_box")
        self.demo_text = QLabel(objectName="demo_text")
        self.demo_text.setWordWrap(True)
        self.demo_button = QPushButton(objectName="demo_button")
        demo_layout = QVBoxLayout(self.demo_box)
        demo_layout.addWidget(self.demo_text)
        demo_layout.addStretch(1)
        demo_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignRight)

        columns = QHBoxLayout()
        columns.addWidget(self.create_box, 3)
        columns.addWidget(self.demo_box, 2)
        frame = QFrame()
        outer = QVBoxLayout(frame)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(heading_row)
        outer.addWidget(self.intro)
        outer.addSpacing(12)
        outer.addLayout(columns)
        outer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(frame)
        self.setTabOrder(self.passphrase.first, self.passphrase.second)
        self.setTabOrder(self.passphrase.second, self.create_button)
        self.setTabOrder(self.create_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.browse_button)
        self.setFocusProxy(self.passphrase.first)
        self._country_touched = False
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.path_field.textChanged.connect(self._on_path_changed)
        self.passphrase.changed.connect(self._on_passphrase_changed)
        self.country.activated.connect(self._on_country_activated)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.passphrase.second.returnPressed.connect(self._on_create_button_clicked)
        self.demo_button.clicked.connect(self.demo_requested)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Welcome to Nurse Desk"))
        self.intro.setText(
            self.tr(
                "Everything you record about pupils is kept in one encrypted vault on this "
                "computer. Nothing is sent anywhere; it leaves the computer only when you "
                "print or export."
            )
        )
        self.create_box.setTitle(self.tr("Create a new vault"))
        self._path_label.setText(self.tr("The vault will be stored here:"))
        self.browse_button.setText(self.tr("Change…"))
        self._country_label.setText(self.tr("Co&untry (ID numbers, holidays):"))
        country = self.country.currentData()
        self.country.clear()
        self.country.addItem(self.tr("Norway"), "no")
        self.country.addItem(self.tr("Sweden"), "se")
        self.country.setCurrentIndex(max(self.country.findData(country), 0))
        self.create_button.setText(self.tr("&Create vault"))
        self.demo_box.setTitle(self.tr("Try it first"))
        self.demo_text.setText(
            self.tr(
                "Open a demo vault with fictional pupils to look around. It is thrown away "
                "when you close the app, unless you save it."
            )
        )
        self.demo_button.setText(self.tr("Open a &demo vault"))
        self.cloud_warning.setText(
            self.tr(
                "This folder looks like a cloud-synced folder. Keep the vault on this computer "
                "only; back it up with Settings → Back up."
            )
        )
        self._on_path_changed()

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.clear()

    def show_language(self, code: str) -> None:
        """The language on show; a country not yet chosen by hand follows it."""
        self.language.show_language(code)
        if not self._country_touched:
            self.country.setCurrentIndex(self.country.findData(default_country(code)))

    def _on_path_changed(self) -> None:
        self.cloud_warning.setVisible(looks_cloud_synced(Path(self.path_field.text())))

    def _on_passphrase_changed(self) -> None:
        self.create_button.setEnabled(self.passphrase.is_acceptable())

    def _on_create_button_clicked(self) -> None:
        if not self.passphrase.is_acceptable():
            return
        self.create_requested.emit(
            Path(self.path_field.text()), *self.passphrase.texts(), self.country.currentData()
        )

    def _on_country_activated(self, _index: int) -> None:
        self._country_touched = True

    def _on_browse_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to keep the vault"),
            self.path_field.text(),
            self.tr("Nurse Desk vault (*.vault)"),
        )
        if chosen:
            self.path_field.setText(chosen if chosen.endswith(".vault") else chosen + ".vault")
