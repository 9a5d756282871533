"""Ctrl+L (or the idle lock) in the middle of typing: the amendment and the visit documentation
are kept in the vault and come back when the nurse opens the same form again, a home-visit plan
is saved as a draft visit, every dialog holding typed words can say what became of them, and no
closed dialog is left behind holding the words. Follow-ups and referrals:
test_typed_over_lock_forms.py. Driven through the real window."""

from __future__ import annotations

from datetime import date, timedelta

from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
from lock_fixtures import lock_notes, open_pupil, unlock
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog
from visit_fixtures import TODAY, full_plan

from nurse_desk.domain.home_visits import AgreedFollowUp
from nurse_desk.services import home_visits, journal, pending_entries
from nurse_desk.storage import removal
from nurse_desk.ui.common.kept_over_lock import PendingPlace
from nurse_desk.ui.followups.closing_dialogs import CompleteDialog
from nurse_desk.ui.journal.amend_dialog import AmendDialog
from nurse_desk.ui.journal.timeline_model import ITEM_ROLE
from nurse_desk.ui.visits.documentation_dialog import DocumentationDialog


def choose_signed_note(pupil_page) -> int:
    for row in range(pupil_page.model.rowCount()):
        index = pupil_page.model.index(row, 0)
        item = index.data(ITEM_ROLE)
        note = next((n for n in pupil_page.page.notes if n.id == item.ref_id), None)
        if note is not None and note.is_signed and item.kind.name == "NOTE":
            pupil_page.timeline.setCurrentIndex(index)
            return note.id
    raise AssertionError("the demo pupil has no signed note")


def test_an_amendment_typed_when_the_vault_locks_comes_back_on_the_same_note(
    qtbot, demo_window, in_next_modal
):
    pupil_page = open_pupil(qtbot, demo_window)
    note_id = choose_signed_note(pupil_page)
    assert pupil_page.amend_button.isVisible()
    amended_before = journal.get_note(demo_window.session.vault, note_id).amendments

    def type_then_lock(dialog) -> None:
        qtbot.keyClicks(dialog.reason, "Feil klokkeslett")
        qtbot.keyClicks(dialog.text, "Samtalen var kl. 10, ikke 9.")
        demo_window.lock_now()

    seen = in_next_modal(type_then_lock)
    qtbot.mouseClick(pupil_page.amend_button, Qt.MouseButton.LeftButton)
    assert seen["dialog"].objectName() == "amend_dialog"
    assert demo_window.session.vault is None
    qtbot.waitUntil(lambda: not demo_window.findChildren(AmendDialog))  # none left holding it
    unlock(qtbot, demo_window)
    assert "An amendment: what you had typed is kept in the vault" in lock_notes(qtbot)
    assert journal.get_note(demo_window.session.vault, note_id).amendments == amended_before
    pupil_page = open_pupil(qtbot, demo_window)
    assert choose_signed_note(pupil_page) == note_id
    back = {}

    def read_then_add(dialog) -> None:
        back["reason"], back["text"] = dialog.reason.text(), dialog.text.toPlainText()
        dialog.accept()

    in_next_modal(read_then_add)
    qtbot.mouseClick(pupil_page.amend_button, Qt.MouseButton.LeftButton)
    assert back == {"reason": "Feil klokkeslett", "text": "Samtalen var kl. 10, ikke 9."}
    amendments = journal.get_note(demo_window.session.vault, note_id).amendments
    assert amendments[: len(amended_before)] == amended_before
    assert [a.text for a in amendments[len(amended_before) :]] == ["Samtalen var kl. 10, ikke 9."]
    opened = in_next_modal(lambda dialog: dialog.reject())  # taken back: offered once only
    qtbot.mouseClick(pupil_page.amend_button, Qt.MouseButton.LeftButton)
    assert opened["dialog"] is not None


