"""The nurse's schools (usually one to four): name, municipality, when the school year starts."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import text_lengths
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.records import SchoolRecord
from nurse_desk.services import pupils
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.date_fields import DateField, dates_read
from nurse_desk.ui.common.limited_cells import limit_cells
from nurse_desk.ui.messages import describe


class SchoolsDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, vault: Vault) -> None:
        super().__init__(parent, objectName="schools_dialog")
        self._vault = vault
        self.setWindowTitle(self.tr("Schools"))
        self.resize(640, 300)
        self.table = QTableWidget(0, 3, objectName="schools_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Municipality"), self.tr("School year starts")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(1, 160)
        limit_cells(self.table, {0: text_lengths.NAME, 1: text_lengths.NAME})
        self.add_button = QPushButton(self.tr("&Add school"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.add_button)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(lambda: self._add_row(SchoolRecord(0, "", "", None)))
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self._ids: list[int] = []
        # A school with no start of its own follows the country's usual day: shown as that,
        # and kept without one unless the nurse sets a day.
        self._usual_start = pupils.usual_school_year_start(vault, QDate.currentDate().toPython())
        self._own_start: list[bool] = []
        for school in pupils.list_schools(vault):
            self._add_row(school)

    def _add_row(self, school: SchoolRecord) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(school.id)
        self._own_start.append(school.school_year_start is not None)
        self.table.setItem(row, 0, QTableWidgetItem(school.name))
        self.table.setItem(row, 1, QTableWidgetItem(school.municipality))
        start = school.school_year_start or self._usual_start
        editor = DateField(QDate(start.year, start.month, start.day), calendarPopup=True)
        editor.dateChanged.connect(lambda _day, row=row: self._set_own_start(row))
        self.table.setCellWidget(row, 2, editor)

    def _set_own_start(self, row: int) -> None:
        self._own_start[row] = True

    def schools(self) -> list[SchoolRecord]:
        result = []
        for row, school_id in enumerate(self._ids):
            name = self.table.item(row, 0).text().strip() if self.table.item(row, 0) else ""
            municipality = self.table.item(row, 1).text().strip() if self.table.item(row, 1) else ""
            start = self.table.cellWidget(row, 2).date().toPython()
            if not self._own_start[row]:
                start = None  # still the country's usual day
            if name or school_id:
                result.append(SchoolRecord(school_id, name, municipality, start))
        return result

    def _on_save_clicked(self) -> None:
        if not dates_read(self):  # a typed date that cannot be read says so at its field
            return
        try:
            for school in self.schools():
                pupils.save_school(self._vault, school)
        except NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Schools"), describe(error))
            return
        self.accept()
