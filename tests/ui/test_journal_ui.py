"""The pupil page, the note editor, consents, search and the access log, driven with qtbot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.journal import Topic
from nurse_desk.services import access, journal
from nurse_desk.ui.journal.access_log_dialog import AccessLogDialog
from nurse_desk.ui.journal.note_editor import NoteEditorDialog
from nurse_desk.ui.journal.search_dialog import NoteSearchDialog
from nurse_desk.ui.workspace import Section


@pytest.fixture
def demo_window(make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.PUPILS)
    return window


def open_first_pupil_by_keyboard(qtbot, window, name: str):
    page = window.workspace.pupils_page
    qtbot.keyClicks(page.filter, name)
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.pupil_page
    return page.pupil_page


def test_enter_in_the_filter_opens_the_pupil_page_and_logs_it(qtbot, demo_window):
    pupil_page = open_first_pupil_by_keyboard(qtbot, demo_window, "aasen")
    pupil = pupil_page.page.pupil
    assert pupil.family_name == "Aasen"
    assert pupil.full_name in pupil_page.header.text()
    opens = access.log_entries(demo_window.session.vault, action=AccessAction.OPEN_PUPIL)
    assert [e.pupil_id for e in opens] == [pupil.id]
    qtbot.keyClick(pupil_page.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert demo_window.workspace.pupils_page.stack.currentWidget() is not pupil_page


def test_note_editor_saves_a_draft_as_you_type_then_signs(qtbot, demo_window, monkeypatch):
    pupil_page = open_first_pupil_by_keyboard(qtbot, demo_window, "aasen")
    vault, pupil = demo_window.session.vault, pupil_page.page.pupil
    editor = NoteEditorDialog(pupil_page, vault=vault, pupil=pupil)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.conversation, "Sover dårlig og gruer seg til gym.")
    editor.topic_boxes[Topic.SLEEP].setChecked(True)
    qtbot.waitUntil(lambda: editor.note_id is not None, timeout=5000)
    saved = journal.get_note(vault, editor.note_id)
    assert saved.conversation.startswith("Sover dårlig") and not saved.is_signed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.sign_button.click()
    signed = journal.get_note(vault, editor.note_id)
    assert signed.is_signed and Topic.SLEEP in signed.topics
    assert signed.signed_by == "Demo Helsesykepleier"


def test_locking_closes_an_open_editor_and_keeps_its_draft(qtbot, demo_window, in_next_modal):
    pupil_page = open_first_pupil_by_keyboard(qtbot, demo_window, "aasen")
    vault, pupil = demo_window.session.vault, pupil_page.page.pupil
    before = {n.id for n in journal.notes_of_pupil(vault, pupil.id)}

    def type_then_lock(editor) -> None:
        editor.conversation.setPlainText("Skrevet rett før låsing.")
        demo_window.lock_now()

    seen = in_next_modal(type_then_lock)
    pupil_page.new_note_button.click()
    assert not seen["dialog"].isVisible()
    assert demo_window.session.vault is None
    assert pupil_page.model.rowCount() == 0 and pupil_page.header.text() == ""
    qtbot.keyClicks(demo_window.unlock.passphrase, "demo")
    qtbot.keyClick(demo_window.unlock.passphrase, Qt.Key.Key_Return)
    vault = demo_window.session.vault
    added = [n for n in journal.notes_of_pupil(vault, pupil.id) if n.id not in before]
    assert [n.conversation for n in added] == ["Skrevet rett før låsing."]


def test_search_dialog_highlights_and_opens_the_pupil(qtbot, demo_window):
    dialog = NoteSearchDialog(demo_window, vault=demo_window.session.vault)
    qtbot.addWidget(dialog)
    dialog.query.setText("mobilen")
    dialog.run_search()
    assert dialog.model.rowCount() > 0
    assert "<b" in dialog.model.index(0, 2).data()
    chosen = []
    dialog.pupil_chosen.connect(chosen.append)
    dialog.results.activated.emit(dialog.model.index(0, 0))
    assert chosen and isinstance(chosen[0], int)


def test_access_log_dialog_filters_by_pupil_and_reports_the_chain(qtbot, demo_window):
    pupil_page = open_first_pupil_by_keyboard(qtbot, demo_window, "aasen")
    pupil_id = pupil_page.page.pupil.id
    dialog = AccessLogDialog(demo_window, vault=demo_window.session.vault, pupil_id=pupil_id)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.chain.text() == "1 entry. The log is intact."  # was "1 entries"


def test_pupil_dialog_explains_a_wrong_check_digit_inline(qtbot):
    from nurse_desk.ui.pupils.pupil_dialog import PupilDialog

    dialog = PupilDialog(None, schools=["Granly skole"], country="no")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.given, "Ida")
    qtbot.keyClicks(dialog.family, "Lie")
    qtbot.keyClicks(dialog.class_name, "4A")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.isEnabled()
    qtbot.keyClicks(dialog.national_id, "15108695089")
    assert "check digits" in dialog.id_problem.text()
    assert not save.isEnabled()
    dialog.national_id.setText("41018036736")  # a valid D-number
    assert dialog.id_problem.text() == ""
    assert save.isEnabled()
    assert dialog.born.date().toPython().isoformat() == "1980-01-01"
    assert dialog.new_pupil().national_id == "41018036736"


def test_export_record_writes_an_owner_only_pdf_and_logs_it(
    qtbot, demo_window, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    from nurse_desk.domain.disclosure import Requester
    from nurse_desk.ui.journal.export_record_dialog import ExportRecordDialog

    pupil_page = open_first_pupil_by_keyboard(qtbot, demo_window, "aasen")
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(
        ExportRecordDialog,
        "ask",
        classmethod(lambda cls, parent, pupil, **_: (Requester.AUTHORITY, "Statsforvalteren")),
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pupil_page.export_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert (target.stat().st_mode & 0o777) == 0o600
    exports = access.log_entries(demo_window.session.vault, action=AccessAction.EXPORT)
    assert [e.pupil_id for e in exports] == [pupil_page.page.pupil.id]
    assert exports[0].detail == "record pdf, for authority; reason: Statsforvalteren"


def test_schools_dialog_lists_and_saves_schools(qtbot, demo_window):
    from nurse_desk.services import pupils
    from nurse_desk.ui.settings.schools_dialog import SchoolsDialog

    vault = demo_window.session.vault
    dialog = SchoolsDialog(demo_window, vault=vault)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    dialog.table.item(0, 1).setText("Bærum")
    dialog._on_save_clicked()
    assert "Bærum" in {s.municipality for s in pupils.list_schools(vault)}


def test_saving_schools_keeps_the_countrys_school_year_start_where_none_was_set(
    qtbot, vault_folder
):
    """A school without a start of its own follows the country's (20 August in Sweden). The
    dialog showed 15 August for it and saved that, so adding a municipality moved every such
    school's year, and the absence counted since then, to 15 August."""
    from datetime import date

    from nurse_desk.services import pupils
    from nurse_desk.services.demo import create_demo_vault
    from nurse_desk.ui.settings.schools_dialog import SchoolsDialog

    vault = create_demo_vault(vault_folder / "se.vault", "fire ord i en rad", country="se")
    assert all(s.school_year_start is None for s in pupils.list_schools(vault))
    dialog = SchoolsDialog(None, vault=vault)
    qtbot.addWidget(dialog)
    shown = dialog.table.cellWidget(0, 2).date().toPython()
    assert (shown.month, shown.day) == (8, 20)
    dialog.table.item(0, 1).setText("Solna")
    dialog.table.cellWidget(1, 2).setDate(date(2026, 8, 18))  # one the nurse sets herself
    dialog._on_save_clicked()
    saved = {s.name: s for s in pupils.list_schools(vault)}
    first, second, third = (dialog.table.item(row, 0).text() for row in range(3))
    assert saved[first].municipality == "Solna" and saved[first].school_year_start is None
    assert saved[second].school_year_start == date(2026, 8, 18)
    assert saved[third].school_year_start is None


