"""The note editor and the PDF preview fit a low screen (1024 x 700, a small laptop at 125 %):
small enough at their smallest, never opened taller than the screen, and the note's Sign and
Save buttons on show at that size (NURSE_DESK_SHOTS=/folder saves the picture to look at)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from journal_fixtures import vault  # noqa: F401  (pytest fixture)
from PySide6.QtCore import QPoint
from test_pdf_preview import two_pages

from nurse_desk.domain.records import NewPupil
from nurse_desk.services import follow_up_work, pupils
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog
from nurse_desk.ui.common.screen_fit import WINDOW_FRAME
from nurse_desk.ui.journal.note_editor import NoteEditorDialog

SCREEN_HEIGHT, SCREEN_WIDTH = 700, 1024
SHOTS = os.environ.get("NURSE_DESK_SHOTS", "")


def fully_shown(widget, dialog) -> bool:
    top_left = widget.mapTo(dialog, QPoint(0, 0))
    return (
        widget.isVisible()
        and top_left.y() >= 0
        and top_left.y() + widget.height() <= dialog.height()
        and top_left.x() + widget.width() <= dialog.width()
    )


def test_the_note_editor_fits_a_low_screen_with_its_buttons_on_show(qtbot, vault):  # noqa: F811
    emil = pupils.add_pupil(
        vault, NewPupil("Emil", "Aasen", date(2012, 10, 15), "Granly skole", "8B")
    )
    editor = NoteEditorDialog(None, vault=vault, pupil=follow_up_work.pupil_of(vault, emil))
    qtbot.addWidget(editor)
    assert editor.minimumSizeHint().height() <= SCREEN_HEIGHT - WINDOW_FRAME
    room = editor.screen().availableGeometry()
    assert editor.height() <= room.height() - WINDOW_FRAME
    editor.resize(SCREEN_WIDTH, SCREEN_HEIGHT - WINDOW_FRAME)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.wait(50)  # the scroll area lays out and shows its scroll bar
    for button in (editor.sign_button, editor.close_button, editor.delete_button):
        assert fully_shown(button, editor), button.objectName()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        editor.grab().save(str(Path(SHOTS) / "note_editor_1024x660.png"))
    editor.keep_and_close()


def test_the_pdf_preview_fits_a_low_screen_with_its_buttons_on_show(qtbot):
    dialog = PdfPreviewDialog(None, pdf=two_pages(), title="Visit sheet", file_name="visit.pdf")
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().height() <= SCREEN_HEIGHT - WINDOW_FRAME
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() - WINDOW_FRAME
    dialog.resize(SCREEN_WIDTH, SCREEN_HEIGHT - WINDOW_FRAME)
    dialog.show()
    for button in (dialog.print_button, dialog.save_button, dialog.close_button):
        assert fully_shown(button, dialog), button.objectName()


def test_the_visit_plan_and_documentation_dialogs_open_no_taller_than_a_low_screen(
    qtbot,
    vault,  # noqa: F811
    monkeypatch,
):
    """On a 1024 x 700 screen the plan (860 x 680 wished) and the documentation (820 x 720)
    opened taller than the room under the title bar, their Save and Cancel below the edge."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from visit_fixtures import TODAY, full_plan

    from nurse_desk.services import home_visits
    from nurse_desk.ui.visits.documentation_dialog import DocumentationDialog
    from nurse_desk.ui.visits.visit_dialog import VisitDialog

    monkeypatch.setattr(
        QScreen, "availableGeometry", lambda _screen: QRect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT)
    )
    emil = pupils.add_pupil(
        vault, NewPupil("Emil", "Aasen", date(2012, 10, 15), "Granly skole", "8B")
    )
    visit = home_visits.plan_visit(vault, full_plan(emil), today=TODAY)
    plan = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    documentation = DocumentationDialog(None, visit=visit, today=TODAY)
    for dialog in (plan, documentation):
        qtbot.addWidget(dialog)
        assert dialog.height() <= SCREEN_HEIGHT - WINDOW_FRAME, dialog.objectName()
        assert dialog.width() <= SCREEN_WIDTH, dialog.objectName()
        assert dialog.minimumSizeHint().height() <= SCREEN_HEIGHT - WINDOW_FRAME
        dialog.show()
        qtbot.waitExposed(dialog)
        for button in dialog.buttons.buttons():
            assert fully_shown(button, dialog), (dialog.objectName(), button.text())
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(Path(SHOTS) / f"{dialog.objectName()}_1024x700.png"))


