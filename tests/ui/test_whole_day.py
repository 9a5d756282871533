"""A nurse's whole day through the real main window, at demo volume (360 pupils, their notes,
consents, visits, follow-ups and a term of absence), mostly from the keyboard:

unlock → Today → a pupil → write and sign a note → plan a home visit → preview its sheet →
complete a follow-up → open an absence flag → lock.

Every dialog is the real one, answered through key clicks once it is up (see `Modals`).
Screenshots of each screen, when asked for: NURSE_DESK_SHOTS=/some/folder pytest …
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from nurse_desk.domain.agenda import AgendaKind, Bucket
from nurse_desk.domain.follow_ups import FollowUpStatus
from nurse_desk.domain.home_visits import VisitStatus
from nurse_desk.domain.timeline import TimelineKind
from nurse_desk.services import follow_up_work, home_visits, journal
from nurse_desk.services import pupils as pupil_service
from nurse_desk.services.demo import create_demo_vault
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog
from nurse_desk.ui.followups.agenda_model import ITEM_ROLE as AGENDA_ITEM
from nurse_desk.ui.followups.agenda_model import AgendaColumn
from nurse_desk.ui.followups.closing_dialogs import CompleteDialog
from nurse_desk.ui.i18n import printout_language
from nurse_desk.ui.journal.note_editor import NoteEditorDialog
from nurse_desk.ui.visits.sheet_options_dialog import SheetOptionsDialog
from nurse_desk.ui.visits.visit_dialog import VisitDialog
from nurse_desk.ui.visits.visit_table_model import RECORD_ROLE as VISIT_RECORD
from nurse_desk.ui.workspace import Section

PASSPHRASE = "tidlig morgen ved kaffeautomaten"
SHOTS = os.environ.get("NURSE_DESK_SHOTS", "")
CTRL = Qt.KeyboardModifier.ControlModifier


class Modals:
    """Answers the next dialog of a given type once it is the active modal one: a type, not
    merely "the next modal", so a question opened from inside a dialog gets its own answer.
    A dialog that never comes fails the test; one left open is closed after 5 s."""

    def __init__(self) -> None:
        self.timers: list[QTimer] = []
        self.answered: list[str] = []
        self.errors: list[BaseException] = []

    def answer(self, kind: type[QWidget], action) -> None:
        timer, ticks = QTimer(), [0]
        timer.setInterval(10)

        def tick() -> None:
            ticks[0] += 1
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, kind) and dialog.isVisible():
                if not dialog.isActiveWindow():  # the window system gives it the keyboard
                    dialog.activateWindow()
                    return
                timer.stop()
                self.answered.append(kind.__name__)
                try:
                    action(dialog)
                except BaseException as error:  # shown by check(), not lost in Qt's loop
                    self.errors.append(error)
                    dialog.close()
            elif ticks[0] > 500:
                timer.stop()
                if dialog is not None:
                    dialog.close()

        timer.timeout.connect(tick)
        timer.start()
        self.timers.append(timer)

    def check(self, *expected: str) -> None:
        if self.errors:
            raise self.errors[0]
        assert self.answered == list(expected)
        self.answered.clear()

    def stop(self) -> None:
        for timer in self.timers:
            timer.stop()


@pytest.fixture
def modals():
    helper = Modals()
    yield helper
    helper.stop()


@pytest.fixture
def day_vault(vault_folder: Path) -> Path:
    path = vault_folder / "day.vault"
    create_demo_vault(path, PASSPHRASE).lock()
    return path


def shoot(window, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        language = printout_language()  # the window's language
        window.grab().save(str(Path(SHOTS) / f"day_{language}_{name}.png"))


def keys(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, as the nurse would. (Offscreen, nothing gives
    the main window the keyboard back when a dialog closes; a desktop does.)"""
    if QApplication.activeModalWidget() is None and QApplication.activeWindow() is None:
        main = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def unique_pupil(vault):
    """A pupil whose name no other pupil has: typing it finds one pupil."""
    listed = [p for p in pupil_service.list_pupils(vault) if p.active]
    names = [p.full_name for p in listed]
    return next(p for p in listed if names.count(p.full_name) == 1)


