"""The day's soak (bench/day_soak.py): its figures are only worth reading if the growth it
reports is the slope of what it sampled and a modal dialog it answers is closed afterwards."""

from PySide6.QtWidgets import QDialog, QLineEdit

from bench.day_soak import answered, slope_per_100


def test_growth_is_reported_per_100_cycles() -> None:
    assert slope_per_100([(25, 200.0), (50, 205.0), (75, 210.0)]) == 20.0
    assert slope_per_100([(25, 7.0), (50, 7.0)]) == 0.0
    assert slope_per_100([(25, 7.0)]) == 0.0


def test_a_modal_dialog_is_answered_and_closed(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit(dialog)
    seen = []

    def answer(shown) -> None:
        seen.append(shown)
        field.setText("typed")  # and left open: the soak closes it

    answered(dialog.exec, answer)
    assert seen == [dialog] and field.text() == "typed"
    assert not dialog.isVisible()
