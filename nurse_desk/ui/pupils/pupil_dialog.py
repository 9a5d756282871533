"""Adding or editing a pupil: the national ID is checked as it is typed, and saving happens
while the dialog is open, so a refusal (an ID another pupil has) is said at the field and
nothing typed is lost.

What the nurse typed when the vault locks is kept, and back when she edits the same pupil
again, or (a new pupil) in the next new pupil she opens (kept_over_lock.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import text_lengths
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.national_id import (
    InvalidNationalId,
    NationalIdInUse,
    parse_national_id,
)
from nurse_desk.domain.national_id import written as written_national_id
from nurse_desk.domain.phone_numbers import InvalidPhone, check_phone
from nurse_desk.domain.records import (
    BirthDateOutOfRange,
    GuardianRecord,
    NewPupil,
    PupilRecord,
    check_birth_date,
)
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.closing import CloseQuestion, KeptByItsSaveButton
from nurse_desk.ui.common.date_fields import DateField, dates_read
from nurse_desk.ui.common.kept_over_lock import (
    KeptOverLock,
    PendingPlace,
    kept_day,
    restore_day,
)
from nurse_desk.ui.common.limited_cells import limit_cells
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.messages import describe

GUARDIAN_ROWS = 3  # empty rows a new pupil starts with; there is always one empty row more
NAME, RELATION, PHONE = range(3)  # the guardians' columns


class PupilDialog(KeptOverLock, KeptByItsSaveButton, QDialog):
    """Esc, Cancel or the close button ask before what was typed or changed is thrown away."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        schools: list[str],
        country: str,
        pupil: PupilRecord | None = None,
        save: Callable[[NewPupil], Any] | None = None,
        place: PendingPlace | None = None,
    ) -> None:
        """`place`: where the lock keeps what was typed (`new_entry_place` for a new pupil)."""
        super().__init__(parent, objectName="pupil_dialog")
        self._country = country
        self._save = save
        self.saved: Any = None  # what `save` returned
        self._taken: tuple[str, str] | None = None  # (ID refused as another pupil's, words)
        # What the table does not show of each guardian (parental responsibility), by name.
        self._guardians_before = {
            g.name.casefold(): g for g in (pupil.guardians if pupil is not None else ())
        }
        self.setWindowTitle(self.tr("Edit pupil") if pupil else self.tr("New pupil"))
        self.lock_words = self.tr("A pupil's details") if pupil else self.tr("A new pupil")
        self.given = cap(QLineEdit(objectName="pupil_given"), text_lengths.NAME)
        self.family = cap(QLineEdit(objectName="pupil_family"), text_lengths.NAME)
        self.born = DateField(calendarPopup=True, objectName="pupil_born")
        self.born_problem = QLabel(objectName="born_problem", wordWrap=True)
        self.born_problem.setStyleSheet("color: #b00020;")
        self.national_id = cap(QLineEdit(objectName="pupil_national_id"), text_lengths.NATIONAL_ID)
        self.id_problem = QLabel(objectName="id_problem")
        self.id_problem.setStyleSheet("color: #b00020;")
        self.id_problem.setWordWrap(True)
        self.school = QComboBox(objectName="pupil_school", editable=True)
        self.school.addItems(schools)
        cap(self.school.lineEdit(), text_lengths.NAME)
        self.class_name = cap(QLineEdit(objectName="pupil_class"), text_lengths.CLASS_NAME)
        self.language = cap(QLineEdit(objectName="pupil_language"), text_lengths.LANGUAGE)
        self.interpreter = QCheckBox(self.tr("Needs an interpreter"))
        self.has_left = QCheckBox(self.tr("Has left the school on:"), objectName="pupil_has_left")
        self.left_on = DateField(QDate.currentDate(), calendarPopup=True, objectName="pupil_left")
        self.left_on.setEnabled(False)
        self.has_left.toggled.connect(self.left_on.setEnabled)
        self.notes = QPlainTextEdit(objectName="pupil_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.guardians = QTableWidget(GUARDIAN_ROWS, 3, objectName="pupil_guardians")
        self.guardians.setHorizontalHeaderLabels(
            [self.tr("Guardian"), self.tr("Relation"), self.tr("Phone")]
        )
        self.guardians.horizontalHeader().setStretchLastSection(True)
        self.guardians.setColumnWidth(0, 200)
        limit_cells(
            self.guardians, {0: text_lengths.NAME, 1: text_lengths.RELATION, 2: text_lengths.PHONE}
        )
        self.guardians.itemChanged.connect(self._keep_an_empty_guardian_row)
        self.problem = QLabel(objectName="pupil_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = self._form = QFormLayout()
        form.addRow(self.tr("&First name:"), self.given)
        form.addRow(self.tr("Fa&mily name:"), self.family)
        form.addRow(self.tr("National &ID:"), self.national_id)
        form.addRow("", self.id_problem)
        form.addRow(self.tr("&Born:"), self.born)
        form.addRow("", self.born_problem)
        form.addRow(self.tr("&School:"), self.school)
        form.addRow(self.tr("&Class:"), self.class_name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.interpreter)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.has_left, self.left_on)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.guardians)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.request_close)
        for field in (self.given, self.family, self.class_name, self.national_id):
            field.textChanged.connect(self._on_changed)
        self.school.currentTextChanged.connect(self._on_changed)
        self.born.dateChanged.connect(self._on_changed)
        self._fill(pupil)
        self._on_changed()
        self._as_opened = self._typed()  # after the ID check, which may set the birth date
        self.bring_back(place)
        self._say(self.problem, self.problem.text())
        # Larger than Qt's choice where there is room (two thirds of the screen, never below
        # the smallest): on a laptop at 125 % that was the smallest, one guardian shown and
        # the phone numbers wrapped under a sideways scroll bar.
        resize_to_fit(self, 560, 600)

    def _say(self, line: QLabel, text: str) -> None:
        """A problem in words under its field or above the buttons; its line takes no room
        while there is none, which leaves it to the guardians on a low screen."""
        line.setText(text)
        if line is self.problem:
            line.setVisible(bool(text))
        else:
            self._form.setRowVisible(line, bool(text))

    def _fill(self, pupil: PupilRecord | None) -> None:
        if pupil is None:
            self.born.setDate(QDate(date.today().year - 6, 1, 1))
            return
        self.given.setText(pupil.given_name)
        self.family.setText(pupil.family_name)
        self.born.setDate(
            QDate(pupil.birth_date.year, pupil.birth_date.month, pupil.birth_date.day)
        )
        self.national_id.setText(written_national_id(pupil.national_id or ""))
        self.school.setCurrentText(pupil.school_name)
        self.class_name.setText(pupil.class_name)
        self.language.setText(pupil.language)
        self.interpreter.setChecked(pupil.needs_interpreter)
        self.notes.setPlainText(pupil.notes)
        if pupil.left_on is not None:
            self.has_left.setChecked(True)
            self.left_on.setDate(QDate(pupil.left_on.year, pupil.left_on.month, pupil.left_on.day))
        # Every guardian, however many a class list brought: a row left out here would be
        # deleted by the save.
        self.guardians.setRowCount(max(GUARDIAN_ROWS, len(pupil.guardians) + 1))
        for row, guardian in enumerate(pupil.guardians):
            for column, text in enumerate((guardian.name, guardian.relation, guardian.phone)):
                self.guardians.setItem(row, column, QTableWidgetItem(text))

    def _keep_an_empty_guardian_row(self, _item=None) -> None:
        last = self.guardians.rowCount() - 1
        if any(
            (cell := self.guardians.item(last, column)) is not None and cell.text().strip()
            for column in range(self.guardians.columnCount())
        ):
            self.guardians.insertRow(last + 1)

    def _on_changed(self, *_args) -> None:
        id_ok = self._check_id()  # first: a valid ID sets the birth date checked next
        born_ok = self._check_born()
        complete = all(f.text().strip() for f in (self.given, self.family, self.class_name))
        ok = id_ok and born_ok and complete and bool(self.school.currentText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _check_id(self) -> bool:
        text = self.national_id.text().strip()
        if not text:
            self._say(self.id_problem, "")
            return True
        if self._taken is not None and text == self._taken[0]:
            self._say(self.id_problem, self._taken[1])  # whose ID it is, until it is changed
            return False
        try:
            parsed = parse_national_id(text, self._country)
        except InvalidNationalId as problem:
            self._say(self.id_problem, describe(problem))
            return False
        self._say(self.id_problem, "")
        born = parsed.birth_date
        self.born.setDate(QDate(born.year, born.month, born.day))
        return True

    def _check_born(self) -> bool:
        """A birth date no pupil can have (a year typed wrong) is said under the field."""
        try:
            check_birth_date(self.born.date().toPython(), date.today())
        except BirthDateOutOfRange as problem:
            self._say(self.born_problem, describe(problem))
            return False
        self._say(self.born_problem, "")
        return True

    def accept(self) -> None:
        """Saves through `save` first; a refusal keeps the dialog open and says why."""
        if not dates_read(self):  # a typed date that cannot be read says so at its field
            return
        if not self._check_born():  # Save is disabled, but Enter in a field still comes here
            self.born.setFocus()
            return
        if not self._check_guardians():
            return
        if self._save is not None:
            self._say(self.problem, "")
            try:
                self.saved = self._save(self.new_pupil())
            except NationalIdInUse as taken:
                self._show_taken(taken.holder)
                return
            except BirthDateOutOfRange as problem:  # the day turned while the dialog was open
                self._say(self.born_problem, describe(problem))
                self.born.setFocus()
                return
            except InvalidNationalId as problem:
                self._say(self.id_problem, describe(problem))
                self.national_id.setFocus()
                return
            except InvalidPhone as problem:
                self._show_guardian_problem(self._row_of_phone(problem.phone), describe(problem))
                return
            except NurseDeskError as error:
                self._say(self.problem, describe(error))
                return
        super().accept()

    def _guardian_texts(self, row: int) -> tuple[str, str, str]:
        cells = (self.guardians.item(row, column) for column in (NAME, RELATION, PHONE))
        name, relation, phone = (cell.text().strip() if cell else "" for cell in cells)
        return name, relation, phone

    def _check_guardians(self) -> bool:
        """A guardian's phone that is no number, or a relation or phone with no name beside it
        (a row without a name is not saved), is said under the table at its row: the dialog
        stays open with what she typed. A number stored before is taken as it is."""
        known = [g.phone for g in self._guardians_before.values()]
        for row in range(self.guardians.rowCount()):
            name, relation, phone = self._guardian_texts(row)
            if not name and (relation or phone):
                words = self.tr("Row %1 of the guardians has no name: give one, or clear the row.")
                self._show_guardian_problem(row, placed(words, row + 1), NAME)
                return False
            try:
                check_phone(phone, known=known)
            except InvalidPhone as problem:
                self._show_guardian_problem(row, describe(problem))
                return False
        return True

    def _row_of_phone(self, phone: str) -> int:
        rows = range(self.guardians.rowCount())
        return next((row for row in rows if self._guardian_texts(row)[PHONE] == phone), 0)

    def _show_guardian_problem(self, row: int, words: str, column: int = PHONE) -> None:
        self.problem.setText(words)
        self.guardians.setCurrentCell(row, column)
        self.guardians.setFocus()

    def _show_taken(self, holder: PupilRecord) -> None:
        where = ", ".join(part for part in (holder.class_name, holder.school_name) if part)
        words = placed(self.tr("%1 (%2) already has this national ID."), holder.full_name, where)
        self._taken = (self.national_id.text().strip(), words)
        self._on_changed()
        self.national_id.setFocus()
        self.national_id.selectAll()

    # -- closing -----------------------------------------------------------------------
    def _typed(self) -> tuple:
        rows = range(self.guardians.rowCount())
        cells = (self.guardians.item(row, column) for row in rows for column in (0, 1, 2))
        return (
            *(f.text() for f in (self.given, self.family, self.national_id, self.class_name)),
            self.language.text(),
            self.school.currentText(),
            self.born.date(),
            self.notes.toPlainText(),
            self.interpreter.isChecked(),
            self.has_left.isChecked(),
            tuple(cell.text() for cell in cells if cell is not None and cell.text().strip()),
        )

    def has_unsaved_words(self) -> bool:
        return self._typed() != self._as_opened

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr("Save the pupil with what you typed? Discard throws it away."),
            self.tr("&Save"),
            self.tr("D&iscard"),
        )

    # -- over a lock -------------------------------------------------------------------
    def _guardian_rows(self) -> list[list[str]]:
        rows = []
        for row in range(self.guardians.rowCount()):
            cells = [self.guardians.item(row, column) for column in range(3)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            if any(text.strip() for text in texts):
                rows.append(texts)
        return rows

    def typed_values(self) -> dict[str, Any]:
        return {
            "given": self.given.text(),
            "family": self.family.text(),
            "national_id": self.national_id.text(),
            "born": kept_day(self.born),
            "school": self.school.currentText(),
            "class": self.class_name.text(),
            "language": self.language.text(),
            "interpreter": self.interpreter.isChecked(),
            "notes": self.notes.toPlainText(),
            "has_left": self.has_left.isChecked(),
            "left_on": kept_day(self.left_on),
            "guardians": self._guardian_rows(),
        }

    def restore_typed(self, values: dict[str, Any]) -> None:
        for field, key in (
            (self.given, "given"),
            (self.family, "family"),
            (self.national_id, "national_id"),  # may set the birth date: the typed one next
            (self.class_name, "class"),
            (self.language, "language"),
        ):
            field.setText(str(values.get(key, "")))
        restore_day(self.born, values.get("born"))
        self.school.setCurrentText(str(values.get("school", "")))
        self.interpreter.setChecked(bool(values.get("interpreter", False)))
        self.notes.setPlainText(str(values.get("notes", "")))
        self.has_left.setChecked(bool(values.get("has_left", False)))
        restore_day(self.left_on, values.get("left_on"))
        rows = [row for row in values.get("guardians", []) if isinstance(row, list)]
        self.guardians.clearContents()
        self.guardians.setRowCount(max(GUARDIAN_ROWS, len(rows) + 1))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts[:3]):
                self.guardians.setItem(row, column, QTableWidgetItem(str(text)))

    def show_brought_back(self, text: str) -> None:
        self._say(self.problem, text)

    def new_pupil(self) -> NewPupil:
        guardians = []
        for row in range(self.guardians.rowCount()):
            name, relation, phone = self._guardian_texts(row)
            if name:
                before = self._guardians_before.get(name.casefold())
                responsible = before.parental_responsibility if before else True
                guardians.append(GuardianRecord(name, relation, phone, responsible))
        return NewPupil(
            given_name=self.given.text().strip(),
            family_name=self.family.text().strip(),
            birth_date=self.born.date().toPython(),
            school_name=self.school.currentText().strip(),
            class_name=self.class_name.text().strip(),
            national_id=self.national_id.text().strip() or None,
            language=self.language.text().strip(),
            needs_interpreter=self.interpreter.isChecked(),
            notes=self.notes.toPlainText(),
            guardians=tuple(guardians),
            left_on=self.left_on.date().toPython() if self.has_left.isChecked() else None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        schools: list[str],
        country: str,
        save: Callable[[NewPupil], Any],
        pupil: PupilRecord | None = None,
        place: PendingPlace | None = None,
    ) -> Any:
        """What `save` returned (it must return something), or None when the nurse cancelled."""
        dialog = cls(parent, schools=schools, country=country, pupil=pupil, save=save, place=place)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
