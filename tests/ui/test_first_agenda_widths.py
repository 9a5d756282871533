"""A new nurse's first Today is empty: its columns are fitted again once it has its first item,
so the pupil, class and kind show (up to each column's cap), not as "Áil…"."""

from __future__ import annotations

from datetime import date, timedelta

from nurse_desk.domain.agenda import Bucket
from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import follow_up_work, pupils
from nurse_desk.ui.followups.agenda_model import AgendaColumn
from nurse_desk.ui.followups.today_page import SAMPLED_COLUMNS
from nurse_desk.ui.workspace import Section


def test_the_first_follow_up_on_an_empty_today_shows_its_pupil_whole(new_vault_window):
    window = new_vault_window
    page = window.workspace.today_page
    assert window.workspace.current_section is Section.TODAY
    assert page.model.heading_rows()  # only the parts' headings: nothing planned yet
    vault = window.session.vault
    pupil = pupils.add_pupil(
        vault, NewPupil("Áilu Ŋiillas", "Sárá Bjørnæs", date(2013, 3, 14), "Tromsdalen skole", "6B")
    )
    later = date.today() + timedelta(days=14)
    follow_up_work.plan_follow_up(
        vault, NewFollowUp(pupil, FollowUpKind.CONVERSATION, later, "Ny samtale")
    )
    page.reload()

    bucket = next(b for b in Bucket if page.model.count_in(b))
    view = page.agenda_view
    character = view.fontMetrics().averageCharWidth()
    for column, characters in SAMPLED_COLUMNS.items():  # as wide as the text, up to its cap
        cell = page.model.item_index(bucket, 0, column)
        wanted = min(view.sizeHintForIndex(cell).width(), character * characters)
        assert view.columnWidth(column) >= wanted, (
            AgendaColumn(column).name,
            cell.data(),
        )
