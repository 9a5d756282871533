"""The plan dialog offers the household's children with why, ticks none of them, and keeps the
ones the nurse ticked (through a refresh, and when the plan is opened again)."""

from __future__ import annotations

from datetime import date

from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
from PySide6.QtCore import Qt, QTime
from visit_fixtures import TODAY

from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.services import home_visits, pupils
from nurse_desk.ui.visits.visit_dialog import VisitDialog


def test_siblings_are_offered_with_why_none_ticked_and_the_ticked_one_is_saved(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811  (Emil, whose mother Anne Aasen has +47 900 00 000)
):
    sister = pupils.add_pupil(
        vault,
        NewPupil(
            "Ida",
            "Aasen",
            date(2015, 4, 2),
            "Solbakken skole",
            "5A",
            guardians=(GuardianRecord("Anne Aasen", "mor", "900 00 000"),),
        ),
    )
    pupils.add_pupil(  # another Anne Aasen: same name, another phone
        vault,
        NewPupil(
            "Ola",
            "Aasen",
            date(2013, 1, 9),
            "Fjellvang ungdomsskole",
            "9C",
            guardians=(GuardianRecord("Anne Aasen", "mor", "+47 977 77 777"),),
        ),
    )
    dialog = VisitDialog(
        None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault), pupil_id=pupil_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    offered = dialog.form.siblings
    assert offered.count() == 1
    item = offered.item(0)
    assert item.text() == "Ida Aasen (5A, Solbakken skole) – same guardian phone"
    assert item.checkState() == Qt.CheckState.Unchecked  # the nurse confirms, not the app
    item.setCheckState(Qt.CheckState.Checked)
    dialog._use_context(home_visits.visit_context(vault, pupil_id))  # e.g. after a consent
    assert dialog.form.sibling_ids() == (sister,)
    dialog.form.start.setTime(QTime(13, 0))
    dialog._on_save_clicked()
    saved = home_visits.get_visit(vault, dialog.saved.id)
    assert saved.plan.sibling_ids == (sister,)
    again = VisitDialog(None, vault=vault, today=TODAY, visit=saved)
    qtbot.addWidget(again)
    assert again.form.sibling_ids() == (sister,) and not again.has_unsaved_words()


def test_a_pupil_without_a_household_says_so(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    dialog = VisitDialog(
        None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault), pupil_id=pupil_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.siblings.count() == 0
    assert dialog.form.no_siblings.isVisible() and not dialog.form.siblings.isVisible()


def test_the_plan_dialog_for_one_pupil_reads_her_household_once(
    qtbot,
    monkeypatch,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    """Choosing the pupil as the dialog opens reads her guardians, consents and household
    (every guardian of the vault and every visited address) once, not twice."""
    asked: list[int] = []
    read = home_visits.visit_context

    def counted(vault, pupil, *args, **kwargs):
        asked.append(pupil)
        return read(vault, pupil, *args, **kwargs)

    monkeypatch.setattr(home_visits, "visit_context", counted)
    dialog = VisitDialog(
        None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault), pupil_id=pupil_id
    )
    qtbot.addWidget(dialog)
    assert dialog.current_pupil_id() == pupil_id
    assert dialog._context is not None and dialog._context.pupil.id == pupil_id
    assert asked == [pupil_id]
