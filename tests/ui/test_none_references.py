"""Qt bindings must not leak references to None through the app's models.

PySide6 6.12.0 drops one reference to None each time a Python `data()` returns None through a
C++ proxy or view (pyproject.toml keeps that release out). On Python 3.11 None is an ordinary
object, so a day of clicking brings its count to zero and the process aborts with
"Fatal Python error: none_dealloc". These tests read every model and proxy of the main window
many times and require the count to stay flat, so a leaking binding fails here, not at a nurse's
desk.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QIdentityProxyModel,
    QModelIndex,
    Qt,
)

from nurse_desk.ui.workspace import Section

# Roles a view asks for when it paints, plus a few it asks for on hover and on accessibility.
ROLES = (*range(0, 14), int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.UserRole) + 1)
# A few references may appear while Qt caches something; a leak drops one per call (thousands).
TOLERANCE = 50
TOP = QModelIndex()  # the invisible root of every model


def none_references() -> int:
    """After a collection, so objects freed meanwhile (which held None) do not count."""
    gc.collect()
    return sys.getrefcount(None)


def columns(model: QAbstractItemModel, parent: QModelIndex = TOP) -> int:
    if isinstance(model, QAbstractListModel):  # PySide6 makes its columnCount() private
        return 1 if not parent.isValid() else 0
    return model.columnCount(parent)


def every_index(model: QAbstractItemModel, parent: QModelIndex = TOP):
    for row in range(model.rowCount(parent)):
        for column in range(columns(model, parent)):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and columns(model, index) and model.rowCount(index):
                yield from every_index(model, index)


def read_everything(model: QAbstractItemModel) -> int:
    calls = 0
    for index in every_index(model):
        for role in ROLES:
            model.data(index, role)
            calls += 1
    for section in range(columns(model)):
        for role in ROLES:
            model.headerData(section, Qt.Orientation.Horizontal, role)
            calls += 1
    return calls


@pytest.fixture
def window(make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    for section in Section:  # every page shows once, so every model holds its records
        window.workspace.show_section(section)
    return window


def test_reading_every_model_and_proxy_keeps_none_referenced(qtbot, window):
    models = window.findChildren(QAbstractItemModel)
    assert len(models) >= 8
    wrappers = []
    for model in models:
        wrapper = QIdentityProxyModel()  # a C++ proxy on top, as a view or filter would be
        wrapper.setSourceModel(model)
        wrappers.append(wrapper)
    read_everything(wrappers[0])  # let Qt build whatever it caches once
    before = none_references()
    calls = 0
    for model in [*models, *wrappers]:
        calls += read_everything(model)
        # Checked after each model: a leaking binding must fail this test, not bring the count
        # of None to zero and abort the whole test run.
        lost = before - none_references()
        assert lost < TOLERANCE, f"{lost} references to None lost in {calls} data() calls"
    assert calls > 2_000


def test_repeated_today_reloads_keep_none_referenced(qtbot, window):
    window.workspace.show_section(Section.TODAY)
    page = window.workspace.today_page
    page.reload()
    page.grab()
    before = none_references()
    for reload in range(20):
        page.reload()
        page.grab()  # paint, as the screen would, through the view and its delegates
        lost = before - none_references()
        assert lost < TOLERANCE, f"{lost} references to None lost in {reload + 1} Today reloads"
