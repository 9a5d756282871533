"""The Today view and the Follow-ups section with demo data, driven with qtbot."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.agenda import AgendaKind, Bucket
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus, NewFollowUp
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.services import access, journal, pupils
from nurse_desk.services import follow_up_work as work
from nurse_desk.services.agenda import today_agenda
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog, Released
from nurse_desk.ui.common.reason_dialog import ReasonDialog
from nurse_desk.ui.followups.agenda_model import ITEM_ROLE, AgendaColumn, AgendaModel
from nurse_desk.ui.followups.closing_dialogs import CompleteDialog, Completion, SnoozeDialog
from nurse_desk.ui.followups.follow_up_dialog import FollowUpDialog
from nurse_desk.ui.followups.follow_up_table_model import (
    FollowUpFilterProxyModel,
    FollowUpTableModel,
)
from nurse_desk.ui.journal.note_editor import NoteEditorDialog
from nurse_desk.ui.workspace import Section


@pytest.fixture
def window(make_window):
    return make_window(Path("/nonexistent/never.vault"), demo=True)


def first_item_index(model: AgendaModel, bucket: Bucket, column: AgendaColumn):
    return model.item_index(bucket, 0, column)


def click(qtbot, view, index) -> None:
    view.scrollTo(index)  # as a person would: the item may be below the fold
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_today_is_the_home_with_its_parts_and_the_count_in_the_sidebar(qtbot, window):
    assert window.workspace.current_section is Section.TODAY
    page = window.workspace.today_page
    agenda = today_agenda(window.session.vault, date.today())
    assert page.model.heading_rows() == [page.model.bucket_index(b).row() for b in Bucket]
    assert len(agenda.overdue) > 0 and len(agenda.due_today) > 0
    for bucket in Bucket:
        parent = page.model.bucket_index(bucket)
        assert page.model.count_in(bucket) == len(agenda.bucket(bucket))
        assert f"({len(agenda.bucket(bucket))})" in parent.data()
    sidebar = window.workspace.sidebar.item(Section.TODAY).text()
    assert sidebar.endswith(f"({agenda.needs_attention})")
    overdue = first_item_index(page.model, Bucket.OVERDUE, AgendaColumn.DUE)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"


def test_the_agenda_model_passes_the_qt_model_tester(qtmodeltester, window):
    model = AgendaModel()
    model.set_agenda(today_agenda(window.session.vault, date.today()))
    qtmodeltester.check(model)


def test_one_click_on_the_pupil_opens_the_page(qtbot, window):
    page = window.workspace.today_page
    index = first_item_index(page.model, Bucket.OVERDUE, AgendaColumn.PUPIL)
    item = index.data(ITEM_ROLE)
    click(qtbot, page.agenda_view, index)
    assert window.workspace.current_section is Section.PUPILS
    assert window.workspace.pupils_page.pupil_page.page.pupil.id == item.pupil_id


def test_one_click_on_done_completes_the_item(qtbot, window, monkeypatch):
    asked = []

    def answer(parent, *, what, place=None):
        asked.append(what)
        return Completion("Snakket med eleven", write_note=False)

    monkeypatch.setattr(CompleteDialog, "ask", classmethod(lambda cls, *a, **k: answer(*a, **k)))
    page = window.workspace.today_page
    before = page.model.count_in(Bucket.TODAY)
    index = first_item_index(page.model, Bucket.TODAY, AgendaColumn.DONE)
    item = index.data(ITEM_ROLE)
    assert item.kind is AgendaKind.FOLLOW_UP
    click(qtbot, page.agenda_view, index)
    assert asked and item.pupil_name in asked[0]
    assert page.model.count_in(Bucket.TODAY) == before - 1
    if not item.recurring:
        line = work.follow_up_line(window.session.vault, item.ref_id)
        assert line.status is FollowUpStatus.DONE and line.outcome == "Snakket med eleven"
    assert (
        window.workspace.sidebar.item(Section.TODAY)
        .text()
        .endswith(f"({today_agenda(window.session.vault, date.today()).needs_attention})")
    )


def test_moving_an_overdue_item_takes_it_out_of_overdue(qtbot, window, monkeypatch):
    page = window.workspace.today_page
    later = date.today().toordinal() + 30
    monkeypatch.setattr(
        SnoozeDialog, "ask", classmethod(lambda cls, *a, **k: date.fromordinal(later))
    )
    index = first_item_index(page.model, Bucket.OVERDUE, AgendaColumn.WHAT)
    moved = index.data(ITEM_ROLE)
    page.agenda_view.setCurrentIndex(index)
    before = page.model.count_in(Bucket.OVERDUE)
    page.snooze_button.click()
    assert page.model.count_in(Bucket.OVERDUE) == before - 1
    remaining = [
        page.model.item_index(Bucket.OVERDUE, r).data(ITEM_ROLE) for r in range(before - 1)
    ]
    assert (moved.ref_id, moved.occurs_on) not in {(i.ref_id, i.occurs_on) for i in remaining}


def today_badge(window) -> str:
    return window.workspace.sidebar.item(Section.TODAY).text()


def test_the_sidebar_count_follows_work_done_outside_today(qtbot, window, monkeypatch):
    """Done on the Follow-ups list or on a pupil's page, and the sidebar's "Today (n)" still
    counted the item until the nurse went back to Today."""
    monkeypatch.setattr(
        CompleteDialog, "ask", classmethod(lambda cls, *a, **k: Completion("Ringt", False))
    )
    vault = window.session.vault
    workspace = window.workspace
    workspace.show_section(Section.FOLLOW_UPS)
    page = workspace.follow_ups_page
    overdue = [
        row
        for row in range(page.proxy.rowCount())
        if (line := page.model.record_at(row)).next_due
        and line.next_due < date.today()
        and not line.is_recurring
    ]
    before = today_agenda(vault, date.today()).needs_attention
    assert today_badge(window).endswith(f"({before})")
    page.select_row(overdue[0])
    page.done_button.click()
    assert today_agenda(vault, date.today()).needs_attention == before - 1
    assert today_badge(window).endswith(f"({before - 1})")

    line = page.model.record_at(overdue[1])
    workspace.open_pupil(line.pupil_id)
    pupil_page = workspace.pupils_page.pupil_page
    from nurse_desk.ui.followups.acting import Target

    pupil_page.follow_ups.complete(Target(line.id, line.pupil_id, None, False, "x"))
    assert today_badge(window).endswith(f"({before - 2})")

    work.plan_follow_up(  # written elsewhere (an import, the command line): the next section
        vault, NewFollowUp(line.pupil_id, FollowUpKind.OTHER, date.today(), "Ringe mor")
    )
    workspace.show_section(Section.HOME_VISITS)
    assert today_badge(window).endswith(f"({before - 1})")


def test_locking_empties_the_today_view_and_the_list(qtbot, window):
    window.workspace.show_section(Section.FOLLOW_UPS)
    assert window.workspace.follow_ups_page.model.rowCount() > 0
    window.lock_now()
    assert window.workspace.today_page.model.rowCount() == 0
    assert window.workspace.follow_ups_page.model.rowCount() == 0
    assert window.workspace.sidebar.item(Section.TODAY).text() == "Today"


def test_the_follow_ups_list_filters_by_words_kind_and_status(qtbot, window):
    window.workspace.show_section(Section.FOLLOW_UPS)
    page = window.workspace.follow_ups_page
    total = page.proxy.rowCount()
    lines = [page.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(total)]
    assert lines and all(line.status is FollowUpStatus.OPEN for line in lines)
    name = lines[0].family_name
    qtbot.keyClicks(page.search, name.lower())
    assert 0 < page.proxy.rowCount() <= total
    for row in range(page.proxy.rowCount()):
        assert name in page.proxy.index(row, 1).data()
    page.search.clear()
    page.status.setCurrentIndex(1)  # done
    page.status.activated.emit(1)
    assert page.model.rowCount() > 0
    done = page.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert done.status is FollowUpStatus.DONE


def test_the_follow_up_models_pass_the_qt_model_tester(qtmodeltester, window):
    model = FollowUpTableModel()
    model.set_lines(work.follow_up_lines(window.session.vault))
    proxy = FollowUpFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_a_note_marked_follow_up_needed_offers_to_plan_it(qtbot, window, monkeypatch):
    window.workspace.show_section(Section.PUPILS)
    pupils_page = window.workspace.pupils_page
    pupils_page.open_pupil(1)
    pupil_page = pupils_page.pupil_page
    vault = window.session.vault

    def write(cls, parent, *, vault, pupil, note=None):
        draft = NoteDraft(
            pupil.id, datetime(2026, 11, 24, 9), NoteKind.PLANNED, follow_up_needed=True
        )
        return journal.save_draft(vault, draft).id

    planned = NewFollowUp(0, FollowUpKind.GUARDIAN_CALL, date(2026, 12, 1), "Ringe mor")
    monkeypatch.setattr(NoteEditorDialog, "write", classmethod(write))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(FollowUpDialog, "ask", classmethod(lambda cls, *a, **k: planned))
    pupil_page.new_note_button.click()
    lines = [
        line
        for line in work.follow_up_lines(vault)
        if line.pupil_id == 1 and line.source is FollowUpSource.NOTE
    ]
    assert [(line.kind, line.description, line.due_on) for line in lines] == [
        (FollowUpKind.GUARDIAN_CALL, "Ringe mor", date(2026, 12, 1))
    ]


def test_printing_the_week_previews_it_and_logs_it_once_printed(qtbot, window, monkeypatch):
    shown = {}

    def show_pdf(cls, parent, *, pdf, title, file_name, on_released=None, **asking):
        shown.update(pdf=pdf, title=title, **asking)
        on_released(Released.PRINTED, "Office printer", "Ukeplan")

    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", classmethod(show_pdf))
    vault = window.session.vault
    assert access.log_entries(vault, action=AccessAction.PRINT) == []
    window.workspace.today_page.print_week(private=True)
    assert shown["pdf"].startswith(b"%PDF")
    assert str(date.today().isocalendar().week) in shown["title"]
    printed = access.log_entries(vault, action=AccessAction.PRINT)
    assert printed and all(entry.detail.startswith("agenda week") for entry in printed)
    assert all(entry.detail.endswith("; reason: Ukeplan") for entry in printed)
    assert shown["needs_reason"]


def test_the_keyboard_steps_over_the_part_headings_and_a_click_on_one_chooses_its_first_item(
    qtbot, window
):
    page = window.workspace.today_page
    model, tree = page.model, page.agenda_view
    parts = [b for b in Bucket if model.count_in(b)]
    assert len(parts) >= 2
    first, second = parts[0], parts[1]
    last_of_first = model.item_index(first, model.count_in(first) - 1)
    tree.setFocus()
    tree.setCurrentIndex(last_of_first)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().row() == model.item_index(second, 0).row()
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert tree.currentIndex().row() == last_of_first.row()
    tree.setCurrentIndex(model.item_index(first, 0))
    qtbot.keyClick(tree, Qt.Key.Key_Up)  # nothing above the first part's heading
    assert tree.currentIndex().row() == model.item_index(first, 0).row()
    click(qtbot, tree, model.bucket_index(second))
    assert tree.currentIndex().row() == model.item_index(second, 0).row()
    assert page.current_item() == model.item_index(second, 0).data(ITEM_ROLE)


def _follow_ups_page(window, status_row: int):
    window.workspace.show_section(Section.FOLLOW_UPS)
    page = window.workspace.follow_ups_page
    page.status.setCurrentIndex(status_row)  # 0 open, 1 done, 2 cancelled, 3 all
    page.status.activated.emit(status_row)
    return page


def _one_off_row(page) -> int:
    """A row a few down the list holding a one-off follow-up (one that leaves when done)."""
    rows = [r for r in range(page.proxy.rowCount()) if not page.model.record_at(r).is_recurring]
    return rows[min(3, len(rows) - 1)]


def test_the_follow_ups_list_keeps_the_follow_up_current_after_an_unchanged_edit(
    qtbot, window, monkeypatch
):
    page = _follow_ups_page(window, 0)
    page.select_row(_one_off_row(page))
    line = page.current_line()

    def unchanged(cls, parent, *, existing, **_asked):
        return NewFollowUp(
            existing.pupil_id,
            existing.kind,
            existing.due_on,
            existing.description,
            due_time=existing.due_time,
            responsible=existing.responsible,
            recurrence=existing.recurrence,
        )

    monkeypatch.setattr(FollowUpDialog, "ask", classmethod(unchanged))
    page.edit_button.click()
    assert page.current_line().id == line.id
    assert page.table.selectionModel().isRowSelected(page.table.currentIndex().row())
    assert page.edit_button.isEnabled() and page.done_button.isEnabled()


def test_the_follow_ups_list_goes_on_to_the_row_that_took_the_done_one_s_place(
    qtbot, window, monkeypatch
):
    page = _follow_ups_page(window, 0)
    row = _one_off_row(page)
    page.select_row(row)
    done, following = page.current_line(), page.model.record_at(row + 1)
    monkeypatch.setattr(
        CompleteDialog, "ask", classmethod(lambda cls, *a, **k: Completion("Ok", False))
    )
    page.done_button.click()
    assert work.follow_up_line(window.session.vault, done.id).status is FollowUpStatus.DONE
    assert page.current_line().id == following.id
    assert page.table.currentIndex().row() == row
    assert page.done_button.isEnabled()


def test_reopening_from_the_follow_ups_list_keeps_the_place_and_a_refusal_is_told(
    qtbot, window, monkeypatch
):
    from nurse_desk.domain import errors
    from nurse_desk.ui.followups import follow_ups_page

    page = _follow_ups_page(window, 1)
    page.select_row(0)
    first, second = page.model.record_at(0), page.model.record_at(1)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(title))
    real = follow_ups_page.work.reopen_follow_up

    def refused(vault, follow_up_id):
        raise errors.VaultLocked()

    monkeypatch.setattr(follow_ups_page.work, "reopen_follow_up", refused)
    page.reopen_button.click()
    assert warned == ["Reopen follow-up"]
    assert page.current_line().id == first.id  # nothing changed, nothing lost
    monkeypatch.setattr(follow_ups_page.work, "reopen_follow_up", real)
    page.reopen_button.click()
    assert work.follow_up_line(window.session.vault, first.id).status is FollowUpStatus.OPEN
    assert page.current_line().id == second.id  # it left the Done list: the next one took over
    assert page.reopen_button.isVisibleTo(page)


def test_a_follow_up_s_task_school_and_class_show_whole_in_their_tooltips(window):
    """At 1,024 pixels the list cuts 'Vente på svar på henvisning' to 'Vente p…' and a school
    to its first word: each such cell says in full what it holds when pointed at."""
    from nurse_desk.ui.followups.follow_up_table_model import FollowUpColumn

    model = FollowUpTableModel()
    model.set_lines(work.follow_up_lines(window.session.vault))
    tip = Qt.ItemDataRole.ToolTipRole
    for row in range(model.rowCount()):
        for column in (FollowUpColumn.WHAT, FollowUpColumn.SCHOOL, FollowUpColumn.CLASS):
            index = model.index(row, column)
            shown = index.data()
            assert index.data(tip) == (shown or None), (row, column.name)


def test_a_calendar_refused_its_file_is_worded_and_not_logged(qtbot, window, monkeypatch, tmp_path):
    vault = window.session.vault
    page = window.workspace.today_page
    pupil_id = pupils.list_pupils(vault)[0].id
    work.plan_follow_up(  # one item in the calendar's weeks, whatever the day the test runs
        vault, NewFollowUp(pupil_id, FollowUpKind.OTHER, date.today(), "Ringe mor")
    )
    chosen = [str(vault.path)]  # the vault's own name, typed in the save dialog
    warned = []
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, **_: "kalender"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **_: (chosen[0], ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))

    def calendar_exports():
        exports = access.log_entries(vault, action=AccessAction.EXPORT)
        return [entry for entry in exports if entry.detail.startswith("agenda ics")]

    page.ics_button.click()
    assert len(warned) == 1 and "open vault" in warned[0]
    assert calendar_exports() == []
    chosen[0] = str(tmp_path / "agenda.ics")
    page.ics_button.click()
    assert len(warned) == 1
    assert (tmp_path / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert calendar_exports()
