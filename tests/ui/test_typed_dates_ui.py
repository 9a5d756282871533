"""A date typed into a date field is the date the field then holds, in every language; a
typed text that is no date says so at the field, and the dialog does not save another date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.ui.common.date_fields import MESSAGE_NAME, DateField, dates_read
from nurse_desk.ui.followups.closing_dialogs import SnoozeDialog

SHOWN = QDate(2026, 12, 3)
MEANT = QDate(2027, 1, 3)

# The ways each language's nurses write 3 January 2027, besides the field's own format.
USUAL_WAYS = {
    "nb": ["03.01.2027", "3.1.2027", "03.01.27", "3.1.27", "030127", "03012027", "2027-01-03"],
    "sv": ["2027-01-03", "27-01-03", "20270103", "270103", "3/1/2027", "03.01.2027"],
    "en": ["2027-01-03"],
}


def form(qtbot):
    """A date field with a field after it to Tab to, in an active window."""
    window = QWidget()
    qtbot.addWidget(window)
    field = DateField(SHOWN, objectName="typed_date", calendarPopup=True)
    after = QLineEdit(objectName="after_the_date")
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(after)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window, field, after


def enter(qtbot, field: DateField, way_in: str) -> None:
    line = field.lineEdit()
    if way_in == "tab":
        field.setFocus(Qt.FocusReason.TabFocusReason)  # Qt selects the first part
    elif way_in == "all selected":
        field.setFocus(Qt.FocusReason.TabFocusReason)
        field.selectAll()
    else:  # a click into the middle of the date
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() // 4, 5))
        assert not line.hasSelectedText()
    assert QApplication.focusWidget() is field


def message(window: QWidget) -> QLabel | None:
    shown = [m for m in window.findChildren(QLabel, MESSAGE_NAME) if m.isVisible()]
    return shown[0] if shown else None


@pytest.mark.parametrize("way_in", ["tab", "all selected", "click"])
def test_a_full_date_typed_the_usual_ways_is_the_date_the_field_holds(qtbot, language, way_in):
    for typed in [*USUAL_WAYS[language], "own format"]:
        window, field, after = form(qtbot)
        if typed == "own format":
            typed = field.locale().toString(MEANT, field.displayFormat())
        enter(qtbot, field, way_in)
        qtbot.keyClicks(field, typed)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert (typed, field.date()) == (typed, MEANT)
        assert QApplication.focusWidget() is after
        assert field.text() == field.locale().toString(MEANT, field.displayFormat())
        window.close()


def test_enter_takes_the_typed_date_too(qtbot, language):
    _window, field, _ = form(qtbot)
    enter(qtbot, field, "tab")
    qtbot.keyClicks(field, "2027-01-03")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == MEANT


def test_a_day_alone_is_that_day_of_the_month_shown(qtbot, language):
    _window, field, _after = form(qtbot)
    enter(qtbot, field, "tab")
    qtbot.keyClicks(field, "15")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == QDate(2026, 12, 15)


def test_a_date_that_cannot_be_read_says_so_at_the_field_and_keeps_the_text(qtbot, language):
    window, field, after = form(qtbot)
    enter(qtbot, field, "tab")
    qtbot.keyClicks(field, "31.02.2027")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field  # Tab stays at it
    qtbot.waitUntil(lambda: message(window) is not None)
    assert "31.02.2027" in message(window).text()
    assert field.text() == "31.02.2027" and field.date() == SHOWN
    after.setFocus()  # a click elsewhere: the text and the words stay
    assert field.text() == "31.02.2027"
    assert not dates_read(window)
    assert QApplication.focusWidget() is field
    field.selectAll()
    qtbot.keyClicks(field, "2027-01-03")
    assert field.text() == "2027-01-03"
    assert dates_read(window) and field.date() == MEANT
    assert message(window) is None


def test_a_dialog_does_not_save_another_date_than_the_one_typed(qtbot, language):
    today = date(2026, 12, 3)
    dialog = SnoozeDialog(None, what="Ring mor", today=today, calendar=SchoolCalendar("no"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    dialog.day.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.day, "2026-12-01")  # before today, which a snooze cannot be
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.waitUntil(lambda: message(dialog) is not None)
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "2027-01-03")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.day.date() == MEANT
