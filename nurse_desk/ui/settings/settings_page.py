"""Settings: language, auto-lock, and the vault's care (passphrase, backup, restore)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.unsigned_drafts import DEFAULT_REMINDER_DAYS, REMINDER_DAYS_RANGE
from nurse_desk.preferences import IDLE_MINUTES_RANGE, Preferences
from nurse_desk.services import changes
from nurse_desk.services import settings as vault_settings
from nurse_desk.services.settings_page import settings_shown
from nurse_desk.ui.absence.absence_settings import AbsenceThresholdsButton
from nurse_desk.ui.common.flow_layout import FlowLayout
from nurse_desk.ui.common.freshness import Freshness, ReadsWhenShown
from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.language_choice import LANGUAGE_NAMES
from nurse_desk.ui.common.page_stack import WidthFreePage
from nurse_desk.ui.common.screen_fit import FormScroll
from nurse_desk.ui.common.wheel_guard import guard_wheel
from nurse_desk.ui.followups.closed_periods_box import ClosedPeriodsButton
from nurse_desk.ui.records.hand_over_dialog import ReceiveRecordButton
from nurse_desk.ui.records.left_school_dialog import LeftSchoolButton
from nurse_desk.ui.settings.country_question import confirm_country
from nurse_desk.ui.settings.print_privacy import PrintPrivacyCheckBox, SkipReasonCheckBox
from nurse_desk.ui.settings.schools_dialog import SchoolsDialog
from nurse_desk.ui.vault_session import VaultSession


class SettingsPage(WidthFreePage, ReadsWhenShown, LanguageAware, QWidget):
    language_chosen = Signal(str)
    idle_minutes_changed = Signal(int)
    change_passphrase_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    access_log_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, preferences: Preferences, session: VaultSession
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._session = session
        self.freshness = Freshness(changes.SETTINGS, self.reload)
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
        self.print_privacy = PrintPrivacyCheckBox(self, session=session)
        general.addRow(self.print_privacy)
        self.skip_reason = SkipReasonCheckBox(self, session=session)
        general.addRow(self.skip_reason)

        self.journal_box = QGroupBox(objectName="journal_box")
        self.author_name = QLineEdit(objectName="author_name")
        self.author_title = QLineEdit(objectName="author_title")
        self.country = QComboBox(objectName="country_choice")
        self.draft_days = QSpinBox(objectName="draft_reminder_days")
        self.draft_days.setRange(*REMINDER_DAYS_RANGE)
        self.draft_days.setValue(DEFAULT_REMINDER_DAYS)
        self._draft_days_label = QLabel()
        self._draft_days_label.setBuddy(self.draft_days)
        self.log_button = QPushButton(objectName="access_log_button")
        self.schools_button = QPushButton(objectName="schools_button")
        self._author_label, self._title_label, self._country_label = QLabel(), QLabel(), QLabel()
        self._author_label.setBuddy(self.author_name)
        self._title_label.setBuddy(self.author_title)
        self._country_label.setBuddy(self.country)
        journal_form = QFormLayout(self.journal_box)
        journal_form.addRow(self._author_label, self.author_name)
        journal_form.addRow(self._title_label, self.author_title)
        # A row of its own: on the country's row it held the boxes 657 points wide in Swedish,
        # and the window wider than a laptop at 125 % 819 points wide. The boxes scroll.
        for label, field in (
            (self._country_label, self.country),
            (self._draft_days_label, self.draft_days),
        ):
            at_its_size = QHBoxLayout()
            at_its_size.addWidget(field)
            at_its_size.addStretch(1)
            journal_form.addRow(label, at_its_size)
        journal_buttons = FlowLayout()  # two lines or more in a narrow window
        journal_buttons.addWidget(self.schools_button)
        journal_buttons.addWidget(self.log_button)
        self.thresholds_button = AbsenceThresholdsButton(self, session=session)
        journal_buttons.addWidget(self.thresholds_button)
        journal_buttons.addWidget(ClosedPeriodsButton(self, session=session))
        self.figures_button = QPushButton(objectName="figures_button")
        journal_buttons.addWidget(self.figures_button)
        journal_buttons.addWidget(LeftSchoolButton(self, session=session))
        journal_form.addRow(journal_buttons)
        self.vault_box = QGroupBox(objectName="vault_box")
        self.change_button = QPushButton(objectName="change_passphrase_button")
        self.backup_button = QPushButton(objectName="backup_button")
        self.restore_button = QPushButton(objectName="restore_button")
        self.export_button = QPushButton(objectName="export_everything_button")
        self.vault_note = QLabel(objectName="vault_note")
        self.vault_note.setWordWrap(True)
        # Two rows, the vault's care and what leaves or comes into it: in one row the five
        # were 764 points wide in bokmål, and with the sidebar and a scroll bar the window
        # could no longer be made narrower than a 1024-point screen.
        care, moved = QHBoxLayout(), QHBoxLayout()
        for row, button in (
            (care, self.change_button),
            (care, self.backup_button),
            (care, self.restore_button),
            (moved, self.export_button),
            (moved, ReceiveRecordButton(self, session=session)),
        ):
            row.addWidget(button)
        vault_layout = QVBoxLayout(self.vault_box)
        for row in (care, moved):
            row.addStretch(1)
            vault_layout.addLayout(row)
        vault_layout.addWidget(self.vault_note)

        # The boxes scroll under the heading: all three are 464 points high at the least, and
        # held the window 570 high, taller than a laptop at 125 % has above its task bar.
        boxes = QWidget(objectName="settings_boxes")
        box_layout = QVBoxLayout(boxes)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.general_box)
        box_layout.addWidget(self.journal_box)
        box_layout.addWidget(self.vault_box)
        box_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(FormScroll(boxes, objectName="settings_scroll"), 1)
        guard_wheel(self.language, self.idle_minutes, self.country, self.draft_days)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.language.activated.connect(self._on_language_activated)
        self.idle_minutes.valueChanged.connect(self.idle_minutes_changed)
        self.change_button.clicked.connect(self.change_passphrase_requested)
        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.log_button.clicked.connect(self.access_log_requested)
        self.schools_button.clicked.connect(self._on_schools_clicked)
        self.figures_button.clicked.connect(self._on_figures_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.author_name.editingFinished.connect(self._on_journal_settings_edited)
        self.author_title.editingFinished.connect(self._on_journal_settings_edited)
        self.country.activated.connect(self._on_country_activated)
        self.draft_days.editingFinished.connect(self._on_draft_days_edited)
        self.draft_days.valueChanged.connect(self._say_draft_days)
        # The fields keep the focus while Ctrl+L or the idle lock closes the vault, and lose
        # it (editingFinished) only once it is closed: what was typed is saved before.
        self._session.about_to_lock.connect(self._on_about_to_lock)

    def _say_draft_days(self, days: int) -> None:
        """'1 day', '3 days': the suffix follows the number, as the plural form does."""
        self.draft_days.setSuffix(self.tr(" days", "after a number of days", days))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.general_box.setTitle(self.tr("General"))
        self._language_label.setText(self.tr("&Language:"))
        self._idle_label.setText(self.tr("Lock after &idle minutes:"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.journal_box.setTitle(self.tr("Journal"))
        self._author_label.setText(self.tr("Your &name (signs notes):"))
        self._title_label.setText(self.tr("Your &title:"))
        self._country_label.setText(self.tr("&Country:"))
        self._draft_days_label.setText(self.tr("Show unsigned &drafts on Today after:"))
        self._say_draft_days(self.draft_days.value())
        country = self.country.currentData()
        self.country.clear()
        self.country.addItem(self.tr("Norway"), "no")
        self.country.addItem(self.tr("Sweden"), "se")
        self.country.setCurrentIndex(max(self.country.findData(country), 0))
        self.log_button.setText(self.tr("Access lo&g…"))
        self.schools_button.setText(self.tr("&Schools…"))
        self.figures_button.setText(self.tr("&Yearly figures…"))
        self.export_button.setText(self.tr("E&xport everything…"))
        self.export_button.setToolTip(
            self.tr("The whole vault as open JSON, so your records are never locked in")
        )
        self.vault_box.setTitle(self.tr("The vault"))
        self.change_button.setText(self.tr("Ch&ange passphrase…"))
        self.backup_button.setText(self.tr("&Back up…"))
        self.restore_button.setText(self.tr("Restore from back&up…"))
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
        """No pupil data here; the author's name is the vault's, so it goes too."""
        for field in (self.author_name, self.author_title):
            field.setText("")  # not clear(): that marks the field typed in, as if by the nurse

    def reload(self) -> None:
        vault = self._session.vault
        if vault is None:
            return
        self.freshness.reading()
        shown = settings_shown(vault)
        self.print_privacy.show_choice(shown.prints_private)
        self.skip_reason.show_choice(shown.skips_reason_own_sheet)
        self.thresholds_button.show_thresholds(shown.thresholds)
        current = shown.settings
        self.author_name.setText(current.author_name)
        self.author_title.setText(current.author_title)
        self.country.setCurrentIndex(max(self.country.findData(current.country), 0))
        self.draft_days.setValue(shown.draft_reminder_days)

    def _on_draft_days_edited(self) -> None:
        vault = self._session.vault
        if vault is not None:
            vault_settings.set_draft_reminder_days(vault, self.draft_days.value())

    def _on_schools_clicked(self) -> None:
        vault = self._session.vault
        if vault is not None:
            dialog = SchoolsDialog(self, vault=vault)
            dialog.exec()
            # Its rows' lambdas hold it: not let go, each opening would leave a hidden copy
            # holding the vault.
            dialog.deleteLater()

    def _on_figures_clicked(self) -> None:
        vault = self._session.vault
        if vault is not None:
            from nurse_desk.ui.figures.figures_dialog import FiguresDialog  # loads the charts

            FiguresDialog(self, vault=vault, kept=self._session.kept_absence).exec()

    def _on_export_clicked(self) -> None:
        vault = self._session.vault
        if vault is not None:
            from nurse_desk.ui.figures.export_dialog import export_everything

            export_everything(self, vault)

    def _on_about_to_lock(self) -> None:
        # Typed in since last shown (setText and clear() reset the mark): a page not shown
        # since the unlock holds no name, and must not write its empty fields over the vault's.
        if self.author_name.isModified() or self.author_title.isModified():
            self._on_journal_settings_edited()

    def _on_country_activated(self, *_args) -> None:
        vault = self._session.vault
        if vault is None:
            return
        saved = vault_settings.read_settings(vault).country
        if self.country.currentData() == saved:
            return
        if not confirm_country(self, self.country.currentText()):
            self.country.setCurrentIndex(max(self.country.findData(saved), 0))
            return
        self._on_journal_settings_edited()

    def _on_journal_settings_edited(self, *_args) -> None:
        vault = self._session.vault
        if vault is None:
            return
        vault_settings.save_settings(
            vault,
            vault_settings.VaultSettings(
                self.author_name.text(), self.author_title.text(), self.country.currentData()
            ),
        )
