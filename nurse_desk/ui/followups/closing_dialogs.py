"""Closing a follow-up: done (with a short outcome, and a note if wanted) or moved (snoozed).

Done with no outcome asks first: the outcome is what the next reader of the follow-up sees."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.services.follow_up_work import MAX_OUTCOME
from nurse_desk.ui.common.closing import AsksBeforeClosing, CloseQuestion
from nurse_desk.ui.common.date_fields import DateField, dates_read
from nurse_desk.ui.common.kept_over_lock import KeptOverLock, PendingPlace
from nurse_desk.ui.common.length_count import LengthCount
from nurse_desk.ui.followups.follow_up_dialog import qdate
from nurse_desk.ui.followups.wording import flags_text


@dataclass(frozen=True, slots=True)
class Completion:
    outcome: str
    write_note: bool


class CompleteDialog(KeptOverLock, AsksBeforeClosing, QDialog):
    """The outcome typed when the vault locks is kept, and back when this follow-up is marked
    done again (kept_over_lock.py)."""

    def __init__(
        self, parent: QWidget | None, *, what: str, place: PendingPlace | None = None
    ) -> None:
        super().__init__(parent, objectName="complete_dialog")
        self.setWindowTitle(self.tr("Mark as done"))
        self.lock_words = self.tr("The outcome of a follow-up")
        heading = QLabel(what, objectName="complete_what")
        heading.setStyleSheet("font-weight: 600;")
        heading.setWordWrap(True)
        caption = QLabel(self.tr("&Outcome, in a sentence or two:"))
        self.outcome = QPlainTextEdit(objectName="complete_outcome")
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(90)
        caption.setBuddy(self.outcome)
        self.count = LengthCount(self.outcome, MAX_OUTCOME, objectName="complete_outcome_count")
        self.write_note = QCheckBox(
            self.tr("Write a journal &note about it now (saved as a draft)"),
            objectName="complete_write_note",
        )
        self.problem = QLabel(objectName="complete_problem")
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        done = buttons.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(self.tr("&Done"))
        done.setObjectName("complete_done")
        done.setToolTip(self.tr("Ctrl+Enter"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.request_close)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        layout = QVBoxLayout(self)
        widgets = (heading, caption, self.outcome, self.count, self.write_note, self.problem)
        for widget in (*widgets, buttons):
            layout.addWidget(widget)
        self.resize(480, self.sizeHint().height())
        self.outcome.setFocus()
        self.bring_back(place)

    def accept(self) -> None:
        if len(self.outcome.toPlainText()) > MAX_OUTCOME:
            self.problem.setText(
                self.tr("The outcome is too long: at most %1 characters.").replace(
                    "%1", str(MAX_OUTCOME)
                )
            )
            return
        if not self.outcome.toPlainText().strip() and not self._done_without_outcome():
            self.outcome.setFocus()
            return
        super().accept()

    def _done_without_outcome(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr(
                "No outcome is written. Mark as done without one? The next reader will not "
                "see what came of it."
            ),
            parent=self,
        )
        box.setObjectName("empty_outcome_question")
        done = box.addButton(self.tr("Done &without outcome"), QMessageBox.ButtonRole.AcceptRole)
        done.setObjectName("empty_outcome_done")
        write = box.addButton(self.tr("&Write the outcome"), QMessageBox.ButtonRole.RejectRole)
        write.setObjectName("empty_outcome_write")
        box.setDefaultButton(write)
        box.setEscapeButton(write)
        box.exec()
        chosen = box.clickedButton() is done
        box.deleteLater()
        return chosen

    # -- closing -----------------------------------------------------------------------
    def has_unsaved_words(self) -> bool:
        return bool(self.outcome.toPlainText().strip())

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr("Mark as done with the outcome you wrote? Discard throws it away."),
            self.tr("&Done"),
            self.tr("D&iscard"),
        )

    def keep_and_close(self) -> None:
        self.accept()

    def typed_values(self) -> dict[str, Any]:
        return {"outcome": self.outcome.toPlainText(), "write_note": self.write_note.isChecked()}

    def restore_typed(self, values: dict[str, Any]) -> None:
        self.outcome.setPlainText(str(values.get("outcome", "")))
        self.write_note.setChecked(bool(values.get("write_note", False)))

    def show_brought_back(self, text: str) -> None:
        self.problem.setText(text)

    def completion(self) -> Completion:
        return Completion(self.outcome.toPlainText().strip(), self.write_note.isChecked())

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, what: str, place: PendingPlace | None = None
    ) -> Completion | None:
        dialog = cls(parent, what=what, place=place)
        return dialog.completion() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SnoozeDialog(QDialog):
    """Moves a follow-up; suggests the next school day after tomorrow, or a week on."""

    def __init__(
        self, parent: QWidget | None, *, what: str, today: date, calendar: SchoolCalendar
    ) -> None:
        super().__init__(parent, objectName="snooze_dialog")
        self._calendar = calendar
        self.setWindowTitle(self.tr("Move to another day"))
        heading = QLabel(what)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        tomorrow = calendar.next_school_day(today + timedelta(days=1))
        next_week = calendar.next_school_day(today + timedelta(days=7))
        self.day = DateField(qdate(tomorrow), objectName="snooze_day", calendarPopup=True)
        self.day.setMinimumDate(qdate(today))
        self.tomorrow_button = QPushButton(self.tr("Next school day"), objectName="snooze_next")
        self.week_button = QPushButton(self.tr("In a week"), objectName="snooze_week")
        self.tomorrow_button.clicked.connect(lambda: self.day.setDate(qdate(tomorrow)))
        self.week_button.clicked.connect(lambda: self.day.setDate(qdate(next_week)))
        self.flags = QLabel(objectName="snooze_flags")
        self.flags.setStyleSheet("color: #b00020;")
        self.day.dateChanged.connect(self._on_day_changed)
        row = QHBoxLayout()
        for widget in (self.day, self.tomorrow_button, self.week_button):
            row.addWidget(widget)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.flags)
        layout.addWidget(buttons)
        self._on_day_changed()

    def accept(self) -> None:
        if dates_read(self):  # a typed date that cannot be read says so at its field
            super().accept()

    def _on_day_changed(self, *_args) -> None:
        day = self.day.date().toPython()
        self.flags.setText(flags_text(self._calendar.flags(day), self._calendar.holiday_name(day)))

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, what: str, today: date, calendar: SchoolCalendar
    ) -> date | None:
        dialog = cls(parent, what=what, today=today, calendar=calendar)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        # Its buttons' lambdas hold it: not let go, it would stay a hidden child of the page.
        dialog.deleteLater()
        return dialog.day.date().toPython() if accepted else None
