"""The benchmark's window driver: its interaction times end when settle() has handled every
event, so settle() must deliver the paint events a change causes."""

from PySide6.QtWidgets import QLabel

from bench.ui_driver import Paints, settle


def test_settle_delivers_the_paint_events_a_change_causes(qtbot) -> None:
    label = QLabel("before")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    settle()
    with Paints() as quiet:
        settle()
    with Paints() as changed:
        label.setText("after")
        settle()
    assert quiet.count == 0
    assert changed.count >= 1
