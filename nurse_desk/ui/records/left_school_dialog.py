"""Settings → Left school…: the retention rule of the vault's country, the pupils who left with
how long ago and whether the record was handed over or deposited, the deposit in the archive
and the removal for good once both the deposit and the retention time allow it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.retention import LONGEST_YEARS, CountedFrom, LeftPupil, RetentionRule
from nurse_desk.services import retention, settings
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.busy import busy_cursor
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.i18n import printout_language
from nurse_desk.ui.journal.wording import day_text, word
from nurse_desk.ui.messages import describe
from nurse_desk.ui.vault_session import VaultSession


class LeftSchoolButton(LanguageAware, QPushButton):
    """The Settings page's "Left school…" button: one line there."""

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent, objectName="left_school_button")
        self._session = session
        self.clicked.connect(self._on_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Left sch&ool…"))
        self.setToolTip(self.tr("Pupils who left: retention, deposit in the archive, removal"))

    def _on_clicked(self) -> None:
        vault = self._session.vault
        if vault is not None:
            LeftSchoolDialog(self, vault=vault).exec()


class LeftSchoolDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, vault: Vault) -> None:
        super().__init__(parent, objectName="left_school_dialog")
        self._vault = vault
        self._country = settings.read_settings(vault).country
        self._pupils: list[LeftPupil] = []
        self.setWindowTitle(self.tr("Left school"))
        self.keep = QCheckBox(self.tr("&Keep the records (never remove)"), objectName="keep")
        self.years = QSpinBox(objectName="retention_years")
        self.years.setRange(1, LONGEST_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.counted_from = QComboBox(objectName="retention_counted_from")
        for counted in CountedFrom:
            self.counted_from.addItem(word(counted), counted)
        note = QLabel(
            self.tr(
                "The rule for this vault's country. Check your municipality's rule and the "
                "archive's: Nurse Desk cannot know it. A pupil is removed only after the record "
                "was deposited in the archive and the time has passed."
            )
        )
        note.setWordWrap(True)
        self.table = self._make_table()
        self.deposit_button = QPushButton(self.tr("&Deposit in the archive…"))
        self.remove_button = QPushButton(self.tr("&Remove for good…"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self._lay_out(note, close)
        self._show_rule()
        self.keep.toggled.connect(self._on_rule_changed)
        self.years.valueChanged.connect(self._on_rule_changed)
        self.counted_from.activated.connect(self._on_rule_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.deposit_button.clicked.connect(self._on_deposit)
        self.remove_button.clicked.connect(self._on_remove)
        self.reload()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 7, objectName="left_pupils")
        table.setHorizontalHeaderLabels(
            [
                self.tr("Pupil"),
                self.tr("School"),
                self.tr("Left"),
                self.tr("Gone for"),
                self.tr("Handed over"),
                self.tr("Deposited"),
                self.tr("Removable from"),
            ]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        return table

    def _lay_out(self, note: QLabel, close: QDialogButtonBox) -> None:
        rule = QHBoxLayout()
        rule.addWidget(QLabel(self.tr("Keep a record for")))
        rule.addWidget(self.years)
        rule.addWidget(self.counted_from)
        rule.addWidget(self.keep)
        rule.addStretch(1)
        acts = QHBoxLayout()
        acts.addWidget(self.deposit_button)
        acts.addWidget(self.remove_button)
        acts.addStretch(1)
        acts.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(rule)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(acts)
        self.resize(self.fontMetrics().averageCharWidth() * 120, 420)

    def _show_rule(self) -> None:
        kept = retention.retention_rule(self._vault, self._country)
        for widget in (self.keep, self.years, self.counted_from):
            widget.blockSignals(True)
        self.keep.setChecked(kept.years is None)
        self.years.setValue(kept.years or 10)
        self.counted_from.setCurrentIndex(self.counted_from.findData(kept.counted_from))
        self.years.setEnabled(kept.years is not None)
        self.counted_from.setEnabled(kept.years is not None)
        for widget in (self.keep, self.years, self.counted_from):
            widget.blockSignals(False)

    def _on_rule_changed(self, *_args) -> None:
        years = None if self.keep.isChecked() else self.years.value()
        kept = RetentionRule(years, CountedFrom(self.counted_from.currentData()))
        retention.save_retention_rule(self._vault, self._country, kept)
        self._show_rule()
        self.reload()

    def reload(self) -> None:
        self._pupils = retention.left_school(self._vault)
        today = date.today()
        self.table.setRowCount(len(self._pupils))
        for row, pupil in enumerate(self._pupils):
            cells = (
                pupil.name,
                f"{pupil.school} {pupil.class_name}".strip(),
                _day(pupil.left_on),
                self._gone_for(pupil.left_on, today),
                _day(pupil.handed_over_on),
                _day(pupil.archived_on),
                _day(pupil.removable_from) if pupil.removable_from else self.tr("kept"),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, pupil.pupil_id)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _gone_for(self, left_on: date | None, today: date) -> str:
        if left_on is None:
            return "–"
        months = (today.year - left_on.year) * 12 + today.month - left_on.month
        if months >= 24:
            return self.tr("%n years", "", months // 12)
        return self.tr("%n months", "", max(months, 0))

    def _chosen(self) -> LeftPupil | None:
        rows = self.table.selectionModel().selectedRows()
        return self._pupils[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        self.deposit_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and chosen.can_be_removed(date.today()))

    def _on_deposit(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Deposit in the archive"))
        if not folder:
            return
        try:
            with busy_cursor():
                pdf, plain = retention.deposit(
                    self._vault, chosen.pupil_id, Path(folder), language=printout_language()
                )
        except (NurseDeskError, OSError) as error:
            QMessageBox.warning(self, self.tr("Deposit in the archive"), describe(error))
            return
        QMessageBox.information(
            self,
            self.tr("Deposit in the archive"),
            placed(
                self.tr(
                    "The record was written as %1 and %2. They are not encrypted: hand them to "
                    "the archive the way it asks, then delete them here."
                ),
                pdf.name,
                plain.name,
            ),
        )
        self.reload()

    def _on_remove(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Remove for good"),
            placed(
                self.tr(
                    "Remove %1 and the whole record from this vault for good? This cannot be "
                    "undone. The access log keeps one line saying the record was removed."
                ),
                chosen.name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with busy_cursor():
                retention.remove_for_good(self._vault, chosen.pupil_id)
        except NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Remove for good"), describe(error))
        self.reload()


def _day(day: date | None) -> str:
    return day_text(day) if day is not None else "–"
