"""Today lists unsigned drafts older than the chosen number of days until they are signed or
discarded; a name opens the pupil's page."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.unsigned_drafts import UnsignedDraft, late_drafts, reminder_days
from nurse_desk.services import journal, pupils, settings
from nurse_desk.ui.workspace import Section


def note(pupil_id: int, days_ago: int) -> NoteDraft:
    return NoteDraft(
        pupil_id=pupil_id,
        occurred_at=datetime.combine(date.today() - timedelta(days=days_ago), datetime.min.time()),
        kind=NoteKind.PLANNED,
        topics=frozenset({Topic.SLEEP}),
        conversation="Sover dårlig.",
    )


@pytest.fixture
def window(new_vault_window):
    window = new_vault_window
    vault = window.session.vault
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "", "no"))
    return window


def add_pupil(vault, given: str) -> int:
    return pupils.add_pupil(vault, NewPupil(given, "Aasen", date(2012, 10, 15), "Granly", "8B"))


def test_the_drafts_line_lists_late_drafts_until_signed_or_discarded(qtbot, window):
    vault = window.session.vault
    emil, åse, ola = add_pupil(vault, "Emil"), add_pupil(vault, "Åse"), add_pupil(vault, "Ola")
    late = journal.save_draft(vault, note(emil, 5))
    later = journal.save_draft(vault, note(åse, 4))
    journal.save_draft(vault, note(ola, 3))  # exactly three days: not yet late
    journal.sign_note(vault, journal.save_draft(vault, note(ola, 9)).id)  # signed: never listed
    page = window.workspace.today_page
    page.reload()
    line = page.drafts
    assert line.isVisibleTo(page)
    assert [d.note_id for d in line.drafts] == [late.id, later.id]
    assert "Unsigned drafts older than 3 days:" in line.text()
    assert "Emil Aasen</a> (5 days)" in line.text() and "Ola" not in line.text()

    line.linkActivated.emit(str(emil))  # what a click on the name does
    assert window.workspace.current_section is Section.PUPILS

    journal.sign_note(vault, late.id)
    journal.delete_draft(vault, later.id)
    page.reload()
    assert line.drafts == () and not line.isVisibleTo(page)


def test_many_late_drafts_name_the_oldest_and_count_the_rest(qtbot, window):
    from nurse_desk.ui.followups.late_drafts import SHOWN_BY_NAME

    vault = window.session.vault
    pupil = add_pupil(vault, "Emil")
    saved = [journal.save_draft(vault, note(pupil, 20 - n)) for n in range(SHOWN_BY_NAME + 4)]
    journal.save_draft(vault, note(pupil, 1))  # not late
    page = window.workspace.today_page
    page.reload()
    line = page.drafts
    assert [d.note_id for d in line.drafts] == [d.id for d in saved[:SHOWN_BY_NAME]]
    assert line.text().count("Emil Aasen</a>") == SHOWN_BY_NAME
    assert line.text().endswith(" and 4 more")


def test_the_number_of_days_is_a_setting(qtbot, window):
    vault = window.session.vault
    journal.save_draft(vault, note(add_pupil(vault, "Emil"), 5))
    settings.set_draft_reminder_days(vault, 7)
    page = window.workspace.today_page
    page.reload()
    assert page.drafts.drafts == ()
    window.workspace.show_section(Section.SETTINGS)
    settings_page = window.workspace.settings_page
    settings_page.reload()
    assert settings_page.draft_days.value() == 7
    settings_page.draft_days.setValue(2)
    settings_page.draft_days.editingFinished.emit()
    page.reload()
    assert len(page.drafts.drafts) == 1 and "older than 2 days:" in page.drafts.text()
    assert settings_page.draft_days.text() == "2 days"
    settings_page.draft_days.setValue(1)
    assert settings_page.draft_days.text() == "1 day"  # was "1 days"


def test_the_rule_counts_from_the_conversation_and_reads_the_setting_safely():
    today = date(2026, 11, 20)
    drafts = [
        UnsignedDraft(1, 1, "A", datetime(2026, 11, 16, 9)),  # 4 days
        UnsignedDraft(2, 2, "B", datetime(2026, 11, 17, 9)),  # 3 days
        UnsignedDraft(3, 3, "C", datetime(2026, 11, 25, 9)),  # ahead of the conversation
        UnsignedDraft(4, 4, "D", datetime(2026, 10, 1, 9)),
    ]
    assert [d.note_id for d in late_drafts(drafts, today, 3)] == [4, 1]
    assert [reminder_days(text) for text in ("", "5", "0", "900", "²", " 7 ")] == [
        3,
        5,
        1,
        60,
        3,
        7,
    ]