def test_refreshing_the_pupil_page_after_a_change_is_not_a_new_read(qtbot, demo_window):
    pupil_page = open_first_pupil_by_keyboard(qtbot, demo_window, "aasen")
    vault = demo_window.session.vault
    pupil_page._reload()
    opens = access.log_entries(vault, action=AccessAction.OPEN_PUPIL)
    assert [e.pupil_id for e in opens] == [pupil_page.page.pupil.id]


def test_access_log_dialog_reads_a_page_at_a_time_and_counts_them_all(
    qtbot, demo_window, monkeypatch
):
    from nurse_desk.ui.journal import access_log_dialog

    vault = demo_window.session.vault
    monkeypatch.setattr(access_log_dialog, "PAGE", 3)
    dialog = AccessLogDialog(demo_window, vault=vault)
    qtbot.addWidget(dialog)
    total = dialog.model.total()
    assert total > 6 and dialog.model.rowCount() == 3
    assert dialog.chain.text() == f"{total} entries. The log is intact."
    dialog.model.fetchMore()
    shown = [dialog.model.record_at(row) for row in range(dialog.model.rowCount())]
    assert len(shown) == 6
    newest = sorted(
        access.log_entries(vault, since=dialog_since(dialog)), key=lambda e: (e.at, e.id)
    )
    assert shown == newest[::-1][:6]


