"""The table every list page shows its records in, set up one way."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table_view(
    model: QAbstractItemModel,
    object_name: str,
    *,
    stretch_column: int,
    sort_column: int | None = None,
    compact: bool = True,
) -> QTableView:
    """Read-only rows chosen one whole row at a time, sorted by a click on a header, columns
    the nurse can widen and `stretch_column` taking the room left; `compact` rows still fit
    the font at 125 % scaling."""
    table = QTableView(objectName=object_name)
    table.setModel(model)
    table.setSortingEnabled(True)
    if sort_column is not None:
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
    table.verticalHeader().setVisible(False)
    if compact:
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
