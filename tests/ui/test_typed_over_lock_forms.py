"""Ctrl+L (or the idle lock) while planning or editing a follow-up or writing a referral: what
was typed is kept in the vault for that pupil (and that follow-up or referral) and comes back
when the nurse opens the same form again; a form with nothing typed keeps nothing. The
follow-up and the referral from the pupil's page are driven through the real window."""

from __future__ import annotations

from datetime import date

import pytest
from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
from lock_fixtures import lock_notes, open_pupil, unlock
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog

from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.referrals import PartnerKind, PartnerRecord, ReferralRecord, ReferralStatus
from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.services import follow_up_work, pending_entries, pupils
from nurse_desk.ui.common.kept_over_lock import PendingPlace, new_entry_place
from nurse_desk.ui.followups.acting import pupil_choices
from nurse_desk.ui.followups.follow_up_dialog import FollowUpDialog
from nurse_desk.ui.referrals.referral_dialog import ReferralDialog, ReferralEditDialog

TODAY = date(2026, 11, 23)
BACK = "What you typed here before the vault locked is back."
PARTNERS = [
    PartnerRecord(2, "BUP", PartnerKind.CHILD_PSYCHIATRY, "", "", "", "", "", False, 1),
    PartnerRecord(3, "PPT", PartnerKind.EDUCATIONAL_PSYCHOLOGY, "", "", "", "", "", False, 1),
]
REFERRAL = ReferralRecord(
    4, 1, "Emil Aasen", 2, "BUP", PartnerKind.CHILD_PSYCHIATRY, date(2026, 10, 5), "Søvn",
    5, ReferralStatus.ACKNOWLEDGED, date(2026, 10, 9), None, None, date(2026, 11, 2),
)  # fmt: skip


def no_dialog_left(window, name: str) -> bool:
    return not [d for d in window.findChildren(QDialog) if d.objectName() == name]


# -- through the window ------------------------------------------------------------------------
def test_a_follow_up_typed_when_the_vault_locks_comes_back_for_the_same_pupil(
    qtbot, demo_window, in_next_modal
):
    pupil_page = open_pupil(qtbot, demo_window)
    emil = pupil_page.page.pupil.id
    due = QDate.currentDate().addDays(9)

    def type_then_lock(dialog) -> None:
        dialog.due.setDate(due)
        qtbot.keyClicks(dialog.description, "Ring mor om søvnen")
        qtbot.keyClicks(dialog.responsible, "Kari")
        demo_window.lock_now()

    seen = in_next_modal(type_then_lock)
    qtbot.mouseClick(pupil_page.follow_up_button, Qt.MouseButton.LeftButton)
    assert seen["dialog"].objectName() == "follow_up_dialog"
    assert demo_window.session.vault is None
    qtbot.waitUntil(lambda: no_dialog_left(demo_window, "follow_up_dialog"))
    unlock(qtbot, demo_window)
    assert "A follow-up: what you had typed is kept in the vault" in lock_notes(qtbot)
    before = {line.id for line in follow_up_work.follow_up_lines(demo_window.session.vault)}
    pupil_page = open_pupil(qtbot, demo_window)
    back = {}

    def read_then_save(dialog) -> None:
        back["typed"] = (dialog.description.text(), dialog.responsible.text(), dialog.due.date())
        back["said"] = dialog.problem.text()
        dialog.accept()

    in_next_modal(read_then_save)
    qtbot.mouseClick(pupil_page.follow_up_button, Qt.MouseButton.LeftButton)
    assert back["typed"] == ("Ring mor om søvnen", "Kari", due)
    assert BACK in back["said"]
    added = [
        line
        for line in follow_up_work.follow_up_lines(demo_window.session.vault)
        if line.id not in before
    ]
    assert [(a.pupil_id, a.description, a.responsible) for a in added] == [
        (emil, "Ring mor om søvnen", "Kari")
    ]


