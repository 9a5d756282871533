"""Column widths from a sample of rows: measuring plain texts gives the delegate's widths."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from nurse_desk.domain.tabular import Table, TableRow
from nurse_desk.ui.common.column_widths import ROOM_CHARACTERS, fit_columns, fit_text_columns
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


def test_the_column_that_stretches_keeps_room_when_the_fitted_ones_would_take_it_all(qtbot):
    """A referral's partner, status and dates fitted to their texts left the reason, the column
    that stretches, four letters wide in a window 1,024 pixels wide. The fitted columns give up
    what they have over their headings' widths; the reason keeps 24 characters."""
    headers = ("Pupil", "Partner", "Sent", "Status", "Answer due", "Reason")
    row = (
        "Mohammed Nyström-Kristiansen",
        "Lavterskeltilbud psykisk helse",
        "18. nov. 2026",
        "Mottatt 26. okt. 2026",
        "16. des. 2026",
        "Konsentrasjonsvansker og uro i timene",
    )
    table = Table(headers, tuple(TableRow(n + 2, row) for n in range(40)))
    model = TablePreviewModel()
    model.set_table(table)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
    view.resize(640, 400)
    view.show()
    qtbot.waitExposed(view)
    fit_columns(view, range(5), widest_characters=36)
    character = view.fontMetrics().averageCharWidth()
    assert header.sectionSize(5) >= ROOM_CHARACTERS * character
    assert all(header.sectionSize(c) >= header.sectionSizeHint(c) for c in range(6))
    assert view.horizontalScrollBar().maximum() == 0
