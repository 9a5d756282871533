"""The workspace reads only what it shows: a page reads the vault when it is first shown after
an unlock, and again only when a table it shows was written, or when asked. Hidden pages do
nothing on unlock; Today is read once. Lists are never sized by asking every row."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtWidgets import QHeaderView
from visit_fixtures import full_plan

from nurse_desk.domain.agenda import Bucket
from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import (
    absence,
    agenda,
    follow_up_work,
    home_visits,
    pupils,
    settings,
)
from nurse_desk.services.vault_access import create_vault
from nurse_desk.ui import workspace as workspace_module
from nurse_desk.ui.followups.agenda_model import AgendaModel
from nurse_desk.ui.referrals import referrals_page
from nurse_desk.ui.settings import settings_page
from nurse_desk.ui.workspace import Section

GOOD = "fjord tavle sykkel blåbær"


@pytest.fixture
def reads(monkeypatch) -> Counter:
    """How often each page's service was called (looked up where the pages look them up)."""
    counts: Counter = Counter()

    def count(module, name: str, label: str) -> None:
        original = getattr(module, name)

        def counted(*args, **kwargs):
            counts[label] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)

    count(agenda, "today_view", "today")
    count(pupils, "list_pupils", "pupils")
    count(home_visits, "list_visits", "visits")
    count(follow_up_work, "follow_up_lines", "follow_ups")
    count(referrals_page, "referral_lists", "referrals")
    count(absence, "analyse_all", "absence")
    count(settings_page, "settings_shown", "settings")
    return counts


def fill(vault, due_today: int = 3) -> list[int]:
    ids = [
        pupils.add_pupil(vault, NewPupil(f"Elev{n}", "Test", date(2012, 1, 1), "Lia skole", "7A"))
        for n in range(max(due_today, 2))
    ]
    for n in range(due_today):
        follow_up_work.plan_follow_up(
            vault, NewFollowUp(ids[n], FollowUpKind.CONVERSATION, date.today(), f"Samtale {n}")
        )
    home_visits.plan_visit(vault, full_plan(ids[0], planned_on=date.today()))
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "", "no"))
    return ids


@pytest.fixture
def locked_window(make_window, vault_folder):
    path = vault_folder / "reading.vault"
    vault = create_vault(path, GOOD, GOOD)
    fill(vault)
    vault.lock()
    return make_window(path)


def test_unlocking_reads_today_once_and_no_hidden_page(locked_window, reads, qtbot, monkeypatch):
    # The absence analysis is read ahead a second after the unlock, by design; on a busy
    # machine the unlock itself can take that long, so the read-ahead is put out of reach.
    monkeypatch.setattr(workspace_module, "READ_AHEAD_MS", 60_000)
    window = locked_window
    window.session.unlock(GOOD)
    qtbot.wait(20)  # anything queued would run here
    assert window.workspace.current_section is Section.TODAY
    assert window.workspace.today_page.model.rowCount() > 0
    assert reads == Counter(today=1)


def test_a_page_reads_again_only_when_what_it_shows_changed(locked_window, reads):
    window = locked_window
    workspace = window.workspace
    window.session.unlock(GOOD)
    for section in (Section.FOLLOW_UPS, Section.TODAY, Section.FOLLOW_UPS, Section.TODAY):
        workspace.show_section(section)
    assert reads == Counter(today=1, follow_ups=1)
    vault = window.session.vault
    pupil = workspace.today_page.model.agenda.due_today[0].pupil_id
    workspace.open_pupil(pupil)  # writes the access log only: nothing Today shows
    workspace.show_section(Section.TODAY)
    assert reads["today"] == 1 and reads["pupils"] == 0  # the hidden list was not read
    follow_up_work.plan_follow_up(
        vault, NewFollowUp(pupil, FollowUpKind.OTHER, date.today(), "Ringe mor")
    )
    workspace.show_section(Section.HOME_VISITS)
    workspace.show_section(Section.TODAY)
    workspace.show_section(Section.FOLLOW_UPS)
    assert reads == Counter(today=2, follow_ups=2, visits=1)
    assert workspace.follow_ups_page.model.rowCount() == 4


def test_after_a_lock_the_next_unlock_reads_the_shown_page_once_more(locked_window, reads):
    window = locked_window
    window.session.unlock(GOOD)
    window.workspace.show_section(Section.SETTINGS)
    window.lock_now()
    window.session.unlock(GOOD)
    assert window.workspace.current_section is Section.SETTINGS
    assert reads == Counter(today=1, settings=2)


def test_no_list_is_sized_by_asking_every_row(locked_window):
    window = locked_window
    window.session.unlock(GOOD)
    for section in Section:
        window.workspace.show_section(section)
    headers = window.findChildren(QHeaderView)
    assert len(headers) > 8
    for header in headers:
        modes = {header.sectionResizeMode(i) for i in range(header.count())}
        assert QHeaderView.ResizeMode.ResizeToContents not in modes, header.parent().objectName()


def test_a_today_refresh_asks_for_the_cells_on_screen_not_for_every_item(
    make_window, vault_folder, monkeypatch
):
    path = vault_folder / "busy.vault"
    vault = create_vault(path, GOOD, GOOD)
    fill(vault, due_today=400)
    vault.lock()
    window = make_window(path)
    window.resize(1024, 700)
    window.session.unlock(GOOD)
    page = window.workspace.today_page
    asked = Counter()
    original = AgendaModel._text  # what data() shows in an item's cell

    def text(self, item, column):
        asked["cells"] += 1
        return original(self, item, column)

    monkeypatch.setattr(AgendaModel, "_text", text)
    page.reload()
    window.repaint()
    assert page.model.count_in(Bucket.TODAY) == 401  # and the home visit
    # resizing to contents asks each of the 401 items for the text of every column (> 2,400);
    # the rows on screen and a sample for the widths need about a hundred
    assert 0 < asked["cells"] < 1000
