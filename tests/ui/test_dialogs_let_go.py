"""A form opened and closed is let go, not left as a hidden child of the page that opened it.

A dialog whose own signals are connected to lambdas that name it is held by those connections,
which the cycle collector cannot see: without `deleteLater()` after `exec()`, every opening left
a hidden copy behind (a day's soak at a school year's volume counted one more widget tree per
opening) holding the vault and what it showed, the follow-up and referral forms every pupil's
name in their pupil lists, past the lock.
"""

from __future__ import annotations

import gc
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from nurse_desk.domain.follow_ups import FollowUpStatus
from nurse_desk.services import follow_up_work, home_visits
from nurse_desk.ui.followups.acting import Target
from nurse_desk.ui.referrals.referrals_tab import ask_and_send
from nurse_desk.ui.visits.documentation_dialog import DocumentationDialog
from nurse_desk.ui.workspace import Section


def closed_at_once(open_it) -> None:
    """Runs `open_it`, which waits in a modal dialog; the dialog is cancelled once it is up."""

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(5, cancel)
        else:
            dialog.reject()

    QTimer.singleShot(0, cancel)
    open_it()


def dialogs_alive() -> list[str]:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return sorted(type(w).__name__ for w in QApplication.allWidgets() if isinstance(w, QDialog))


@pytest.fixture
def openings(demo_window):
    """Each form's way in, as the nurse's click takes it."""
    window = demo_window
    workspace = window.workspace
    vault = window.session.vault
    line = next(
        line
        for line in follow_up_work.follow_up_lines(vault, status=FollowUpStatus.OPEN)
        if not line.is_recurring
    )
    target = Target(line.id, line.pupil_id, None, False, line.pupil_name)
    actions = workspace.today_page.actions_
    workspace.open_pupil(line.pupil_id)
    pupil_page = workspace.pupils_page.pupil_page
    visit = home_visits.open_visit(vault, home_visits.list_visits(vault)[0].visit_id)
    visits_page = workspace.page(Section.HOME_VISITS)
    return {
        "schools": workspace.settings_page.schools_button.click,
        "new follow-up": actions.plan,
        "snooze": lambda: actions.snooze(target),
        "pupil's follow-up": pupil_page.follow_up_button.click,
        "pupil's home visit": pupil_page.visit_button.click,
        "referral": lambda: ask_and_send(window, vault),
        "documentation": lambda: DocumentationDialog.document(
            visits_page, visit=visit, today=date.today()
        ),
    }


def test_every_form_closed_is_gone(openings):
    left = {}
    for name, open_it in openings.items():
        before = dialogs_alive()
        closed_at_once(open_it)
        after = dialogs_alive()
        if after != before:
            left[name] = [kind for kind in set(after) if after.count(kind) > before.count(kind)]
    assert left == {}


def test_a_closed_note_editor_is_let_go_without_the_cycle_collector(qtbot, vault):
    """Its templates' helper held the editor as an attribute, and the editor held the helper:
    a closed editor, still alive in Qt, was freed only by the cycle collector, at whatever
    moment the window's timer ran it (a day of clicking crashed in Qt's screen list after such
    a collection). Without the cycle, it goes when its last reference does."""
    import weakref

    from nurse_desk.domain.records import NewPupil
    from nurse_desk.services import pupils
    from nurse_desk.ui.journal.note_editor import NoteEditorDialog

    pupil_id = pupils.add_pupil(
        vault, NewPupil("Emil", "Aasen", date(2012, 10, 15), "Granly skole", "8B")
    )
    editor = NoteEditorDialog(None, vault=vault, pupil=follow_up_work.pupil_of(vault, pupil_id))
    editor.show()
    qtbot.waitExposed(editor)
    editor.close()
    gone = weakref.ref(editor)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del editor
        assert gone() is None
    finally:
        if was_enabled:
            gc.enable()
