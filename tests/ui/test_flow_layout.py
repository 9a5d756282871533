"""A row of buttons goes on in a second line when narrow, whole and side by side otherwise."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from screen_room import unreachable_buttons

from nurse_desk.ui.common.flow_layout import FlowLayout

NAMES = ("&New note", "New &consent", "Plan follow-&up…", "Plan home &visit…", "&Refer…")


def row_of_buttons(qtbot, *, right_aligned: bool = False):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    flow = FlowLayout(right_aligned=right_aligned)
    buttons = [QPushButton(name, objectName=f"button_{n}") for n, name in enumerate(NAMES)]
    for button in buttons:
        flow.addWidget(button)
    layout.addLayout(flow)
    below = QLabel("under the buttons")
    layout.addWidget(below, 1)
    window.show()
    qtbot.waitExposed(window)
    return window, flow, buttons, below


def lines(buttons: list[QPushButton]) -> int:
    return len({button.y() for button in buttons if button.isVisible()})


def test_the_row_is_one_line_when_there_is_room_and_wraps_when_not(qtbot):
    window, flow, buttons, below = row_of_buttons(qtbot)
    one_line = flow.sizeHint().width()
    assert one_line >= sum(b.sizeHint().width() for b in buttons)
    window.resize(one_line + 40, 200)
    qtbot.wait(10)
    assert lines(buttons) == 1
    assert unreachable_buttons(window) == []
    window.resize(one_line // 2, 200)
    qtbot.wait(10)
    assert lines(buttons) >= 2
    assert unreachable_buttons(window) == []  # none cut, none over another, all inside
    lowest = max(b.geometry().bottom() for b in buttons)
    assert below.geometry().top() > lowest  # the label under the row moved down with it


def test_at_its_narrowest_the_row_is_as_wide_as_its_widest_button(qtbot):
    window, flow, buttons, _below = row_of_buttons(qtbot)
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert flow.minimumSize().width() == widest
    window.resize(window.minimumSizeHint().width(), 400)
    qtbot.wait(10)
    assert lines(buttons) == len(buttons)
    assert unreachable_buttons(window) == []


def test_a_hidden_button_takes_no_place(qtbot):
    window, flow, buttons, _below = row_of_buttons(qtbot)
    buttons[1].hide()
    window.resize(1000, 200)
    qtbot.wait(10)
    assert buttons[2].x() - buttons[0].geometry().right() - 1 == flow.spacing()


def test_a_right_aligned_row_ends_at_its_right_edge_on_every_line(qtbot):
    window, flow, buttons, _below = row_of_buttons(qtbot, right_aligned=True)
    window.resize(flow.sizeHint().width() * 2 // 3, 200)
    qtbot.wait(10)
    assert lines(buttons) == 2
    right_edge = flow.geometry().right()
    ends = {}
    for button in buttons:
        ends[button.y()] = max(ends.get(button.y(), 0), button.geometry().right())
    assert set(ends.values()) == {right_edge}


def test_buttons_over_one_another_are_found(qtbot):
    """The window check finds what a row laid out wrong would do."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 100)
    first, second = QPushButton("&One", window), QPushButton("&Two", window)
    first.setGeometry(QRect(10, 10, 100, 30))
    second.setGeometry(QRect(60, 10, 100, 30))
    window.show()
    qtbot.waitExposed(window)
    assert unreachable_buttons(window) == ["&One and &Two: overlap"]
