"""Column widths from a sample of rows: measuring plain texts gives the delegate's widths."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from nurse_desk.domain.tabular import Table, TableRow
from nurse_desk.ui.common.column_widths import fit_columns, fit_text_columns
from nurse_desk.ui.importing.table_preview_model import TablePreviewModel


def test_measured_texts_give_the_widths_the_delegate_gives(qtbot):
    headers = ("Fødselsnummer", "Fornavn", "Skole", "Telefon", "Tom")
    cells = [
        ("01011512345", "Øystein Åsmund", "Elvebakken skole", "+47 97678186", ""),
        ("", "Li", "Granly", "", ""),
        ("30061498765", "Maja-Sofie Kristiansen Berg", "Kjelsås skole og barnehage", "22", ""),
    ]
    table = Table(headers, tuple(TableRow(n + 2, row) for n, row in enumerate(cells)))
    widths = []
    for fit in (fit_columns, fit_text_columns):
        model = TablePreviewModel()
        model.set_table(table)
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        fit(view, range(len(headers)))
        widths.append([view.columnWidth(column) for column in range(len(headers))])
    asked, measured = widths
    assert all(abs(a - m) <= 1 for a, m in zip(asked, measured, strict=True)), widths
    assert measured[2] > measured[4]  # a long school name is wider than an empty column
