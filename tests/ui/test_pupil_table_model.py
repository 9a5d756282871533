from __future__ import annotations

from datetime import date

from nurse_desk.domain.records import PupilRecord
from nurse_desk.ui.pupils.pupil_table_model import (
    RECORD_ROLE,
    PupilColumn,
    PupilFilterProxyModel,
    PupilTableModel,
)


def records(count: int) -> list[PupilRecord]:
    return [
        PupilRecord(
            i,
            f"Given{i}",
            f"Family{i}",
            date(2014, 1, 1 + i % 28),
            None,
            "Granly skole",
            f"{1 + i % 7}A",
            True,
        )
        for i in range(count)
    ]


def test_model_passes_qt_model_tester(qtmodeltester):
    model = PupilTableModel()
    model.set_rows(records(50))
    qtmodeltester.check(model)


def test_proxy_passes_qt_model_tester_while_filtering(qtmodeltester):
    model = PupilTableModel()
    model.set_rows(records(50))
    proxy = PupilFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_query("given1 3a")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() > 0


def test_clear_empties_the_model():
    model = PupilTableModel()
    model.set_rows(records(10))
    model.clear()
    assert model.rowCount() == 0


def test_pupils_who_left_are_hidden_until_asked_for():
    rows = records(5)
    rows[2] = rows[2]._replace(active=False)
    model = PupilTableModel()
    model.set_rows(rows)
    proxy = PupilFilterProxyModel()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 4
    proxy.set_show_left(True)
    assert proxy.rowCount() == 5


def test_sorting_by_name_follows_norwegian_alphabet_and_keeps_the_tester_happy(qtmodeltester):
    from PySide6.QtCore import QLocale, Qt

    previous = QLocale()
    QLocale.setDefault(QLocale("nb"))
    try:
        rows = [
            r._replace(family_name=name)
            for r, name in zip(records(4), ("Ås", "Øvre", "Ærø", "Berg"), strict=True)
        ]
        model = PupilTableModel()
        model.set_rows(rows)
        proxy = PupilFilterProxyModel()
        proxy.setSourceModel(model)
        proxy.sort(0, Qt.SortOrder.AscendingOrder)
        names = [proxy.index(i, 0).data(RECORD_ROLE).family_name for i in range(4)]
        assert names == ["Berg", "Ærø", "Øvre", "Ås"]
        proxy.sort(0, Qt.SortOrder.DescendingOrder)
        assert proxy.index(0, 0).data(RECORD_ROLE).family_name == "Ås"
        qtmodeltester.check(model)
    finally:
        QLocale.setDefault(previous)


def test_the_chosen_pupil_stays_chosen_while_typing_and_sorting_and_is_let_go_when_hidden(qtbot):
    from PySide6.QtCore import QItemSelectionModel, Qt

    model = PupilTableModel()
    model.set_rows(records(30))
    proxy = PupilFilterProxyModel()
    proxy.setSourceModel(model)
    selection = QItemSelectionModel(proxy)
    chosen = next(
        r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(RECORD_ROLE).id == 13
    )
    selection.setCurrentIndex(
        proxy.index(chosen, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    def current_id():
        index = selection.currentIndex()
        return index.data(RECORD_ROLE).id if index.isValid() else None

    proxy.set_query("given1")  # Given1, Given10-19: pupil 13 still shown
    assert proxy.rowCount() == 11 and model.total_count() == 30
    assert current_id() == 13
    assert [i.data(RECORD_ROLE).id for i in selection.selectedRows()] == [13]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert current_id() == 13
    assert proxy.index(0, 0).data(RECORD_ROLE).id == 19
    proxy.set_query("given2")  # pupil 13 filtered out
    assert current_id() is None and not selection.selectedRows()
    proxy.set_query("")
    assert proxy.rowCount() == 30


def test_a_pupil_list_let_go_leaves_nothing_on_the_language_switch(qtbot):
    """The switch is app-wide: a list's collation keys (the pupils' names) connected to it
    stayed in memory as long as the app ran, one set more for each list ever made."""
    import gc

    from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent

    from nurse_desk.ui.i18n import language_switches

    def listening() -> int:
        gc.collect()
        # A connection to a method is dropped once its model is gone, the next time Qt
        # deletes what was left for deletion.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return language_switches.receivers(SIGNAL("switched()"))

    before = listening()
    for _ in range(5):
        model = PupilTableModel()
        model.set_rows(records(3))
        model.sort(PupilColumn.NAME)
        del model
    assert listening() == before


def test_a_swedish_number_typed_with_its_hyphen_finds_the_pupil():
    """A Swedish personnummer is stored as twelve digits and shown as people write it,
    "20130314-2382": typed either way in the filter, it finds her."""
    rows = records(3)
    rows[1] = rows[1]._replace(national_id="201303142382")
    model = PupilTableModel()
    model.set_rows(rows)
    proxy = PupilFilterProxyModel()
    proxy.setSourceModel(model)
    for typed in ("20130314-2382", "201303142382", "0314-2382"):
        proxy.set_query(typed)
        assert [proxy.index(r, 0).data(RECORD_ROLE).id for r in range(proxy.rowCount())] == [1]
