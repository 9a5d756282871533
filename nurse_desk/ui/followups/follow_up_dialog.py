"""Planning or editing a follow-up: for whom, what, when (and how often), who does it.

No pupil is chosen for the nurse: the list starts empty unless the dialog was opened from a
pupil's page (or edits a follow-up), so a follow-up never lands on the first name by accident.
What the nurse typed when the vault locks is kept, and back when she plans a follow-up for the
same pupil again, or edits the same follow-up (kept_over_lock.py)."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors, text_lengths
from nurse_desk.domain.follow_up_list import FollowUpLine
from nurse_desk.domain.follow_ups import MAX_DESCRIPTION, FollowUpKind, NewFollowUp
from nurse_desk.domain.recurrence import Frequency, Recurrence, parse_rule
from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.services.follow_up_work import validated
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.closing import AsksBeforeClosing, CloseQuestion
from nurse_desk.ui.common.date_fields import DateField, TimeField, dates_read
from nurse_desk.ui.common.kept_over_lock import KeptOverLock, PendingPlace, for_pupil
from nurse_desk.ui.common.pupil_choice import choose_typed_pupil
from nurse_desk.ui.followups.wording import flags_text, follow_up_word
from nurse_desk.ui.messages import describe

# (frequency, interval) for each choice of the repeat combo; None = once.
_REPEATS: tuple[tuple[Frequency, int] | None, ...] = (
    None,
    (Frequency.WEEKLY, 1),
    (Frequency.WEEKLY, 2),
    (Frequency.WEEKLY, 3),
    (Frequency.WEEKLY, 4),
    (Frequency.MONTHLY, 1),
)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FollowUpDialog(KeptOverLock, AsksBeforeClosing, QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        pupils: list[tuple[int, str]],
        calendar: SchoolCalendar,
        today: date,
        existing: FollowUpLine | None = None,
        pupil_id: int | None = None,
        place: PendingPlace | None = None,
    ) -> None:
        """`pupil_id`: the pupil whose page the dialog was opened from, chosen already.
        `place`: where the lock keeps what was typed (for a new one, `for_pupil`)."""
        super().__init__(parent, objectName="follow_up_dialog")
        self._calendar = calendar
        self._is_new = existing is None
        self.setWindowTitle(self.tr("Edit follow-up") if existing else self.tr("Plan follow-up"))
        self.lock_words = self.tr("A follow-up")
        self.pupil = QComboBox(objectName="follow_up_pupil")
        self.pupil.setEditable(True)
        self.pupil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.pupil.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.pupil.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for choice_id, label in pupils:
            self.pupil.addItem(label, choice_id)
        self.pupil.setCurrentIndex(self.pupil.findData(pupil_id) if pupil_id is not None else -1)
        self.pupil.lineEdit().setPlaceholderText(self.tr("Type part of a name or class…"))
        self.pupil.setEnabled(pupil_id is None and existing is None)
        self.kind = QComboBox(objectName="follow_up_kind")
        for kind in FollowUpKind:
            self.kind.addItem(follow_up_word(kind), kind.value)
        self.due = DateField(qdate(today), objectName="follow_up_due", calendarPopup=True)
        self.timed = QCheckBox(self.tr("at"), objectName="follow_up_timed")
        self.time = TimeField(QTime(9, 0), objectName="follow_up_time")
        self.day_flags = QLabel(objectName="follow_up_day_flags")
        self.day_flags.setStyleSheet("color: #b00020;")
        self.description = QLineEdit(objectName="follow_up_description")
        cap(self.description, MAX_DESCRIPTION)
        self.description.setPlaceholderText(self.tr("What to do, in a few words"))
        self.responsible = cap(QLineEdit(objectName="follow_up_responsible"), text_lengths.NAME)
        self.repeat = QComboBox(objectName="follow_up_repeat")
        for text in (
            self.tr("Once"),
            self.tr("Every week"),
            self.tr("Every 2 weeks"),
            self.tr("Every 3 weeks"),
            self.tr("Every 4 weeks"),
            self.tr("Every month"),
        ):
            self.repeat.addItem(text)
        self.until_choice = QRadioButton(self.tr("until"), objectName="follow_up_until_choice")
        eight_weeks = qdate(today).addDays(56)
        self.until = DateField(eight_weeks, objectName="follow_up_until", calendarPopup=True)
        self.count_choice = QRadioButton(self.tr("times:"), objectName="follow_up_count_choice")
        self.count = QSpinBox(objectName="follow_up_count", minimum=1, maximum=200, value=4)
        self.until_choice.setChecked(True)
        self.problem = QLabel(objectName="follow_up_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._layout()
        if existing is not None:
            self._show(existing)
        self._connect()
        self._on_due_changed()
        self._on_repeat_changed()
        self._as_opened = self._typed()
        self.bring_back(place)

    def _layout(self) -> None:
        when = QHBoxLayout()
        when.addWidget(self.due)
        when.addWidget(self.timed)
        when.addWidget(self.time)
        when.addStretch(1)
        ends = QHBoxLayout()
        ends.addWidget(self.until_choice)
        ends.addWidget(self.until)
        ends.addWidget(self.count_choice)
        ends.addWidget(self.count)
        ends.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Pupil:"), self.pupil)
        form.addRow(self.tr("&What:"), self.kind)
        due_label = QLabel(self.tr("&Due:"))
        due_label.setBuddy(self.due)
        form.addRow(due_label, when)
        form.addRow("", self.day_flags)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow("", ends)
        form.addRow(self.tr("D&etails:"), self.description)
        form.addRow(self.tr("Re&sponsible:"), self.responsible)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.request_close)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.due.dateChanged.connect(self._on_due_changed)
        self.timed.toggled.connect(self.time.setEnabled)
        self.repeat.currentIndexChanged.connect(self._on_repeat_changed)
        self.until_choice.toggled.connect(self._on_repeat_changed)
        self.time.setEnabled(self.timed.isChecked())
        # The nurse's own choice only: a pupil set from code never pulls words from the vault.
        self.pupil.activated.connect(lambda *_: self.bring_back_for_pupil(self._chosen_pupil()))

    def _show(self, line: FollowUpLine) -> None:
        self.pupil.setCurrentIndex(max(self.pupil.findData(line.pupil_id), 0))
        self.kind.setCurrentIndex(self.kind.findData(line.kind.value))
        self.due.setDate(qdate(line.due_on))
        if line.due_time is not None:
            self.timed.setChecked(True)
            self.time.setTime(QTime(line.due_time.hour, line.due_time.minute))
        self.description.setText(line.description)
        self.responsible.setText(line.responsible)
        if line.recurrence:
            rule = parse_rule(line.recurrence)
            choice = (rule.frequency, rule.interval)
            self.repeat.setCurrentIndex(_REPEATS.index(choice) if choice in _REPEATS else 1)
            if rule.until is not None:
                self.until.setDate(qdate(rule.until))
            if rule.count is not None:
                self.count_choice.setChecked(True)
                self.count.setValue(rule.count)

    def _on_due_changed(self, *_args) -> None:
        day = self.due.date().toPython()
        period = self._calendar.closed_period(day)
        reason = self._calendar.holiday_name(day) or (period.name if period else "")
        self.day_flags.setText(flags_text(self._calendar.flags(day), reason))
        if self.until.date() < self.due.date():
            self.until.setDate(self.due.date())

    def _on_repeat_changed(self, *_args) -> None:
        repeating = self.repeat.currentIndex() > 0
        for widget in (self.until_choice, self.count_choice):
            widget.setEnabled(repeating)
        self.until.setEnabled(repeating and self.until_choice.isChecked())
        self.count.setEnabled(repeating and self.count_choice.isChecked())

    def follow_up(self) -> NewFollowUp:
        repeat = _REPEATS[self.repeat.currentIndex()]
        rule = ""
        if repeat is not None:
            frequency, interval = repeat
            if self.until_choice.isChecked():
                recurrence = Recurrence(frequency, interval, until=self.until.date().toPython())
            else:
                recurrence = Recurrence(frequency, interval, count=self.count.value())
            rule = recurrence.to_rule()
        due_time: time | None = self.time.time().toPython() if self.timed.isChecked() else None
        return NewFollowUp(
            pupil_id=int(self.pupil.currentData() or 0),
            kind=FollowUpKind(self.kind.currentData()),
            due_on=self.due.date().toPython(),
            description=self.description.text().strip(),
            due_time=due_time,
            responsible=self.responsible.text().strip(),
            recurrence=rule,
        )

    # -- closing -----------------------------------------------------------------------
    def _typed(self) -> tuple[str, str]:
        return self.description.text(), self.responsible.text()

    def has_unsaved_words(self) -> bool:
        return self._typed() != self._as_opened

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr("Save this follow-up? Discard throws away what you wrote."),
            self.tr("&Save"),
            self.tr("&Discard"),
        )

    def keep_and_close(self) -> None:
        self.accept()  # stays open, saying what is missing, if it cannot be saved

    # -- over a lock -------------------------------------------------------------------
    def _chosen_pupil(self) -> int | None:
        """The pupil whose name stands in the list, if it is one of its names."""
        index = self.pupil.findText(self.pupil.currentText().strip())
        return int(self.pupil.itemData(index)) if index >= 0 else None

    def kept_place(self) -> PendingPlace | None:
        place = self._pending_place
        return for_pupil(place, self._chosen_pupil()) if self._is_new else place

    def typed_values(self) -> dict[str, Any]:
        """Everything but the pupil, who is in the place it is kept under."""
        return {
            "kind": self.kind.currentData(),
            "due": self.due.date().toPython().isoformat(),
            "timed": self.timed.isChecked(),
            "time": self.time.time().toString("HH:mm"),
            "description": self.description.text(),
            "responsible": self.responsible.text(),
            "repeat": self.repeat.currentIndex(),
            "by_count": self.count_choice.isChecked(),
            "until": self.until.date().toPython().isoformat(),
            "count": self.count.value(),
        }

    def restore_typed(self, values: dict[str, Any]) -> None:
        kind = self.kind.findData(values.get("kind"))
        if kind >= 0:
            self.kind.setCurrentIndex(kind)
        due = QDate.fromString(str(values.get("due", "")), Qt.DateFormat.ISODate)
        if due.isValid():
            self.due.setDate(due)
        self.timed.setChecked(bool(values.get("timed", False)))
        at = QTime.fromString(str(values.get("time", "")), "HH:mm")
        if at.isValid():
            self.time.setTime(at)
        self.description.setText(str(values.get("description", "")))
        self.responsible.setText(str(values.get("responsible", "")))
        repeat = int(values.get("repeat", 0))
        self.repeat.setCurrentIndex(repeat if 0 <= repeat < len(_REPEATS) else 0)
        until = QDate.fromString(str(values.get("until", "")), Qt.DateFormat.ISODate)
        if until.isValid():
            self.until.setDate(until)
        by_count = bool(values.get("by_count", False))
        (self.count_choice if by_count else self.until_choice).setChecked(True)
        self.count.setValue(int(values.get("count", self.count.value())))

    def show_brought_back(self, text: str) -> None:
        self.problem.setText(text)

    def accept(self) -> None:
        if not dates_read(self):  # a typed date that cannot be read says so at its field
            return
        if not choose_typed_pupil(self.pupil):
            if self.pupil.currentText().strip():
                self.problem.setText(self.tr("Choose a pupil from the list."))
            else:
                self.problem.setText(self.tr("Choose the pupil: type part of a name or class."))
            self.pupil.setFocus()
            return
        try:
            validated(self.follow_up())
        except errors.NurseDeskError as error:
            self.problem.setText(describe(error))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        pupils: list[tuple[int, str]],
        calendar: SchoolCalendar,
        today: date,
        existing: FollowUpLine | None = None,
        pupil_id: int | None = None,
        place: PendingPlace | None = None,
    ) -> NewFollowUp | None:
        dialog = cls(
            parent,
            pupils=pupils,
            calendar=calendar,
            today=today,
            existing=existing,
            pupil_id=pupil_id,
            place=place,
        )
        chosen = dialog.follow_up() if dialog.exec() == QDialog.DialogCode.Accepted else None
        # The pupil list's lambda holds it: not let go, it would stay a hidden child of the
        # page, every pupil's name in its list, past the lock.
        dialog.deleteLater()
        return chosen