def dialog_since(dialog):
    from datetime import datetime, time

    return datetime.combine(dialog.since.date().toPython(), time())


def test_access_log_dialog_follows_a_date_once_the_typing_stops(qtbot, demo_window):
    dialog = AccessLogDialog(demo_window, vault=demo_window.session.vault)
    qtbot.addWidget(dialog)
    before = dialog.model.total()
    dialog.since.setDate(dialog.until.date().addDays(1))  # nothing can be from tomorrow on
    assert dialog.model.total() == before  # not at each keystroke
    qtbot.waitUntil(lambda: dialog.model.total() == 0, timeout=3000)
    assert dialog.model.rowCount() == 0


def test_access_log_dialog_tells_of_an_entry_altered_behind_the_apps_back(qtbot, tmp_path):
    from log_tampering import behind_the_apps_back, vault_with_log

    passphrase = "fjord tavle sykkel blåbær"
    path = tmp_path / "nurse.vault"
    vault, pupil = vault_with_log(path, passphrase, 4)
    assert access.check_log(vault) is None  # checked once in this unlock, as after an unlock
    access.open_pupil_page(vault, pupil)
    with behind_the_apps_back(path, passphrase) as db:
        db.execute("UPDATE access_log SET detail = 'x' WHERE id = 5")
    try:
        dialog = AccessLogDialog(None, vault=vault)
        qtbot.addWidget(dialog)
        assert dialog.chain.text() == "Warning: the log was altered outside the app at entry 5."
    finally:
        vault.lock()


def test_search_dialog_says_or_more_when_the_list_is_cut(qtbot, demo_window, monkeypatch):
    from nurse_desk.ui.journal import search_dialog

    real = journal.find_notes
    dialog = NoteSearchDialog(demo_window, vault=demo_window.session.vault)
    qtbot.addWidget(dialog)
    dialog.query.setText("mobilen")
    dialog.run_search()
    found = dialog.model.rowCount()
    assert found > 1 and "or more" not in dialog.summary.text()
    monkeypatch.setattr(
        search_dialog.journal, "find_notes", lambda *a, **k: real(*a, **{**k, "limit": found - 1})
    )
    dialog.run_search()
    assert dialog.model.rowCount() == found - 1
    assert dialog.summary.text().startswith(f"{found - 1} or more notes found; the latest")


def test_search_snippets_are_laid_out_once_and_dropped_with_the_rows(
    qtbot, demo_window, monkeypatch
):
    """Repainting the list reuses each snippet's laid-out document; new rows (a new search, a
    lock emptying the list) lay them out afresh, so none outlives the rows it was made for."""
    from nurse_desk.ui.journal import html_delegate

    made = []

    class Counted(html_delegate.QTextDocument):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            made.append(1)

    monkeypatch.setattr(html_delegate, "QTextDocument", Counted)
    dialog = NoteSearchDialog(demo_window, vault=demo_window.session.vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.query.setText("mobilen")
    dialog.run_search()
    dialog.grab()
    first = len(made)
    assert first > 0
    dialog.grab()
    dialog.grab()
    assert len(made) == first
    dialog.model.set_hits([])
    dialog.run_search()
    dialog.grab()
    assert len(made) == 2 * first


def test_access_log_dialog_opens_in_one_session_with_a_few_statements(qtbot, demo_window):
    """The pupils' names, the partners, the chain's check and the first page are read in one
    unit of work (each costs its own statements around the reads), and the chain's check
    reads on from where the last one ended."""
    from sqlalchemy import event

    vault = demo_window.session.vault
    access.check_log(vault)  # the whole check, as after an unlock
    sent, sessions = [], []

    def on_statement(_conn, _cursor, statement, *_rest) -> None:
        sent.append(statement)

    def on_connect(connection) -> None:
        sessions.append(connection)

    event.listen(vault.engine, "before_cursor_execute", on_statement)
    event.listen(vault.engine, "engine_connect", on_connect)
    try:
        dialog = AccessLogDialog(demo_window, vault=vault)
        qtbot.addWidget(dialog)
    finally:
        event.remove(vault.engine, "before_cursor_execute", on_statement)
        event.remove(vault.engine, "engine_connect", on_connect)
    assert dialog.chain.text().endswith("The log is intact.")
    assert len(sessions) == 1, sessions
    assert len(sent) <= 10, sent
