"""The New school year dialog: preview per school, then one confirmed step."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.school_year import MoveKind
from nurse_desk.services import pupils
from nurse_desk.ui.pupils.school_year_dialog import MOVE_ROLE, SchoolYearDialog


def add(vault, given, klass, school="Granly skole"):
    return pupils.add_pupil(vault, NewPupil(given, "Berg", date(2013, 3, 4), school, klass))


def test_preview_then_confirmed_move(qtbot, vault, monkeypatch, qtmodeltester, tmp_path):
    ids = [add(vault, "Ida", "8B"), add(vault, "Ola", "10A"), add(vault, "Kim", "Gul")]
    other = add(vault, "Per", "5A", school="Bø skole")
    dialog = SchoolYearDialog(None, vault=vault, schools=["Bø skole", "Granly skole"])
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    dialog.school.setCurrentText("Granly skole")
    moves = {m.pupil_id: m for m in dialog.moves()}
    assert (moves[ids[0]].kind, moves[ids[0]].after) == (MoveKind.MOVES_UP, "9B")
    assert moves[ids[1]].kind is MoveKind.LEAVES
    assert moves[ids[2]].kind is MoveKind.NOT_MOVED
    dialog.top_grade.setValue(11)
    moved = {m.pupil_id: m for m in dialog.moves()}
    assert (moved[ids[1]].kind, moved[ids[1]].after) == (MoveKind.MOVES_UP, "11A")
    assert dialog.model.index(0, 0).data(MOVE_ROLE).before == "Gul"  # ungraded first
    dialog.top_grade.setValue(10)
    dialog.resize(640, 360)
    dialog.grab().save("/tmp/pupil-import/school_year.png")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    after = {p.id: p for p in pupils.list_pupils(vault)}
    assert after[ids[0]].class_name == "9B"
    assert after[ids[1]].left_on is not None and not after[ids[1]].active
    assert after[ids[2]].class_name == "Gul"
    assert after[other].class_name == "5A"
    again = SchoolYearDialog(None, vault=vault, schools=["Granly skole", "Bø skole"])
    qtbot.addWidget(again)
    assert not again.already_moved.isHidden()  # a second run this year is pointed out
    again.school.setCurrentText("Bø skole")
    assert again.already_moved.isHidden()


def test_saying_no_to_the_confirmation_moves_nothing(qtbot, vault, monkeypatch):
    pupil_id = add(vault, "Ida", "8B")
    dialog = SchoolYearDialog(None, vault=vault, schools=["Granly skole"])
    qtbot.addWidget(dialog)
    assert dialog.already_moved.isHidden()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert pupils.list_pupils(vault)[0].class_name == "8B"
    assert pupils.list_pupils(vault)[0].id == pupil_id
