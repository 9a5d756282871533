"""The pupil's page with the features together: planning a home visit from it, referrals on the
timeline with their details, the open follow-ups line; still one logged access per opening."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.home_visits import VisitPlan
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.domain.referrals import REFERRAL_KINDS, ReferralStatus
from nurse_desk.domain.timeline import TimelineKind
from nurse_desk.services import access, follow_up_work, home_visits, pupils, referrals
from nurse_desk.ui.journal.timeline_model import ITEM_ROLE
from nurse_desk.ui.visits.visit_dialog import VisitDialog
from nurse_desk.ui.workspace import Section


@pytest.fixture
def demo_window(make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.PUPILS)
    return window


def open_page(window, pupil_id: int):
    pupils_page = window.workspace.pupils_page
    pupils_page.open_pupil(pupil_id)
    return pupils_page.pupil_page


def opens(vault, pupil_id: int) -> int:
    return len(access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.OPEN_PUPIL))


def items(page) -> list:
    return [page.model.index(row, 0).data(ITEM_ROLE) for row in range(page.model.rowCount())]


def referred_pupil(vault) -> int:
    return referrals.list_referrals(vault)[0].pupil_id


def test_plan_home_visit_opens_the_dialog_for_this_pupil(qtbot, demo_window, in_next_modal):
    vault = demo_window.session.vault
    pupil_id = referred_pupil(vault)
    page = open_page(demo_window, pupil_id)
    seen = {}

    def look(dialog) -> None:
        seen["pupil"] = dialog.current_pupil_id()
        dialog.reject()

    in_next_modal(look)
    qtbot.keyClick(
        page.timeline,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen == {"pupil": pupil_id}
    assert opens(vault, pupil_id) == 1


def test_a_planned_visit_shows_on_the_timeline_chosen(qtbot, demo_window, monkeypatch):
    vault = demo_window.session.vault
    pupil_id = referred_pupil(vault)
    page = open_page(demo_window, pupil_id)
    calls = []

    def stand_in(cls, parent, *, vault, today, pupils=None, pupil_id=None, visit=None):
        calls.append((pupil_id, [p.id for p in pupils or []]))
        plan = VisitPlan(pupil_id, today + timedelta(days=3), time(14, 0))
        return home_visits.plan_visit(vault, plan)

    monkeypatch.setattr(VisitDialog, "plan_visit", classmethod(stand_in))
    before = sum(i.kind is TimelineKind.HOME_VISIT for i in items(page))
    page.visit_button.click()
    assert calls == [(pupil_id, [pupil_id])]
    assert sum(i.kind is TimelineKind.HOME_VISIT for i in items(page)) == before + 1
    assert page.current_item().kind is TimelineKind.HOME_VISIT
    assert "Home visit" in page.detail.toPlainText()
    assert opens(vault, pupil_id) == 1  # the refresh is not a new access


def test_referrals_are_on_the_timeline_with_their_details_and_filter(qtbot, demo_window):
    vault = demo_window.session.vault
    referral = referrals.list_referrals(vault)[0]
    page = open_page(demo_window, referral.pupil_id)
    page.filter.setCurrentIndex(4)  # Referrals
    shown = items(page)
    assert shown and all(i.kind in REFERRAL_KINDS for i in shown)
    sent = next(
        i for i in shown if i.kind is TimelineKind.REFERRAL_SENT and i.ref_id == referral.id
    )
    row = shown.index(sent)
    page.timeline.setCurrentIndex(page.model.index(row, 0))
    assert "Referral sent" in page.model.index(row, 0).data()
    text = page.detail.toPlainText()
    assert referral.partner_name in text and referral.reason.splitlines()[0] in text
    page.filter.setCurrentIndex(1)  # Notes
    assert all(i.kind not in REFERRAL_KINDS for i in items(page))


def test_an_answer_on_the_referrals_page_shows_after_reopening(qtbot, demo_window):
    vault = demo_window.session.vault
    referral = next(r for r in referrals.list_referrals(vault) if r.is_waiting)
    referrals.set_referral_status(vault, referral.id, ReferralStatus.ANSWERED, date.today())
    page = open_page(demo_window, referral.pupil_id)
    kinds = {i.kind for i in items(page) if i.ref_id == referral.id}
    assert TimelineKind.REFERRAL_ANSWERED in kinds


def test_the_open_follow_ups_line_shows_due_date_and_what(qtbot, demo_window, monkeypatch):
    vault = demo_window.session.vault
    pupil_id = referred_pupil(vault)
    page = open_page(demo_window, pupil_id)
    line = page.open_follow_ups
    due = date.today() - timedelta(days=2)
    new = NewFollowUp(pupil_id, FollowUpKind.GUARDIAN_CALL, due, "Ringe mor om søvn")
    monkeypatch.setattr(page.follow_ups, "plan", lambda **_: page.follow_ups.changed.emit() or 0)
    follow_up_work.plan_follow_up(vault, new)
    chosen = next(row for row, i in enumerate(items(page)) if i.kind is TimelineKind.NOTE)
    page.timeline.setCurrentIndex(page.model.index(chosen, 0))
    chosen_item = page.current_item()
    page.follow_up_button.click()  # the stand-in reports a change: the page reads again
    assert page.current_item() == chosen_item  # the nurse keeps her place
    assert "Ringe mor om søvn" in line.text()
    assert "#b00020" in line.text()  # overdue is red
    assert "Ringe mor om søvn" in line.toolTip()
    assert opens(vault, pupil_id) == 1
    demo_window.session.lock()
    assert line.text() == "" and page.model.rowCount() == 0


def test_a_pupil_without_follow_ups_says_none(qtbot, demo_window):
    vault = demo_window.session.vault
    busy = {f.pupil_id for f in follow_up_work.follow_up_lines(vault)}
    pupil_id = next(i for i in range(1, 500) if i not in busy)
    page = open_page(demo_window, pupil_id)
    assert page.open_follow_ups.text().endswith("none")


def test_a_draft_on_the_timeline_says_so_first_in_brown_and_every_line_has_its_whole_text(
    qtbot, demo_window
):
    from nurse_desk.services import journal, pupils

    vault = demo_window.session.vault
    draft = next(
        note
        for pupil in pupils.list_pupils(vault)
        for note in journal.notes_of_pupil(vault, pupil.id)
        if not note.is_signed
    )
    page = open_page(demo_window, draft.pupil_id)
    index = next(
        page.model.index(row, 0)
        for row, item in enumerate(items(page))
        if item.kind is TimelineKind.NOTE and item.ref_id == draft.id
    )
    first_line = index.data().split("\n")[0]
    assert first_line.split("  ·  ")[1] == "DRAFT"  # before the kind, not cut off at the end
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a5a00"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    assert page.timeline.uniformItemSizes() and not page.timeline.wordWrap()


def test_the_entry_pane_shows_the_opened_pupils_first_entry_never_the_previous_ones(
    qtbot, demo_window
):
    """The entry pane is filled once per opening, for the entry chosen: after another pupil
    it shows this pupil's first entry, and a pupil with no entries shows an empty pane and
    none of the entry's buttons."""
    vault = demo_window.session.vault
    with_entries = [
        p.id
        for p in pupils.list_pupils(vault)
        if access.open_pupil_page(vault, p.id, log_access=False).timeline
    ]
    first, second = with_entries[:2]
    page = open_page(demo_window, first)
    first_text = page.detail.toPlainText()
    page = open_page(demo_window, second)
    item = items(page)[0]
    assert page.current_item() == item
    assert page.detail.toPlainText() and page.detail.toPlainText() != first_text
    empty = pupils.add_pupil(
        vault, NewPupil("Tom", "Tidslinje", date(2014, 5, 5), "Granly skole", "6A")
    )
    page = open_page(demo_window, empty)
    assert page.model.rowCount() == 0
    assert page.detail.toPlainText() == ""
    assert not (page.edit_button.isVisibleTo(page) or page.amend_button.isVisibleTo(page))


