"""The window and its dialogs fit a school laptop at 125 % scaling, and every button is there.

A 1366 x 768 panel at 125 % gives the app 1093 x 614 points, 566 above the task bar; a
1280 x 800 one 1024 x 640 (592). The screen here is the smaller of both, 1024 x 560 points.
The window itself is also checked on the narrowest laptop panel, 1024 x 700 pixels, whose 819 x
560 points at 125 % it must fit as well.
Each section, a pupil's page and every dialog their buttons open are checked: the smallest size
fits the screen under a title bar, it opens no larger, and each button is inside the window
(once scrolled to, inside a scrolling form) and not cut short. NURSE_DESK_SHOTS=/folder saves
the pictures at 125 % to look at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget
from screen_room import MAIN_DIALOGS, window_problems

from nurse_desk.ui.workspace import Section

SCREEN = QRect(0, 0, 1024, 560)
NARROW = QRect(0, 0, 819, 560)  # 1024 x 700 pixels at 125 %
CHILD = Path(__file__).with_name("laptop_at_125_child.py")
REPO = Path(__file__).resolve().parents[2]
SHOTS = os.environ.get("NURSE_DESK_SHOTS", "")


@pytest.mark.parametrize("screen", [SCREEN, NARROW], ids=["1024", "819"])
@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_the_window_and_every_page_fit_a_laptop_at_125_with_every_button_there(
    qtbot, make_window, monkeypatch, language, screen
):
    """Points are what the layouts measure in, so a screen of 1024 x 560 at 100 % lays out the
    window as the laptop does. The window could not be made lower than 570 points: Settings was
    464 high at its smallest. It stood taller than the whole screen, its status bar and the
    bottom of every page under the task bar, the title bar above the top. Nor narrower than 929
    points (949 in bokmål): on a screen 819 points wide the pages' buttons were off its right
    edge, the widest rows of buttons (the pupils list's heading, Settings' rows, the visits'
    and the referrals' buttons) each wider than the room beside the sidebar."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: screen)
    window = make_window(Path("/nonexistent/never.vault"), language=language, demo=True)
    try:
        problems = window_problems(window, screen)
    finally:
        window.translations.apply("en")
    assert problems == []


def test_settings_scroll_up_and_down_and_stay_as_wide_as_their_boxes_in_every_language(
    qtbot, make_window
):
    """The boxes scroll up and down, never sideways: the page is at its narrowest as wide as
    its boxes, also after the language is changed while it is up (the layout around a scroll
    area kept the width it was first told, 596 points in bokmål for boxes 764 wide)."""
    from nurse_desk.ui.common.lay_out_now import lay_out_now

    window = make_window(Path("/nonexistent/never.vault"), language="en", demo=True)
    window.workspace.show_section(Section.SETTINGS)
    page = window.workspace.settings_page
    boxes = page.findChild(QWidget, "settings_boxes")
    try:
        for language in ("nb", "sv", "en"):
            window.translations.apply(language)
            qtbot.wait(10)
            lay_out_now(window)  # the boxes, then the page around them: two layout passes
            smallest, boxes_smallest = page.minimumSizeHint(), boxes.minimumSizeHint()
            assert smallest.width() > boxes_smallest.width(), language
            assert smallest.height() < boxes_smallest.height(), language
    finally:
        window.translations.apply("en")


def test_tab_into_the_settings_from_the_sidebar_scrolls_to_the_field_it_reaches(
    qtbot, make_window, monkeypatch
):
    """Shift+Tab from the sidebar went to Receive a record, under the form's lower edge, and
    Tab round to Language, above its upper edge: the scroll area scrolled only for Tab from
    one of its own fields."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QScrollArea

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: SCREEN)
    window = make_window(Path("/nonexistent/never.vault"), language="nb", demo=True)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    window.workspace.show_section(Section.SETTINGS)
    page = window.workspace.settings_page
    scroll = page.findChild(QScrollArea, "settings_scroll")
    qtbot.wait(10)
    assert scroll.verticalScrollBar().maximum() > 0  # the boxes are taller than their view

    def shown(widget) -> bool:
        top_left = widget.mapTo(scroll.viewport(), QPoint(0, 0))
        return top_left.y() >= 0 and top_left.y() + widget.height() <= scroll.height()

    try:
        for key, reached in ((Qt.Key.Key_Backtab, "receive_record_button"), (Qt.Key.Key_Tab, "")):
            window.workspace.sidebar.setFocus()
            qtbot.keyClick(window.workspace.sidebar, key)
            focused = QApplication.focusWidget()
            assert page.isAncestorOf(focused), key
            assert focused.objectName() == reached or not reached
            assert shown(focused), focused.objectName()
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    finally:
        window.translations.apply("en")


def test_today_keeps_room_for_six_tasks_with_eight_late_drafts_named(
    qtbot, make_window, monkeypatch
):
    """The late drafts' line stood beside the page's three buttons, in half the page's width:
    the demo's eight names took five lines, and the agenda under them showed the Overdue
    heading and four tasks (5.7 rows). The line now spans the page under the buttons."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: SCREEN)
    window = make_window(Path("/nonexistent/never.vault"), language="nb", demo=True)
    try:
        window.workspace.show_section(Section.TODAY)
        qtbot.wait(10)
        page = window.workspace.today_page
        assert len(page.drafts.drafts) == 8  # as many as are named
        view = page.agenda_view
        rows = view.viewport().height() / view.verticalHeader().defaultSectionSize()
        assert rows >= 6.5, rows
        assert page.drafts.width() == view.width()
    finally:
        window.translations.apply("en")


def test_at_125_percent_the_window_and_every_dialog_fit_a_laptop_screen(tmp_path):
    """The real thing, in a process of its own: QT_SCALE_FACTOR=1.25 on a screen of 1280 x 700
    pixels, in bokmål, whose words are the widest. Every dialog opens at the size Qt or the
    dialog chooses on that screen, which a screen stood in for here could not tell."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps({"screens": [{"name": "laptop", "width": 1280, "height": 700}]}),
        encoding="utf-8",
    )
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR="1.25",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")])),
    )
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
    child = subprocess.run(
        [sys.executable, str(CHILD), "nb", str(tmp_path), *([SHOTS] if SHOTS else [])],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    found = json.loads(child.stdout.splitlines()[-1])
    assert (found["screen"], found["scale"]) == ([SCREEN.width(), SCREEN.height()], 1.25)
    assert MAIN_DIALOGS | {"class_list_import_dialog", "pdf_preview"} <= set(found["measured"])
    assert found["problems"] == []


def test_a_pupil_s_two_guardians_show_whole_when_her_details_open_on_a_laptop(qtbot, monkeypatch):
    """The pupil's dialog opened at its smallest on a low screen (Qt opens a dialog no taller
    than two thirds of the screen, then grows it to its smallest): its guardians' table had
    room for its header and one guardian, under two empty lines kept for problems that were
    not there, and a sideways scroll bar over phone numbers broken in two."""
    from datetime import date

    from nurse_desk.domain.records import GuardianRecord, PupilRecord
    from nurse_desk.ui.pupils.pupil_dialog import PupilDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: SCREEN)
    emil = PupilRecord(
        7, "Emil", "Aasen", date(2012, 10, 15), None, "Granly", "8B", True,
        guardians=(GuardianRecord("Kari Aasen", "mor", "+47 912 34 567"),
                   GuardianRecord("Per Aasen", "far", "+47 987 65 432")),
    )  # fmt: skip
    dialog = PupilDialog(None, schools=["Granly"], country="no", pupil=emil)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.guardians
    second = table.rowViewportPosition(1) + table.rowHeight(1)
    assert second <= table.viewport().height(), (second, table.viewport().height())
    assert not table.horizontalScrollBar().isVisible()  # the phone numbers on one line
