"""Yearly figures on screen: the period and school, the counts in the report's order, a chart of
the chosen part, and Print… / Save as CSV… (both logged). Counts only: no pupil is named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.figures import (
    HIDDEN_SHOWN,
    SECTIONS,
    Figures,
    FiguresPeriod,
    as_mapping,
    hidden_with_group,
)
from nurse_desk.services import figures, pupils
from nurse_desk.services.kept_analysis import KeptAnalysis
from nurse_desk.services.saved_files import write_private_file
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.absence.absence_charts import BarChart
from nurse_desk.ui.common.busy import busy_cursor
from nurse_desk.ui.common.date_fields import DateField
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog, Released
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.figures.wording import row_name, section_name
from nurse_desk.ui.i18n import printout_language
from nurse_desk.ui.messages import describe

_SECTION_ROLE = Qt.ItemDataRole.UserRole
_FIRST_CHART = "conversations_by_topic"
# A date typed part by part changes several times; counting waits until she stops typing.
_RECOUNT_AFTER_MS = 700


class FiguresDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, *, vault: Vault, kept: KeptAnalysis | None = None
    ) -> None:
        super().__init__(parent, objectName="figures_dialog")
        self._vault = vault
        self._kept = kept  # the Absence page's patterns, counted while still up to date
        self._figures: Figures | None = None
        self._charted = _FIRST_CHART
        self.setWindowTitle(self.tr("Yearly figures"))
        resize_to_fit(self, 900, 620)
        period = figures.default_period(vault)
        self.first = _date_field("figures_first", period.first)
        self.last = _date_field("figures_last", period.last)
        self.school = QComboBox(objectName="figures_school")
        self.school.addItem(self.tr("All schools"), "")
        for school in pupils.list_schools(vault):
            self.school.addItem(school.name, school.name)
        self.exact = QCheckBox(self.tr("Show e&xact counts (a small school)"), objectName="exact")
        self.exact.setToolTip(
            self.tr("Counts from 1 to 4 are shown as “< 5” so that no child can be recognised.")
        )
        self.count_button = QPushButton(self.tr("&Count"), objectName="count_button")
        self.table = QTableWidget(0, 2, objectName="figures_table")
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Count")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shown when a count is hidden with its group: she knows some of those are 5 or more.
        self.hidden_note = QLabel(
            self.tr(
                "“Hidden” counts are hidden so that a count from 1 to 4 cannot be worked out "
                "from a total or the counts beside it; a hidden count may be 5 or more."
            ),
            objectName="hidden_note",
            wordWrap=True,
        )
        self.hidden_note.hide()
        self.chart = BarChart("figures_chart", horizontal=True)
        self.chart.view.setMinimumWidth(380)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.csv_button = self.buttons.addButton(
            self.tr("Save as CS&V…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self._lay_out()
        # Counts beside dates they were not counted for would be read or printed as the new
        # period's: until the new dates are counted nothing can be printed or saved.
        self._recount_soon = QTimer(self, singleShot=True, interval=_RECOUNT_AFTER_MS)
        self._recount_soon.timeout.connect(self._recount_if_whole)
        for field in (self.first, self.last):
            field.dateChanged.connect(self._on_period_changed)
        self.count_button.clicked.connect(self.recount)
        self.school.activated.connect(self.recount)
        self.exact.toggled.connect(self._show)
        self.table.itemSelectionChanged.connect(self._on_row_chosen)
        self.print_button.clicked.connect(self.print_figures)
        self.csv_button.clicked.connect(self._on_csv_clicked)
        self.buttons.rejected.connect(self.reject)
        self.recount()

    def _lay_out(self) -> None:
        choice = QFormLayout()
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(self.last)
        dates.addStretch(1)
        choice.addRow(self.tr("Pe&riod:"), dates)
        choice.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.first)
        choice.addRow(self.tr("&School:"), self.school)
        choice.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.school)
        row = QHBoxLayout()
        row.addWidget(self.exact)
        row.addStretch(1)
        row.addWidget(self.count_button)
        choice.addRow(row)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(self.chart.view, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(choice)
        layout.addLayout(body, 1)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.buttons)

    def period(self) -> FiguresPeriod:
        return FiguresPeriod(
            self.first.date().toPython(), self.last.date().toPython(), self.school.currentData()
        )

    def _on_period_changed(self) -> None:
        self._set_counted(False)
        self._recount_soon.start()

    def _recount_if_whole(self) -> None:
        """A last day before the first is often a date half typed: Count says what is wrong."""
        if self.first.date() <= self.last.date():
            self.recount()

    def _set_counted(self, counted: bool) -> None:
        self.table.setEnabled(counted)
        self.chart.view.setEnabled(counted)
        self.print_button.setEnabled(counted)
        self.csv_button.setEnabled(counted)

    def recount(self) -> None:
        self._recount_soon.stop()
        try:
            with busy_cursor():
                self._figures = figures.compute(self._vault, self.period(), kept=self._kept)
        except NurseDeskError as error:  # a last day before the first: nothing counted
            self._set_counted(False)
            QMessageBox.warning(self, self.tr("Yearly figures"), describe(error))
            return
        self._set_counted(True)
        self._show()

    def shown(self) -> dict:
        """The counts as the report shows them (small ones and those hidden with them hidden)."""
        return as_mapping(self._figures, exact=self.exact.isChecked())

    def rows(self) -> list[tuple[str, str, int | str]]:
        """(section, row, count as shown) in the report's order; a single count has row ''."""
        shown = self.shown()
        result: list[tuple[str, str, int | str]] = []
        for section in SECTIONS:
            value = shown[section]
            if isinstance(value, dict):
                result += [(section, row, count) for row, count in value.items()]
            else:
                result.append((section, "", value))
        return result

    def _show(self) -> None:
        if self._figures is None:
            return
        self.table.setRowCount(0)
        heading = None
        for section, row, count in self.rows():
            group = section if row else "overview"
            if group != heading:
                heading = group
                self._add_row(section_name(group), "", group, bold=True)
            label = row_name(section, row) if row else section_name(section)
            self._add_row(label, self._count_text(count), section)
        self.hidden_note.setVisible(hidden_with_group(self.shown()))
        self._fill_chart()

    def _count_text(self, count: int | str) -> str:
        return self.tr("hidden") if count == HIDDEN_SHOWN else str(count)

    def _add_row(self, label: str, count: str, section: str, *, bold: bool = False) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        what, number = QTableWidgetItem(("" if bold else "    ") + label), QTableWidgetItem(count)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for item in (what, number):
            item.setData(_SECTION_ROLE, section)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        self.table.setItem(at, 0, what)
        self.table.setItem(at, 1, number)

    def _on_row_chosen(self) -> None:
        items = self.table.selectedItems()
        if items and items[0].data(_SECTION_ROLE) not in (None, "overview"):
            self._charted = items[0].data(_SECTION_ROLE)
            self._fill_chart()

    def _fill_chart(self) -> None:
        """A hidden count ("< 5", or hidden with its group) is drawn as no bar: its length would
        give it away."""
        shown = self.shown()
        value = shown.get(self._charted)
        if not isinstance(value, dict):
            self._charted, value = _FIRST_CHART, shown[_FIRST_CHART]
        chosen = list(value.items())[::-1]  # a horizontal chart draws its first bar lowest
        self.chart.fill(
            section_name(self._charted),
            [row_name(self._charted, row) for row, _ in chosen],
            [n if isinstance(n, int) else 0 for _, n in chosen],
        )

    def print_figures(self) -> None:
        if self._figures is None:
            return
        counted, exact = self._figures, self.exact.isChecked()
        pdf = figures.figures_pdf(
            counted,
            exact=exact,
            language=printout_language(),
            produced_by=figures.author(self._vault),
        )

        def released(how: Released, _where: str, _reason: str) -> None:  # as the preview calls
            how_text = "printed" if how is Released.PRINTED else "saved as PDF"
            figures.log_released(self._vault, counted, how=how_text, exact=exact)

        PdfPreviewDialog.show_pdf(
            self,
            pdf=pdf,
            title=self.tr("Yearly figures"),
            file_name=f"figures-{counted.period.first}-{counted.period.last}.pdf",
            on_released=released,
        )

    def _on_csv_clicked(self) -> None:
        if self._figures is None:
            return
        period = self._figures.period
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as CSV"), f"figures-{period.first}-{period.last}.csv", "CSV (*.csv)"
        )
        if target:
            self.save_csv(Path(target))

    def save_csv(self, target: Path) -> None:
        exact = self.exact.isChecked()
        try:
            data = figures.figures_as_csv(self._figures, exact=exact, language=printout_language())
            write_private_file(target, data)
            figures.log_released(self._vault, self._figures, how="saved as CSV", exact=exact)
        except (NurseDeskError, OSError) as error:
            QMessageBox.warning(self, self.tr("Save as CSV"), describe(error))


def _date_field(name: str, day) -> DateField:
    field = DateField(objectName=name, calendarPopup=True)
    field.setDate(QDate(day.year, day.month, day.day))
    return field