def test_editing_a_pupil_keeps_a_guardian_without_parental_responsibility_so(qtbot, vault):
    """The dialog shows a guardian's name, relation and phone only, and built every guardian
    anew on saving: one recorded without parental responsibility (a record handed over from
    another school says so) came back with it after the class was changed."""
    from nurse_desk.domain.records import GuardianRecord
    from nurse_desk.ui.pupils.pupil_dialog import PupilDialog

    guardians = (
        GuardianRecord("Kari Aasen", "mor", "+47 900 00 001"),
        GuardianRecord("Per Aasen", "far", "+47 900 00 002", parental_responsibility=False),
    )
    emil = pupils.add_pupil(
        vault,
        NewPupil("Emil", "Aasen", date(2012, 10, 15), "Granly skole", "8B", guardians=guardians),
    )
    record = follow_up_work.pupil_of(vault, emil)
    assert record.guardians == guardians
    dialog = PupilDialog(
        None,
        schools=["Granly skole"],
        country="no",
        pupil=record,
        save=lambda answer: pupils.update_pupil(vault, emil, answer) or emil,
    )
    qtbot.addWidget(dialog)
    dialog.class_name.setText("9B")
    dialog.accept()
    after = follow_up_work.pupil_of(vault, emil)
    assert after.class_name == "9B"
    assert after.guardians == guardians


def _lines_of(label) -> list[str]:
    """The lines a rich-text label breaks its text into at its width."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.documentLayout().documentSize()  # lays the text out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_a_guardian_s_phone_number_is_never_broken_over_two_lines(qtbot, demo_window):
    vault = demo_window.session.vault
    guardians = (
        GuardianRecord("Ánne Márjá Ŋuolja Bjørnæs", "mor", "+47 912 34 567"),
        GuardianRecord("Per Øyvind Bjørnæs", "far", "48 12 34 56"),
    )
    pupil_id = pupils.add_pupil(
        vault,
        NewPupil(
            "Áilu Ŋiillas",
            "Sárá Bjørnæs",
            date(2013, 3, 14),
            "Tromsdalen skole",
            "6B",
            language="nordsamisk",
            needs_interpreter=True,
            guardians=guardians,
        ),
    )
    demo_window.resize(1004, 660)  # a 1024 x 700 screen
    page = open_page(demo_window, pupil_id)
    qtbot.waitUntil(lambda: page.header.contentsRect().width() > 0)
    lines = " | ".join(_lines_of(page.header)).replace("\u00a0", " ")
    assert len(_lines_of(page.header)) > 3, lines  # the header does wrap at this width
    for guardian in guardians:
        assert any(guardian.phone in line.replace("\u00a0", " ") for line in lines.split(" | ")), (
            guardian.phone,
            lines,
        )
