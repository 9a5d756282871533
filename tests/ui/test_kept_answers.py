"""A model keeps each cell's answers between paints and forgets them when its rows, its cells
or the language change: a kept answer must never outlive what it was made from."""

from __future__ import annotations

import gc
import weakref
from enum import IntEnum

from PySide6.QtCore import Qt

from nurse_desk.ui.common.record_table_model import RecordTableModel
from nurse_desk.ui.i18n import language_switches

DISPLAY = Qt.ItemDataRole.DisplayRole


class Column(IntEnum):
    NAME = 0


class Names(RecordTableModel[str]):
    COLUMNS = Column
    HEADERS = ("Name",)
    CONTEXT = "Names"

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0
        self.suffix = ""

    def cell(self, record: str, column: Column, role: int, row: int):
        if role != DISPLAY:
            return None
        self.asked += 1
        return record + self.suffix


def test_a_painted_cell_is_answered_once_until_something_changes(qtbot):
    model = Names()
    model.set_rows(["Aas", "Berg"])
    first = model.index(0, 0)
    assert [model.data(first) for _ in range(5)] == ["Aas"] * 5
    assert model.asked == 1

    model.suffix = "!"  # a change the model announces
    model.dataChanged.emit(first, first)
    assert model.data(first) == "Aas!"

    model.set_rows(["Dahl"])
    assert model.data(model.index(0, 0)) == "Dahl!"
    assert model.data(model.index(1, 0)) is None  # no row there any more

    model.suffix = "?"
    language_switches.switched.emit()
    assert model.data(model.index(0, 0)) == "Dahl?"


def test_a_filter_or_a_sort_moves_no_answer_to_another_record(qtbot):
    model = Names()
    model.set_rows(["Aas", "Berg", "Dahl"])
    assert model.data(model.index(0, 0)) == "Aas"
    model.filter_rows(lambda: lambda position: position != 0)
    assert model.data(model.index(0, 0)) == "Berg"
    model.filter_rows(None)
    model.sort_rows(lambda record: record, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "Dahl"


class Shown:
    """A cell's answer that can be watched for being freed."""

    def __init__(self, text: str) -> None:
        self.text = text


class Watched(Names):
    def cell(self, record: str, column: Column, role: int, row: int):
        return Shown(record) if role == DISPLAY else None


def test_a_model_let_go_takes_its_kept_answers_with_it(qtbot):
    """The language switch is app-wide: connected to the answers themselves, it held every
    closed list's cells (pupils' names) for as long as the app ran, locks included."""
    model = Watched()
    model.set_rows(["Aas"])
    shown = weakref.ref(model.data(model.index(0, 0)))
    del model
    gc.collect()
    assert shown() is None