@pytest.mark.parametrize("language", ("en", "nb", "sv"))
def test_a_whole_day_through_the_main_window(
    qtbot, make_window, day_vault, modals, language, request
):
    window = make_window(day_vault, language)
    request.addfinalizer(lambda: window.translations.apply("en"))  # for the tests after
    window.resize(1024, 700)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    session, workspace = window.session, None

    # -- unlock ---------------------------------------------------------------------------
    assert window.screens.currentWidget() is window.unlock
    shoot(window, "1_unlock")
    assert QApplication.focusWidget() is window.unlock.passphrase
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    keys(qtbot, Qt.Key.Key_Return)
    assert session.is_unlocked
    workspace = window.workspace
    vault = session.vault

    # -- Today ----------------------------------------------------------------------------
    assert window.screens.currentWidget() is workspace
    assert workspace.current_section is Section.TODAY
    today = workspace.today_page
    due = [today.model.count_in(b) for b in Bucket]
    assert sum(due) > 0
    shoot(window, "2_today")

    # -- a pupil, found by typing the name ------------------------------------------------
    pupil = unique_pupil(vault)
    keys(qtbot, Qt.Key.Key_2, CTRL)
    assert workspace.current_section is Section.PUPILS
    pupils_page = workspace.pupils_page
    pupils_page.filter.setFocus()
    qtbot.keyClicks(pupils_page.filter, pupil.full_name)
    keys(qtbot, Qt.Key.Key_Return)
    page = pupils_page.pupil_page
    assert page.page is not None and page.page.pupil.id == pupil.id
    assert page.isVisible()
    shoot(window, "3_pupil")

    # -- write and sign a note, from the keyboard -----------------------------------------
    def write_and_sign(editor: NoteEditorDialog) -> None:
        assert QApplication.focusWidget() is editor.conversation
        qtbot.keyClicks(editor.conversation, "Snakket om søvn og skolevegring.")
        keys(qtbot, Qt.Key.Key_Return)  # Enter is a new line, not a button
        qtbot.keyClicks(editor.conversation, "Eleven vil prøve å legge seg før elleve.")
        keys(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor.assessment
        qtbot.keyClicks(editor.assessment, "Trenger støtte hjemme og på skolen.")
        keys(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor.actions
        qtbot.keyClicks(editor.actions, "Ny samtale om to uker.")
        shoot(editor, "3b_note")
        assert editor.isVisible()  # none of it pressed a button
        modals.answer(QMessageBox, lambda box: keys(qtbot, Qt.Key.Key_Return))  # sign: yes
        keys(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sign and lock…

    notes_before = len(page.page.notes)
    modals.answer(NoteEditorDialog, write_and_sign)
    keys(qtbot, Qt.Key.Key_N, CTRL)
    modals.check("NoteEditorDialog", "QMessageBox")
    assert len(page.page.notes) == notes_before + 1
    signed = page.current_item()
    assert signed.kind is TimelineKind.NOTE
    note = journal.get_note(vault, signed.ref_id)
    assert note.is_signed and note.signed_by
    assert note.conversation == (
        "Snakket om søvn og skolevegring.\nEleven vil prøve å legge seg før elleve."
    )
    assert note.actions == "Ny samtale om to uker."

    # -- plan a home visit for this pupil ---------------------------------------------------
    def plan(dialog: VisitDialog) -> None:
        shoot(dialog, "3c_visit_plan")
        assert dialog.current_pupil_id() == pupil.id
        assert not dialog.form.start.is_chosen()  # no hour chosen for her
        dialog.form.start.setFocus()
        qtbot.keyClicks(dialog.form.start, "1330")
        dialog.form.purpose_text.setFocus()
        qtbot.keyClicks(dialog.form.purpose_text, "Bli kjent med familien")
        keys(qtbot, Qt.Key.Key_S, CTRL)

    modals.answer(VisitDialog, plan)
    keys(qtbot, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    modals.check("VisitDialog")
    planned = page.current_item()
    assert planned.kind is TimelineKind.HOME_VISIT
    visit = home_visits.get_visit(vault, planned.ref_id)
    assert visit.plan.pupil_id == pupil.id and visit.status is VisitStatus.DRAFT
    assert (visit.plan.starts_at.hour, visit.plan.starts_at.minute) == (13, 30)

    # -- preview its preparation sheet from the Home visits page ---------------------------
    keys(qtbot, Qt.Key.Key_3, CTRL)
    assert workspace.current_section is Section.HOME_VISITS
    visits = workspace.visits_page
    rows = [visits.proxy.index(r, 0) for r in range(visits.proxy.rowCount())]
    mine = next(i for i in rows if i.data(VISIT_RECORD).visit_id == visit.id)
    visits.table.setCurrentIndex(mine)
    visits.table.setFocus()
    shoot(window, "4_visits")
    seen = {}

    def preview(dialog: PdfPreviewDialog) -> None:
        shoot(dialog, "4b_sheet_preview")
        seen["pages"] = len(dialog.page_labels)
        seen["title"] = dialog.windowTitle()
        keys(qtbot, Qt.Key.Key_Escape)

    modals.answer(SheetOptionsDialog, lambda dialog: keys(qtbot, Qt.Key.Key_Return))
    modals.answer(PdfPreviewDialog, preview)
    keys(qtbot, Qt.Key.Key_P, CTRL)
    modals.check("SheetOptionsDialog", "PdfPreviewDialog")
    assert seen["pages"] >= 2 and seen["title"]

    # -- complete a follow-up on Today ------------------------------------------------------
    keys(qtbot, Qt.Key.Key_1, CTRL)
    assert workspace.current_section is Section.TODAY
    model = today.model
    bucket = next(
        b
        for b in (Bucket.TODAY, Bucket.OVERDUE)
        if any(
            model.item_index(b, r).data(AGENDA_ITEM).kind is AgendaKind.FOLLOW_UP
            for r in range(model.count_in(b))
        )
    )
    index = next(
        model.item_index(bucket, r, AgendaColumn.PUPIL)
        for r in range(model.count_in(bucket))
        if model.item_index(bucket, r).data(AGENDA_ITEM).kind is AgendaKind.FOLLOW_UP
    )
    item = index.data(AGENDA_ITEM)
    today.agenda_view.setCurrentIndex(index)
    today.agenda_view.setFocus()

    def complete(dialog: CompleteDialog) -> None:
        assert QApplication.focusWidget() is dialog.outcome
        qtbot.keyClicks(dialog.outcome, "Snakket med eleven; går bedre.")
        keys(qtbot, Qt.Key.Key_Return, CTRL)

    modals.answer(CompleteDialog, complete)
    keys(qtbot, Qt.Key.Key_D, CTRL)
    modals.check("CompleteDialog")
    line = follow_up_work.follow_up_line(vault, item.ref_id)
    if item.recurring:  # the series goes on; this date is done
        assert line.status is FollowUpStatus.OPEN and line.due_on > item.due_on
    else:
        assert line.status is FollowUpStatus.DONE
        assert line.outcome == "Snakket med eleven; går bedre."
    shoot(window, "5_today_after")

    # -- open an absence flag ---------------------------------------------------------------
    absence = workspace.absence_page
    keys(qtbot, Qt.Key.Key_6, CTRL)
    # read ahead after the unlock, or read now if the day got here sooner than that
    qtbot.waitUntil(
        lambda: absence.overview is not None and not absence.analysis.busy, timeout=30_000
    )
    assert workspace.current_section is Section.ABSENCE
    assert absence.proxy.rowCount() > 0
    absence.table.setCurrentIndex(absence.proxy.index(0, 0))
    absence.table.setFocus()
    keys(qtbot, Qt.Key.Key_Return)
    view = absence.pupil_view
    assert view.isVisible() and view.flags.count() > 0
    assert view.current_flag() is not None
    shoot(window, "6_absence_flag")

    # -- lock ---------------------------------------------------------------------------------
    keys(qtbot, Qt.Key.Key_L, CTRL)
    assert not session.is_unlocked
    assert window.screens.currentWidget() is window.unlock
    assert pupils_page.pupil_page.page is None
    assert today.model.count_in(Bucket.TODAY) == 0
    assert absence.proxy.rowCount() == 0 and visits.proxy.rowCount() == 0
    assert date.today()  # the demo is built around today; nothing above pinned another day
    shoot(window, "7_locked")
