"""After the visit: walk the plan point by point, note the answers, agree the follow-ups.
Saving makes the journal note (a draft to sign) and the follow-ups in one go, and marks the visit
documented for good: so saving is a deliberate act (the Save button, Ctrl+S or Ctrl+Enter), never
an Enter pressed in a table, and closing with something filled in asks first. A save the vault
refuses (a full disk, a consent withdrawn meanwhile) is said in the dialog, which stays open with
what was written. The lock keeps what
was filled in (in the vault), and documenting the same visit again brings it back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.home_visits import (
    AgreedFollowUp,
    Answer,
    Observation,
    VisitDocumentation,
    VisitRecord,
)
from nurse_desk.domain.journal import MAX_SHORT
from nurse_desk.ui.common.attempt import attempt_here
from nurse_desk.ui.common.closing import AsksBeforeClosing, CloseQuestion
from nurse_desk.ui.common.date_fields import DateField, dates_read
from nurse_desk.ui.common.kept_over_lock import KeptOverLock, PendingPlace
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.limited_cells import limit_cells
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed

_AS_ADDED = "date_as_added"  # a follow-up date editor's property: the date its row began with


def _plain_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    )


class _EnterEditsTable(QTableWidget):
    """Enter on a cell that is not being edited starts editing it (or the row's note, when the
    cell itself cannot be written in) instead of reaching the dialog."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _plain_enter(event) and self.state() != self.State.EditingState:
            event.accept()
            self._edit_current_row()
            return
        super().keyPressEvent(event)

    def _edit_current_row(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        item = self.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.setCurrentCell(row, self.columnCount() - 1)
            item = self.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.editItem(item)

    def commit_open_editor(self) -> None:
        """A cell still being edited is not in the table yet: moving away commits it."""
        if self.state() == self.State.EditingState:
            current = self.currentIndex()
            self.setCurrentIndex(QModelIndex())
            self.setCurrentIndex(current)


def _table(name: str, columns: int) -> _EnterEditsTable:
    table = _EnterEditsTable(0, columns, objectName=name)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class DocumentationDialog(KeptOverLock, AsksBeforeClosing, LanguageAware, QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        visit: VisitRecord,
        today: date,
        place: PendingPlace | None = None,
        save: Callable[[VisitDocumentation], Any] | None = None,
    ) -> None:
        super().__init__(parent, objectName="documentation_dialog")
        self._visit, self._today, self._save = visit, today, save
        plan = visit.plan
        resize_to_fit(self, 820, 720)  # a 1024 x 700 screen shows its buttons
        self.observations = _table("documentation_observations", 2)
        for point in plan.observation_points:
            row = self.observations.rowCount()
            self.observations.insertRow(row)
            item = _read_only(point)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.observations.setItem(row, 0, item)
            self.observations.setItem(row, 1, QTableWidgetItem())
        self.answers = _table("documentation_answers", 2)
        for question in plan.questions:
            row = self.answers.rowCount()
            self.answers.insertRow(row)
            self.answers.setItem(row, 0, _read_only(question))
            self.answers.setItem(row, 1, QTableWidgetItem())
        self.summary = QPlainTextEdit(objectName="documentation_summary")
        self.summary.setMaximumHeight(90)
        self.summary.setTabChangesFocus(True)
        self.follow_ups = _table("documentation_follow_ups", 2)
        self.follow_ups.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.follow_ups.setColumnWidth(0, 140)
        limit_cells(self.follow_ups, {1: MAX_SHORT})
        self.add_button = QPushButton(objectName="add_follow_up_button")
        self.remove_button = QPushButton(objectName="remove_follow_up_button")
        self.explanation = QLabel(objectName="documentation_explanation", wordWrap=True)
        self.problem = QLabel(objectName="documentation_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._labels = [QLabel() for _ in range(4)]
        follow_buttons = QHBoxLayout()
        follow_buttons.addWidget(self.add_button)
        follow_buttons.addWidget(self.remove_button)
        follow_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        for label, widget in zip(
            self._labels,
            (self.observations, self.answers, self.summary, self.follow_ups),
            strict=True,
        ):
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, 1)
        layout.addLayout(follow_buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for button in (*self.buttons.buttons(), self.add_button, self.remove_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.keep_and_close)
        self.buttons.rejected.connect(self.request_close)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(keys), self, activated=self.keep_and_close)
        self.add_button.clicked.connect(lambda: self.add_follow_up(None))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._as_opened = self.documentation()
        self.retranslate_ui()
        self.bring_back(place)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box makes Save the default as it is shown; here nothing is the default.
        for button in self.findChildren(QPushButton):
            button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # No button is the default: an Enter that no field took saves nothing.
        if _plain_enter(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(placed(self.tr("Document the visit: %1"), self._visit.pupil_name))
        self.explanation.setText(
            self.tr(
                "Saving writes a journal note of kind home visit (a draft for you to read and "
                "sign on the pupil's page), adds the agreed follow-ups, and marks the visit "
                "documented."
            )
        )
        texts = (
            self.tr("&Observation points: tick what you saw, with a note"),
            self.tr("A&nswers to the questions"),
            self.tr("Your &summary and assessment"),
            self.tr("Agreed &follow-ups (date and what)"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.observations.setHorizontalHeaderLabels([self.tr("Point"), self.tr("Note")])
        self.answers.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self.follow_ups.setHorizontalHeaderLabels([self.tr("Date"), self.tr("What")])
        self.lock_words = self.tr("A visit documentation")
        self.add_button.setText(self.tr("&Add follow-up"))
        self.remove_button.setText(self.tr("Remo&ve follow-up"))

    def add_follow_up(self, follow_up: AgreedFollowUp | None) -> None:
        row = self.follow_ups.rowCount()
        self.follow_ups.insertRow(row)
        due = follow_up.due_on if follow_up else self._today + timedelta(days=14)
        editor = DateField(QDate(due.year, due.month, due.day), calendarPopup=True)
        editor.setObjectName(f"follow_up_date_{row}")
        editor.setProperty(_AS_ADDED, editor.date())
        self.follow_ups.setCellWidget(row, 0, editor)
        self.follow_ups.setItem(row, 1, QTableWidgetItem(follow_up.what if follow_up else ""))
        if follow_up is None:
            self.follow_ups.setCurrentCell(row, 1)
            self.follow_ups.editItem(self.follow_ups.item(row, 1))

    def _on_remove_clicked(self) -> None:
        row = self.follow_ups.currentRow()
        if row >= 0:
            self.follow_ups.removeRow(row)

    # -- closing -----------------------------------------------------------------------
    def _commit_open_editors(self) -> None:
        for table in (self.observations, self.answers, self.follow_ups):
            table.commit_open_editor()

    def has_unsaved_words(self) -> bool:
        self._commit_open_editors()
        return self.documentation() != self._as_opened or self._dated_without_what() is not None

    def _dated_without_what(self) -> int | None:
        """The first agreed follow-up row whose date was changed but that says nothing under
        What: documentation() leaves such a row out, so it is said instead of dropped. A row
        left as added is no follow-up, and no problem."""
        for row in range(self.follow_ups.rowCount()):
            editor = self.follow_ups.cellWidget(row, 0)
            if not self.follow_ups.item(row, 1).text().strip() and (
                editor.holds_unread_text() or editor.date() != editor.property(_AS_ADDED)
            ):
                return row
        return None

    def _said_dated_without_what(self) -> bool:
        row = self._dated_without_what()
        if row is None:
            return False
        words = self.tr(
            "Row %1 of the agreed follow-ups has a date but nothing under What: write what "
            "was agreed, or remove the row."
        )
        self.problem.setText(placed(words, row + 1))
        self.problem.show()
        self.follow_ups.setCurrentCell(row, 1)
        self.follow_ups.setFocus()
        return True

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr(
                "Save the documentation now? Saving marks the visit documented. Discard throws "
                "away what you filled in."
            ),
            self.tr("&Save"),
            self.tr("&Discard"),
        )

    def keep_and_close(self) -> None:
        """Saves through `save` first; a refusal keeps the dialog open and says why."""
        self._commit_open_editors()
        if not dates_read(self):  # a typed date that cannot be read says so at its field
            return
        if self._said_dated_without_what():
            return
        self.problem.hide()
        save = self._save
        if save is not None and not attempt_here(self.problem, lambda: save(self.documentation())):
            return
        self.accept()

    def documentation(self) -> VisitDocumentation:
        observations = tuple(
            Observation(
                self.observations.item(row, 0).text(),
                self.observations.item(row, 0).checkState() == Qt.CheckState.Checked,
                self.observations.item(row, 1).text().strip(),
            )
            for row in range(self.observations.rowCount())
        )
        answers = tuple(
            Answer(self.answers.item(row, 0).text(), self.answers.item(row, 1).text().strip())
            for row in range(self.answers.rowCount())
        )
        follow_ups = tuple(
            AgreedFollowUp(
                self.follow_ups.cellWidget(row, 0).date().toPython(),
                self.follow_ups.item(row, 1).text().strip(),
            )
            for row in range(self.follow_ups.rowCount())
            if self.follow_ups.item(row, 1).text().strip()
        )
        return VisitDocumentation(
            observations, answers, self.summary.toPlainText().strip(), follow_ups
        )

    # -- kept over the lock ------------------------------------------------------------
    def typed_values(self) -> dict[str, Any]:
        self._commit_open_editors()
        typed = self.documentation()
        return {
            "observed": [o.observed for o in typed.observations],
            "notes": [o.note for o in typed.observations],
            "answers": [a.answer for a in typed.answers],
            "summary": typed.summary,
            "follow_ups": [[f.due_on.isoformat(), f.what] for f in typed.follow_ups],
        }

    def restore_typed(self, values: dict[str, Any]) -> None:
        """Row by row as kept; the plan a visit is documented against does not change."""
        checked, unchecked = Qt.CheckState.Checked, Qt.CheckState.Unchecked
        observed, notes = values.get("observed", []), values.get("notes", [])
        for row in range(min(self.observations.rowCount(), len(observed), len(notes))):
            self.observations.item(row, 0).setCheckState(checked if observed[row] else unchecked)
            self.observations.item(row, 1).setText(notes[row])
        for row, answer in enumerate(values.get("answers", [])[: self.answers.rowCount()]):
            self.answers.item(row, 1).setText(answer)
        self.summary.setPlainText(values.get("summary", ""))
        for due, what in values.get("follow_ups", []):
            self.add_follow_up(AgreedFollowUp(date.fromisoformat(due), what))

    def show_brought_back(self, text: str) -> None:
        self.explanation.setText(f"{text}\n\n{self.explanation.text()}")

    @classmethod
    def document(
        cls,
        parent: QWidget | None,
        *,
        visit: VisitRecord,
        today: date,
        place: PendingPlace | None = None,
        save: Callable[[VisitDocumentation], Any] | None = None,
    ) -> VisitDocumentation | None:
        """What was saved through `save`, or None if the nurse closed without saving."""
        dialog = cls(parent, visit=visit, today=today, place=place, save=save)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        documented = dialog.documentation() if accepted else None
        # Its button's lambda holds it: not let go, it would stay a hidden child of the page,
        # the visit in it, past the lock.
        dialog.deleteLater()
        return documented
