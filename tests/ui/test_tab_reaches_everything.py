"""A keyboard user reaches every button of a page with Tab: walking Tab round the window from
where the page puts the focus, every visible, enabled button of the page gets the focus, and
Tab leaves a list table instead of walking it cell by cell. Driven through the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QTableView

from nurse_desk.ui.pupils.pupil_table_model import RECORD_ROLE
from nurse_desk.ui.workspace import Section


@pytest.fixture
def demo_window(make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def walk_tab(qtbot, window, steps: int = 120) -> list:
    reached = []
    for _ in range(steps):
        focused = QApplication.focusWidget()
        reached.append(focused)
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    return reached


def buttons_of(page) -> set:
    return {
        b
        for b in page.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.focusPolicy() & Qt.FocusPolicy.TabFocus
    }


def unreached(qtbot, window, page) -> list[str]:
    page.setFocus(Qt.FocusReason.ShortcutFocusReason)
    reached = set(walk_tab(qtbot, window))
    return sorted(b.objectName() or b.text() for b in buttons_of(page) - reached)


def test_tab_reaches_every_button_of_today(qtbot, demo_window):
    demo_window.workspace.show_section(Section.TODAY)
    page = demo_window.workspace.today_page
    page.agenda_view.setCurrentIndex(page.model.index(1, 0))  # an item: its buttons enabled
    assert len(buttons_of(page)) >= 8
    assert unreached(qtbot, demo_window, page) == []


def test_tab_reaches_every_button_of_a_pupils_page(qtbot, demo_window):
    demo_window.workspace.show_section(Section.PUPILS)
    pupils_page = demo_window.workspace.pupils_page
    qtbot.keyClicks(pupils_page.filter, "aasen")
    qtbot.keyClick(pupils_page.filter, Qt.Key.Key_Return)
    page = pupils_page.pupil_page
    assert page.isVisible() and len(buttons_of(page)) >= 9
    assert unreached(qtbot, demo_window, page) == []


@pytest.mark.parametrize("section", list(Section), ids=lambda s: s.name)
def test_tab_reaches_every_button_of_each_section(qtbot, demo_window, section):
    demo_window.workspace.show_section(section)
    page = demo_window.workspace.pages.currentWidget()
    assert unreached(qtbot, demo_window, page) == []


def test_tab_leaves_every_list_table(qtbot, demo_window):
    for section in Section:
        demo_window.workspace.show_section(section)
    tables = [
        t
        for t in demo_window.findChildren(QTableView)
        if t.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    ]
    assert tables
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []


def test_tab_reaches_everything_after_going_back_and_forth(qtbot, demo_window):
    """The pupils list and a pupil's page share one tab order, set once: after each switch
    Tab still starts where the shown part starts and reaches every button of it."""
    demo_window.workspace.show_section(Section.PUPILS)
    pupils_page = demo_window.workspace.pupils_page
    pupil_id = pupils_page.model.index(0, 0).data(RECORD_ROLE).id
    for _ in range(2):
        demo_window.workspace.open_pupil(pupil_id)
        assert QApplication.focusWidget() is pupils_page.pupil_page.timeline
        assert unreached(qtbot, demo_window, pupils_page.pupil_page) == []
        pupils_page.show_list()
        assert QApplication.focusWidget() is pupils_page.filter
        assert unreached(qtbot, demo_window, pupils_page.list_view) == []


def test_tab_leaves_every_date_of_the_consent_pupil_and_log_dialogs_at_once(qtbot, demo_window):
    """Qt's date field walks Tab through day, month and year: three presses to leave 'Given
    on', 'Born' or the log's period, where every other date of the app is left with one."""
    from datetime import date

    from PySide6.QtWidgets import QDateEdit

    from nurse_desk.domain.records import PupilRecord
    from nurse_desk.ui.journal.access_log_dialog import AccessLogDialog
    from nurse_desk.ui.journal.consent_dialog import ConsentDialog
    from nurse_desk.ui.pupils.pupil_dialog import PupilDialog

    emil = PupilRecord(7, "Emil", "Aasen", date(2012, 10, 15), None, "Granly", "8B", True)
    pupil_dialog = PupilDialog(None, schools=["Granly"], country="no")
    pupil_dialog.has_left.setChecked(True)
    consent = ConsentDialog(None, pupil=emil, today=date(2026, 3, 2))
    consent.has_end.setChecked(True)
    log = AccessLogDialog(None, vault=demo_window.session.vault)
    stuck = []
    for dialog in (consent, pupil_dialog, log):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        assert QTest.qWaitForWindowActive(dialog)
        dates = [d for d in dialog.findChildren(QDateEdit) if d.isVisible() and d.isEnabled()]
        assert len(dates) == 2, dialog.objectName()
        for field in dates:
            field.setFocus()
            qtbot.keyClick(field, Qt.Key.Key_Tab)
            if QApplication.focusWidget() is field:
                stuck.append(f"{dialog.objectName()}: {field.objectName()}")
        dialog.close()
    assert stuck == []


def test_every_date_field_of_the_app_is_one_tab_leaves():
    """A plain QDateEdit anywhere (a dialog's field or a table's cell) keeps Tab for its parts."""
    from nurse_desk.ui.common import date_fields

    folder = Path(date_fields.__file__).parents[1]
    plain = [
        f"{path.relative_to(folder)}:{number}"
        for path in sorted(folder.rglob("*.py"))
        if path.name != "date_fields.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "QDateEdit(" in line
    ]
    assert plain == []
