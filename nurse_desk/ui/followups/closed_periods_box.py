"""Settings: the school's breaks (autumn, Christmas, winter, Easter), so follow-ups due while the
school is shut are flagged. Public holidays come from the country chosen above."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.school_calendar import MAX_PERIOD_NAME, ClosedPeriod
from nurse_desk.services import school_calendar
from nurse_desk.ui.common.attempt import attempt
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.date_fields import DateField, dates_read
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.followups.follow_up_dialog import qdate
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.messages import describe
from nurse_desk.ui.vault_session import VaultSession

PERIOD_ROLE = Qt.ItemDataRole.UserRole + 1


class ClosedPeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None, period: ClosedPeriod | None) -> None:
        super().__init__(parent, objectName="closed_period_dialog")
        self.setWindowTitle(self.tr("School break"))
        self._id = period.id if period else 0
        today = date.today()
        self.name = QLineEdit(period.name if period else "", objectName="period_name")
        cap(self.name, MAX_PERIOD_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Autumn break"))
        first = period.first_day if period else today
        last = period.last_day if period else today + timedelta(days=4)
        self.first = DateField(qdate(first), objectName="period_first", calendarPopup=True)
        self.last = DateField(qdate(last), objectName="period_last", calendarPopup=True)
        self.problem = QLabel(objectName="period_problem")
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&First day:"), self.first)
        form.addRow(self.tr("&Last day:"), self.last)
        form.addRow(self.problem)
        form.addRow(buttons)

    def period(self) -> ClosedPeriod:
        return ClosedPeriod(
            self._id,
            self.name.text().strip(),
            self.first.date().toPython(),
            self.last.date().toPython(),
        )

    def accept(self) -> None:
        if not dates_read(self):  # a typed date that cannot be read says so at its field
            return
        try:
            self.period().check()
        except errors.NurseDeskError as error:
            self.problem.setText(describe(error))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, period: ClosedPeriod | None = None) -> ClosedPeriod | None:
        dialog = cls(parent, period)
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ClosedPeriodsButton(LanguageAware, QPushButton):
    """The Settings page's "School breaks…" button: one line there."""

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent, objectName="school_breaks_button")
        self._session = session
        self.clicked.connect(self._on_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("School brea&ks…"))
        self.setToolTip(
            self.tr("Autumn, Christmas, winter and Easter breaks: due dates in them are flagged")
        )

    def _on_clicked(self) -> None:
        if self._session.vault is not None:
            ClosedPeriodsDialog(self, session=self._session).exec()


class ClosedPeriodsDialog(LanguageAware, QDialog):
    """The breaks, with add, change and remove."""

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent, objectName="closed_periods_dialog")
        self._session = session
        self.periods = QListWidget(objectName="closed_periods")
        self.periods.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.add_button = QPushButton(objectName="add_period_button")
        self.edit_button = QPushButton(objectName="edit_period_button")
        self.remove_button = QPushButton(objectName="remove_period_button")
        self.note = QLabel(objectName="closed_periods_note")
        self.note.setWordWrap(True)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.periods, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(row)
        layout.addWidget(close)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.periods.itemActivated.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.retranslate_ui()
        self.reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("School breaks"))
        self.note.setText(
            self.tr(
                "Follow-ups due on a weekend, a public holiday or in a break are flagged in "
                "the agenda. Enter the school's breaks here."
            )
        )
        self.add_button.setText(self.tr("&Add break…"))
        self.edit_button.setText(self.tr("Change…"))
        self.remove_button.setText(self.tr("Remove"))

    def reload(self) -> None:
        self.periods.clear()
        vault = self._session.vault
        if vault is None:
            return
        for period in school_calendar.closed_periods(vault):
            text = f"{period.name}: {day_text(period.first_day)} – {day_text(period.last_day)}"
            item = QListWidgetItem(text)
            item.setData(PERIOD_ROLE, period)
            self.periods.addItem(item)

    def _current(self) -> ClosedPeriod | None:
        item = self.periods.currentItem()
        return item.data(PERIOD_ROLE) if item is not None else None

    def _save(self, period: ClosedPeriod | None) -> None:
        vault = self._session.vault
        if vault is None or period is None:
            return
        attempt(
            self,
            self.tr("School breaks"),
            lambda: school_calendar.save_closed_period(vault, period),
        )
        self.reload()

    def _on_add_clicked(self) -> None:
        self._save(ClosedPeriodDialog.ask(self))

    def _on_edit_clicked(self, *_args) -> None:
        current = self._current()
        if current is not None:
            self._save(ClosedPeriodDialog.ask(self, current))

    def _on_remove_clicked(self) -> None:
        vault, current = self._session.vault, self._current()
        if vault is None or current is None:
            return
        answer = QMessageBox.question(self, self.tr("School breaks"), self.tr("Remove this break?"))
        if answer == QMessageBox.StandardButton.Yes:
            school_calendar.delete_closed_period(vault, current.id)
            self.reload()
