"""Pieces of the plan dialog: a checklist of domain values, one-item-a-line lists, and the
table of accompanying professionals."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import text_lengths
from nurse_desk.domain.home_visits import Companion, CompanionRole
from nurse_desk.domain.phone_numbers import InvalidPhone, check_phone
from nurse_desk.ui.common.limited_cells import limit_cells
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.messages import describe
from nurse_desk.ui.visits.wording import visit_word

_COMPANION_HEADERS = (
    QT_TRANSLATE_NOOP("CompanionsTable", "Role"),
    QT_TRANSLATE_NOOP("CompanionsTable", "Name"),
    QT_TRANSLATE_NOOP("CompanionsTable", "Organisation"),
    QT_TRANSLATE_NOOP("CompanionsTable", "Phone"),
    QT_TRANSLATE_NOOP("CompanionsTable", "Confirmed"),
)


class ValueChecklist(QListWidget):
    """Every value of a StrEnum as a checkable line; space toggles the current one."""

    changed = Signal()

    def __init__(self, values: type[StrEnum], *, objectName: str) -> None:
        super().__init__(objectName=objectName)
        self._values = list(values)
        for value in self._values:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, value.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.itemChanged.connect(self.changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.blockSignals(True)
        for row, value in enumerate(self._values):
            self.item(row).setText(visit_word(value))
        self.blockSignals(False)

    def checked(self) -> frozenset:
        kind = type(self._values[0])
        return frozenset(
            kind(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, values) -> None:
        for row, value in enumerate(self._values):
            state = Qt.CheckState.Checked if value in values else Qt.CheckState.Unchecked
            self.item(row).setCheckState(state)


class LinesEdit(QPlainTextEdit):
    """One item a line: topics, questions, observation points."""

    def items(self) -> tuple[str, ...]:
        return tuple(
            " ".join(line.split()) for line in self.toPlainText().splitlines() if line.strip()
        )

    def set_items(self, items) -> None:
        self.setPlainText("\n".join(items))

    def add_items(self, items) -> None:
        present = {item.casefold() for item in self.items()}
        self.set_items([*self.items(), *(i for i in items if i.casefold() not in present)])


class CompanionsTable(QWidget):
    """Doctor, physiotherapist, psychologist, interpreter… with phone and whether confirmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(_COMPANION_HEADERS), objectName="companions_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        limit_cells(
            self.table,
            {1: text_lengths.NAME, 2: text_lengths.ORGANISATION, 3: text_lengths.PHONE},
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.problem = QLabel(objectName="companions_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.add_button = QPushButton(objectName="add_companion_button")
        self.remove_button = QPushButton(objectName="remove_companion_button")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add(None))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CompanionsTable", h) for h in _COMPANION_HEADERS]
        )
        self.add_button.setText(QCoreApplication.translate("CompanionsTable", "&Add person"))
        self.remove_button.setText(QCoreApplication.translate("CompanionsTable", "Remo&ve"))
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            for index, role in enumerate(CompanionRole):
                combo.setItemText(index, visit_word(role))

    def add(self, companion: Companion | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        role = QComboBox(objectName=f"companion_role_{row}")
        for value in CompanionRole:
            role.addItem(visit_word(value), value.value)
        self.table.setCellWidget(row, 0, role)
        confirmed = QTableWidgetItem()
        confirmed.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        confirmed.setCheckState(Qt.CheckState.Unchecked)
        self.table.setItem(row, 4, confirmed)
        for column in (1, 2, 3):
            self.table.setItem(row, column, QTableWidgetItem())
        if companion is not None:
            role.setCurrentIndex(role.findData(companion.role.value))
            for column, text in (
                (1, companion.name),
                (2, companion.organisation),
                (3, companion.phone),
            ):
                self.table.item(row, column).setText(text)
            if companion.confirmed:
                confirmed.setCheckState(Qt.CheckState.Checked)
        else:
            self.table.setCurrentCell(row, 1)
            self.table.editItem(self.table.item(row, 1))

    def set_companions(self, companions) -> None:
        self.table.setRowCount(0)
        for companion in companions:
            self.add(companion)

    def companions(self) -> tuple[Companion, ...]:
        """Rows without a name are left out: an empty line is not a person (`check_rows`
        refuses a row with something typed but no name before the plan is saved)."""
        result = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 1).text().strip()
            if not name:
                continue
            result.append(
                Companion(
                    self._role(row),
                    name,
                    self.table.item(row, 2).text().strip(),
                    self.table.item(row, 3).text().strip(),
                    self._confirmed(row),
                )
            )
        return tuple(result)

    def typed(self) -> tuple[tuple, ...]:
        """Each row as typed, a row without a name included, so a phone typed on such a row
        counts as typed when the dialog is closed; a row left as added is nothing typed."""
        return tuple(
            (
                self._role(row),
                *(self.table.item(row, c).text() for c in (1, 2, 3)),
                self._confirmed(row),
            )
            for row in range(self.table.rowCount())
            if self._has_words(row)
        )

    def check_rows(self, known: tuple[str, ...] = ()) -> bool:
        """A row with a role, organisation, phone or tick but no name (a row without a name is
        not saved), or a phone that cannot be one, is said under the table and its cell
        chosen, so the plan is not saved and nothing typed is lost; a number in `known`
        (stored before) is taken."""
        self.problem.hide()
        for row in range(self.table.rowCount()):
            if not self.table.item(row, 1).text().strip():
                if self._has_words(row):
                    words = QCoreApplication.translate(
                        "CompanionsTable",
                        "Row %1 of who comes along has no name: give one, or remove the row.",
                    )
                    self._show_problem(placed(words, row + 1), row, 1)
                    return False
                continue  # a row left as added: not a person (companions() leaves it out)
            try:
                check_phone(self.table.item(row, 3).text(), known=known)
            except InvalidPhone as problem:
                self.show_phone_problem(problem)
                return False
        return True

    def _role(self, row: int) -> CompanionRole:
        return CompanionRole(self.table.cellWidget(row, 0).currentData())

    def _confirmed(self, row: int) -> bool:
        return self.table.item(row, 4).checkState() == Qt.CheckState.Checked

    def _has_words(self, row: int) -> bool:
        """Anything in the row other than what a new row starts with."""
        return (
            any(self.table.item(row, column).text().strip() for column in (1, 2, 3))
            or self._confirmed(row)
            or self.table.cellWidget(row, 0).currentIndex() != 0
        )

    def show_phone_problem(self, problem: InvalidPhone) -> None:
        rows = range(self.table.rowCount())
        phone = problem.phone
        row = next((r for r in rows if self.table.item(r, 3).text().strip() == phone), 0)
        self._show_problem(describe(problem), row, 3)

    def _show_problem(self, words: str, row: int, column: int) -> None:
        self.problem.setText(words)
        self.problem.show()
        self.table.setCurrentCell(row, column)
        self.table.setFocus()

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