def test_the_main_window_opens_no_larger_than_a_low_screen_the_first_time(
    qtbot, make_window, monkeypatch
):
    """With no size kept from an earlier session the window asked for 1100 x 720: on a
    1024 x 700 screen its right edge (the pages' buttons) and status bar were off the screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from nurse_desk.ui.workspace import Section

    monkeypatch.setattr(
        QScreen, "availableGeometry", lambda _screen: QRect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT)
    )
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    assert window.width() <= SCREEN_WIDTH - WINDOW_FRAME // 2
    assert window.height() <= SCREEN_HEIGHT - WINDOW_FRAME
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH - WINDOW_FRAME // 2
    window.workspace.show_section(Section.TODAY)
    qtbot.wait(50)
    page = window.workspace.today_page
    for button in (page.new_button, page.print_button, page.ics_button, page.snooze_button):
        assert fully_shown(button, window), button.objectName()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / "main_window_first_start_1024x700.png"))


def test_today_shows_the_whole_due_date_and_time_of_an_overdue_task_on_a_low_screen(
    qtbot, make_window, monkeypatch
):
    """At 1,024 pixels the Due column cut 'Wed 10 Dec 2025  14:00' (bold, as an overdue task's
    date is) to 'Wed 10 Dec 2025  1…': the column was capped at 26 average characters."""
    from datetime import time

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from nurse_desk.domain.agenda import Bucket
    from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
    from nurse_desk.ui.followups.agenda_model import AgendaColumn
    from nurse_desk.ui.workspace import Section

    monkeypatch.setattr(
        QScreen, "availableGeometry", lambda _screen: QRect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT)
    )
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    demo = window.session.vault
    pupil_id = pupils.list_pupils(demo)[0].id
    last_year = date(date.today().year - 1, 12, 10)  # shown with its year
    follow_up_work.plan_follow_up(
        demo, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, last_year, due_time=time(14, 0))
    )
    window.workspace.show_section(Section.PUPILS)
    window.workspace.show_section(Section.TODAY)
    qtbot.wait(50)
    page = window.workspace.today_page
    page.reload()
    view, model = page.agenda_view, page.model
    column = AgendaColumn.DUE
    indexes = [
        model.item_index(Bucket.OVERDUE, n, column) for n in range(len(model.agenda.overdue))
    ]
    assert any("14:00" in index.data() for index in indexes)
    for index in indexes:
        assert view.columnWidth(column) >= view.sizeHintForIndex(index).width(), index.data()


def test_the_log_figures_search_about_and_guide_open_within_a_1024_x_700_screen_at_125(
    qtbot, make_window, monkeypatch
):
    """At 125 % a 1024 x 700 screen has 819 x 560 points: the access log (960 x 600), the
    yearly figures (900 x 620), the note search (900 x 560), About (720 x 560) and the user
    guide (720 x 640) opened taller than it, their Close buttons under the task bar."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from nurse_desk.ui.about_dialog import AboutDialog
    from nurse_desk.ui.figures.figures_dialog import FiguresDialog
    from nurse_desk.ui.help_dialog import HelpDialog
    from nurse_desk.ui.journal.access_log_dialog import AccessLogDialog
    from nurse_desk.ui.journal.search_dialog import NoteSearchDialog

    width, height = round(SCREEN_WIDTH / 1.25), round(SCREEN_HEIGHT / 1.25)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, width, height))
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    demo_vault = window.session.vault
    for dialog in (
        AccessLogDialog(window, vault=demo_vault),
        FiguresDialog(window, vault=demo_vault),
        NoteSearchDialog(window, vault=demo_vault),
        AboutDialog(window, vault_path=Path("/tmp/x.vault"), demo=True),
        HelpDialog(window),
    ):
        assert dialog.height() <= height - WINDOW_FRAME, dialog.objectName()
        assert dialog.width() <= width, dialog.objectName()
        dialog.close()