def test_a_referral_typed_when_the_vault_locks_comes_back_for_the_same_pupil(
    qtbot, demo_window, in_next_modal
):
    pupil_page = open_pupil(qtbot, demo_window)

    def type_then_lock(dialog) -> None:
        qtbot.keyClicks(dialog.reason, "Søvnvansker over tid")
        demo_window.lock_now()

    in_next_modal(type_then_lock)
    qtbot.mouseClick(pupil_page.referrals_panel.refer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: no_dialog_left(demo_window, "referral_dialog"))
    unlock(qtbot, demo_window)
    assert "A referral: what you had typed is kept in the vault" in lock_notes(qtbot)
    pupil_page = open_pupil(qtbot, demo_window)
    back = {}

    def read_then_close(dialog) -> None:
        back["reason"], back["said"] = dialog.reason.toPlainText(), dialog.brought_back.text()
        dialog.reject()

    in_next_modal(read_then_close)
    qtbot.mouseClick(pupil_page.referrals_panel.refer_button, Qt.MouseButton.LeftButton)
    assert back["reason"] == "Søvnvansker over tid" and BACK in back["said"]


def test_forms_with_nothing_typed_keep_nothing_over_the_lock(qtbot, demo_window, in_next_modal):
    pupil_page = open_pupil(qtbot, demo_window)
    emil = pupil_page.page.pupil.id
    for button in (pupil_page.follow_up_button, pupil_page.referrals_panel.refer_button):
        in_next_modal(lambda dialog: demo_window.lock_now())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert demo_window.session.vault is None
        unlock(qtbot, demo_window)
        qtbot.wait(50)
        assert QApplication.activeModalWidget() is None  # no note: nothing was typed
        pupil_page = open_pupil(qtbot, demo_window)
    opened_vault = demo_window.session.vault
    for form in ("new_follow_up", "new_referral"):
        assert pending_entries.take(opened_vault, pupil_id=emil, form=form, subject=emil) is None
    opened = {}

    def look(dialog) -> None:
        opened["follow-up"] = (dialog.description.text(), dialog.problem.text())
        dialog.reject()

    in_next_modal(look)
    qtbot.mouseClick(pupil_page.follow_up_button, Qt.MouseButton.LeftButton)
    assert opened == {"follow-up": ("", "")}


# -- the dialogs on their own ------------------------------------------------------------------
@pytest.fixture
def ada(vault, pupil_id):  # noqa: F811
    return pupils.add_pupil(vault, NewPupil("Ada", "Aaberg", date(2013, 2, 1), "Granly", "7A"))


def new_follow_up(vault, choices, pupil_id=None):  # noqa: F811
    place = new_entry_place(vault, "new_follow_up", pupil_id)
    return FollowUpDialog(
        None,
        pupils=choices,
        calendar=SchoolCalendar("no"),
        today=TODAY,
        pupil_id=pupil_id,
        place=place,
    )


def choose(dialog, pupil: int) -> None:
    """As the nurse does: picked in the list (`activated`), not set from code."""
    index = dialog.pupil.findData(pupil)
    dialog.pupil.setCurrentIndex(index)
    dialog.pupil.activated.emit(index)


def test_a_new_follow_up_is_kept_for_the_pupil_chosen_in_it_and_back_when_she_chooses_him(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    ada,
):
    choices = pupil_choices(pupils.list_pupils(vault))
    first = new_follow_up(vault, choices)
    qtbot.addWidget(first)
    choose(first, pupil_id)
    first.kind.setCurrentIndex(first.kind.findData(FollowUpKind.GUARDIAN_CALL.value))
    first.description.setText("Ring mor")
    first.repeat.setCurrentIndex(2)
    first.count_choice.setChecked(True)
    first.count.setValue(6)
    typed = first.follow_up()
    assert "kept in the vault" in first.keep_before_lock()
    again = new_follow_up(vault, choices)
    qtbot.addWidget(again)
    assert again.description.text() == "" and again.problem.text() == ""  # no pupil chosen yet
    choose(again, ada)
    assert again.description.text() == ""  # another pupil: nothing of Emil's
    choose(again, pupil_id)
    assert again.follow_up() == typed and BACK in again.problem.text()
    from_his_page = new_follow_up(vault, choices, pupil_id)
    qtbot.addWidget(from_his_page)
    assert from_his_page.description.text() == ""  # handed back once, then gone