def test_a_home_visit_plan_typed_when_the_vault_locks_is_saved_as_a_draft_visit(
    qtbot, demo_window, in_next_modal
):
    pupil_page = open_pupil(qtbot, demo_window)
    emil = pupil_page.page.pupil.id
    visits = home_visits.list_visits(demo_window.session.vault)
    before = {v.visit_id for v in visits if v.pupil_id == emil}
    day = date.today() + timedelta(days=10)

    def type_then_lock(dialog) -> None:
        dialog.form.day.setDate(QDate(day.year, day.month, day.day))
        dialog.form.start.setTime(QTime(13, 30))
        dialog.form.address.setText("Granlyveien 12")
        demo_window.lock_now()

    in_next_modal(type_then_lock)
    qtbot.mouseClick(pupil_page.visit_button, Qt.MouseButton.LeftButton)
    assert demo_window.session.vault is None
    unlock(qtbot, demo_window)
    assert "A home-visit plan: saved as it stood" in lock_notes(qtbot)
    visits = home_visits.list_visits(demo_window.session.vault)
    added = [v for v in visits if v.pupil_id == emil and v.visit_id not in before]
    assert len(added) == 1
    plan = home_visits.get_visit(demo_window.session.vault, added[0].visit_id).plan
    assert plan.address == "Granlyveien 12" and plan.planned_on == day


def _dialogs_holding_typed_words() -> list[type]:
    import importlib
    import inspect
    import pkgutil

    import nurse_desk.ui

    found = set()
    for module_info in pkgutil.walk_packages(nurse_desk.ui.__path__, "nurse_desk.ui."):
        module = importlib.import_module(module_info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and hasattr(cls, "has_unsaved_words"):
                found.add(cls)
    return sorted(found, key=lambda cls: cls.__qualname__)


def test_every_dialog_holding_typed_words_says_after_unlocking_what_became_of_them():
    """The lock asks each dialog it closes to keep its words; one that cannot would lose them
    without a word to the nurse."""
    dialogs = _dialogs_holding_typed_words()
    assert len(dialogs) >= 10
    assert [cls.__qualname__ for cls in dialogs if not hasattr(cls, "keep_before_lock")] == []


def test_a_documentation_kept_over_the_lock_comes_back_row_by_row(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    place = PendingPlace(vault, pupil_id, "documentation", visit.id)
    first = DocumentationDialog(None, visit=visit, today=TODAY, place=place)
    qtbot.addWidget(first)
    first.observations.item(1, 0).setCheckState(Qt.CheckState.Checked)
    first.observations.item(1, 1).setText("Ryddig")
    first.answers.item(0, 1).setText("Etter ferien")
    first.summary.setPlainText("Godt besøk")
    first.add_follow_up(AgreedFollowUp(TODAY + timedelta(days=7), "Ring mor"))
    typed = first.documentation()
    assert "kept in the vault" in first.keep_before_lock()
    again = DocumentationDialog(None, visit=visit, today=TODAY, place=place)
    qtbot.addWidget(again)
    assert again.documentation() == typed and again.has_unsaved_words()
    third = DocumentationDialog(None, visit=visit, today=TODAY, place=place)
    qtbot.addWidget(third)
    assert not third.has_unsaved_words()  # handed back once, then gone from the vault


def test_removing_a_pupil_for_good_removes_what_the_lock_kept(
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    pending_entries.keep(vault, pupil_id=pupil_id, form="amendment", subject=3, values={"a": 1})
    with vault.session() as session, session.begin():
        removal.remove_pupil(session, pupil_id)
    assert pending_entries.take(vault, pupil_id=pupil_id, form="amendment", subject=3) is None


def test_an_outcome_kept_over_the_lock_comes_back_for_the_same_follow_up(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    place = PendingPlace(vault, pupil_id, "outcome", 7)
    first = CompleteDialog(None, what="Ring mor", place=place)
    qtbot.addWidget(first)
    qtbot.keyClicks(first.outcome, "Mor ringt, alt vel")
    first.write_note.setChecked(True)
    assert "kept in the vault" in first.keep_before_lock()
    other = CompleteDialog(
        None, what="Noe annet", place=PendingPlace(vault, pupil_id, "outcome", 8)
    )
    qtbot.addWidget(other)
    assert other.outcome.toPlainText() == ""  # another follow-up: nothing of this one
    again = CompleteDialog(None, what="Ring mor", place=place)
    qtbot.addWidget(again)
    assert again.completion() == first.completion() and again.problem.text() != ""