def test_a_new_follow_up_kept_before_a_pupil_was_chosen_comes_back_in_the_next_one(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    choices = pupil_choices(pupils.list_pupils(vault))
    first = new_follow_up(vault, choices)
    qtbot.addWidget(first)
    first.description.setText("Sjekke fravær")
    assert "kept in the vault" in first.keep_before_lock()
    from_his_page = new_follow_up(vault, choices, pupil_id)
    qtbot.addWidget(from_his_page)
    assert from_his_page.description.text() == ""
    again = new_follow_up(vault, choices)
    qtbot.addWidget(again)
    assert again.description.text() == "Sjekke fravær" and BACK in again.problem.text()
    assert again.pupil.currentIndex() == -1


def test_an_edited_follow_up_comes_back_on_the_same_follow_up_only(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    planned = [
        follow_up_work.plan_follow_up(
            vault, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, TODAY, text)
        )
        for text in ("Samtale", "Ny samtale")
    ]
    lines = [follow_up_work.follow_up_line(vault, i) for i in planned]
    choices = [(pupil_id, "Emil Aasen")]

    def edit(line):
        place = PendingPlace(vault, pupil_id, "follow_up", line.id)
        dialog = FollowUpDialog(
            None,
            pupils=choices,
            calendar=SchoolCalendar("no"),
            today=TODAY,
            existing=line,
            place=place,
        )
        qtbot.addWidget(dialog)
        return dialog

    first = edit(lines[0])
    first.description.setText("Samtale om søvn")
    first.timed.setChecked(True)
    typed = first.follow_up()
    assert "kept in the vault" in first.keep_before_lock()
    other = edit(lines[1])
    assert other.description.text() == "Ny samtale" and other.problem.text() == ""
    again = edit(lines[0])
    assert again.follow_up() == typed and again.has_unsaved_words()
    assert BACK in again.problem.text()


def test_an_edit_that_changed_no_words_keeps_nothing(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    planned = follow_up_work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, TODAY, "Samtale")
    )
    line = follow_up_work.follow_up_line(vault, planned)
    place = PendingPlace(vault, pupil_id, "follow_up", line.id)
    dialog = FollowUpDialog(
        None,
        pupils=[(pupil_id, "Emil Aasen")],
        calendar=SchoolCalendar("no"),
        today=TODAY,
        existing=line,
        place=place,
    )
    qtbot.addWidget(dialog)
    assert dialog.keep_before_lock() is None
    assert pending_entries.take(vault, pupil_id=pupil_id, form="follow_up", subject=line.id) is None


def new_referral(vault, records, pupil_id=None):  # noqa: F811
    return ReferralDialog(
        None,
        pupils=records,
        partners=PARTNERS,
        consent_for=lambda *_: None,
        today=TODAY,
        place=new_entry_place(vault, "new_referral", pupil_id),
    )


def test_a_new_referral_is_kept_for_the_pupil_chosen_in_it(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    ada,
):
    records = pupils.list_pupils(vault)
    first = new_referral(vault, records)
    qtbot.addWidget(first)
    choose(first, pupil_id)
    first.partner.setCurrentIndex(1)
    first.sent_on.setDate(QDate(2026, 11, 20))
    first.reason.setPlainText("Søvnvansker")
    first.has_expected.setChecked(False)
    typed = first.referral()
    assert "A referral: what you had typed is kept" in first.keep_before_lock()
    again = new_referral(vault, records)
    qtbot.addWidget(again)
    assert again.reason.toPlainText() == "" and again.brought_back.isHidden()
    choose(again, ada)
    assert again.reason.toPlainText() == ""
    choose(again, pupil_id)
    assert again.referral() == typed and BACK in again.brought_back.text()
    empty = new_referral(vault, [r for r in records if r.id == pupil_id], pupil_id)
    qtbot.addWidget(empty)
    assert empty.keep_before_lock() is None  # nothing typed: nothing kept, nothing said
    kept = pending_entries.take(vault, pupil_id=pupil_id, form="new_referral", subject=pupil_id)
    assert kept is None


def test_an_edited_referral_reason_comes_back_on_the_same_referral(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    def edit(referral_id: int):
        place = PendingPlace(vault, pupil_id, "referral", referral_id)
        dialog = ReferralEditDialog(None, referral=REFERRAL, place=place)
        qtbot.addWidget(dialog)
        return dialog

    first = edit(REFERRAL.id)
    assert first.keep_before_lock() is None  # the reason as it was: nothing to keep
    first.reason.setPlainText("Søvn og konsentrasjon")
    first.has_expected.setChecked(False)
    typed = first.change()
    assert "kept in the vault" in first.keep_before_lock()
    other = edit(REFERRAL.id + 1)
    assert other.reason.toPlainText() == "Søvn" and other.brought_back.isHidden()
    again = edit(REFERRAL.id)
    assert again.change() == typed and again.has_unsaved_words()
    assert BACK in again.brought_back.text()
