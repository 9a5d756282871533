"""Follow-ups in a real vault: completing one occurrence, snoozing, notes, the agenda with
extra items, the printed week and the .ics calendar (parsed back, nothing identifying in it)."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from nurse_desk.domain import errors
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.agenda import AgendaItem, AgendaKind
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus, NewFollowUp
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.recurrence import Frequency, InvalidRecurrence, Recurrence
from nurse_desk.domain.school_calendar import ClosedPeriod, DayFlag
from nurse_desk.services import access, agenda_output, journal, school_calendar
from nurse_desk.services import follow_up_work as work
from nurse_desk.services.agenda import today_agenda

TODAY = date(2026, 11, 24)  # a Tuesday
TERM_END = date(2026, 12, 18)


def weekly(vault, pupil_id, start=date(2026, 11, 10), **extra) -> int:
    rule = Recurrence(Frequency.WEEKLY, 1, until=TERM_END).to_rule()
    return work.plan_follow_up(
        vault,
        NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, start, "Samtale om søvn", recurrence=rule),
        **extra,
    )


def dates_of(agenda, follow_up_id: int) -> list[tuple[date, date]]:
    parts = (agenda.overdue, agenda.due_today, agenda.this_week, agenda.later)
    return [(i.occurs_on, i.due_on) for part in parts for i in part if i.ref_id == follow_up_id]


def test_completing_one_occurrence_leaves_the_others(vault, pupil_id):
    follow_up = weekly(vault, pupil_id)
    before = dates_of(today_agenda(vault, TODAY), follow_up)
    assert [due for _, due in before] == [
        date(2026, 11, 10),
        date(2026, 11, 17),
        date(2026, 11, 24),
        date(2026, 12, 1),
        date(2026, 12, 8),
        date(2026, 12, 15),
    ]
    work.complete_follow_up(vault, follow_up, outcome="Sover bedre", occurs_on=date(2026, 11, 17))
    after = [due for _, due in dates_of(today_agenda(vault, TODAY), follow_up)]
    assert date(2026, 11, 17) not in after and len(after) == 5
    assert work.follow_up_line(vault, follow_up).status is FollowUpStatus.OPEN


def test_the_last_open_date_done_closes_a_recurring_follow_up(vault, pupil_id):
    rule = Recurrence(Frequency.MONTHLY, 1, count=2).to_rule()
    follow_up = work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.OTHER, date(2026, 11, 2), recurrence=rule)
    )
    work.complete_follow_up(vault, follow_up, outcome="", occurs_on=date(2026, 11, 2))
    assert work.follow_up_line(vault, follow_up).status is FollowUpStatus.OPEN
    work.skip_occurrence(vault, follow_up, date(2026, 12, 2))
    work.complete_follow_up(vault, follow_up, outcome="Ferdig", occurs_on=date(2026, 12, 2))
    line = work.follow_up_line(vault, follow_up)
    assert line.status is FollowUpStatus.DONE and line.outcome == "Ferdig"
    with pytest.raises(work.FollowUpClosed):
        work.complete_follow_up(vault, follow_up, outcome="again")


def test_done_with_a_note_leaves_a_draft_follow_up_note(vault, pupil_id):
    follow_up = work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.GUARDIAN_CALL, date(2026, 11, 20))
    )
    note_id = work.complete_follow_up(
        vault, follow_up, outcome="Mor ringt", write_note=True, now=datetime(2026, 11, 24, 10)
    )
    note = journal.get_note(vault, note_id)
    assert note.kind is NoteKind.FOLLOW_UP and not note.is_signed
    assert note.conversation == "Mor ringt" and note.pupil_id == pupil_id
    assert dates_of(today_agenda(vault, TODAY), follow_up) == []


def test_snoozing_moves_one_date_of_a_recurring_follow_up_or_a_one_off(vault, pupil_id):
    recurring = weekly(vault, pupil_id)
    one_off = work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.CHECK_ABSENCE, date(2026, 11, 23))
    )
    work.snooze_follow_up(vault, recurring, occurs_on=date(2026, 11, 24), to=date(2026, 11, 26))
    work.snooze_follow_up(vault, one_off, to=date(2026, 11, 30))
    agenda = today_agenda(vault, TODAY)
    assert (date(2026, 11, 24), date(2026, 11, 26)) in dates_of(agenda, recurring)
    assert (date(2026, 12, 1), date(2026, 12, 1)) in dates_of(agenda, recurring)
    assert dates_of(agenda, one_off) == [(date(2026, 11, 30), date(2026, 11, 30))]


def test_cancelled_follow_ups_leave_the_agenda_and_reopen(vault, pupil_id):
    follow_up = weekly(vault, pupil_id)
    work.cancel_follow_up(vault, follow_up, reason="Flyttet")
    assert dates_of(today_agenda(vault, TODAY), follow_up) == []
    assert work.follow_up_line(vault, follow_up).status is FollowUpStatus.CANCELLED
    work.reopen_follow_up(vault, follow_up)
    assert dates_of(today_agenda(vault, TODAY), follow_up)


def test_a_rule_without_an_end_is_refused(vault, pupil_id):
    with pytest.raises(InvalidRecurrence):
        work.plan_follow_up(
            vault,
            NewFollowUp(pupil_id, FollowUpKind.OTHER, TODAY, recurrence="FREQ=WEEKLY;INTERVAL=1"),
        )


def test_a_note_marked_follow_up_needed_plans_one_in_one_step(vault, pupil_id):
    note = journal.save_draft(
        vault,
        NoteDraft(pupil_id, datetime(2026, 11, 20, 9), NoteKind.PLANNED, follow_up_needed=True),
    )
    assert work.note_needs_follow_up(vault, note.id)
    created = work.follow_up_from_note(
        vault, note.id, NewFollowUp(0, FollowUpKind.CONVERSATION, date(2026, 12, 4))
    )
    line = work.follow_up_line(vault, created)
    assert line.source is FollowUpSource.NOTE and line.pupil_id == pupil_id
    assert not work.note_needs_follow_up(vault, note.id)


def test_breaks_and_holidays_flag_agenda_items(vault, pupil_id):
    school_calendar.save_closed_period(
        vault, ClosedPeriod(0, "Juleferie", date(2026, 12, 21), date(2027, 1, 1))
    )
    rule = Recurrence(Frequency.WEEKLY, 1, count=3).to_rule()
    follow_up = work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.OTHER, date(2026, 12, 17), recurrence=rule)
    )
    items = [
        item
        for item in today_agenda(vault, date(2026, 12, 14)).later
        + today_agenda(vault, date(2026, 12, 14)).this_week
        if item.ref_id == follow_up
    ]
    by_day = {item.due_on: item for item in items}
    assert by_day[date(2026, 12, 17)].flags == frozenset()
    assert by_day[date(2026, 12, 24)].flags == {DayFlag.SCHOOL_CLOSED}
    assert by_day[date(2026, 12, 24)].flag_reason == "Juleferie"
    assert by_day[date(2026, 12, 31)].flags == {DayFlag.SCHOOL_CLOSED}


def test_items_from_other_features_join_the_agenda(vault, pupil_id):
    visit = AgendaItem(
        AgendaKind.HOME_VISIT, 99, pupil_id, "Emil", "Aasen", 2012, "Granly skole", "8B",
        TODAY, TODAY, time(14, 0),
    )  # fmt: skip
    agenda = today_agenda(vault, TODAY, extra_items=[visit])
    assert [item.kind for item in agenda.due_today] == [AgendaKind.HOME_VISIT]


def test_the_list_shows_a_recurring_follow_up_s_next_date(vault, pupil_id):
    follow_up = weekly(vault, pupil_id)
    work.complete_follow_up(vault, follow_up, outcome="", occurs_on=date(2026, 11, 10))
    [line] = work.follow_up_lines(vault, status=FollowUpStatus.OPEN, today=TODAY)
    assert line.next_due == date(2026, 11, 17) and line.next_occurs_on == date(2026, 11, 17)


def test_the_list_by_status_holds_its_lines_by_due_date_with_pupil_and_school(vault, pupil_id):
    def one_off(day: date) -> int:
        new = NewFollowUp(pupil_id, FollowUpKind.GUARDIAN_CALL, day, "Ring mor", due_time=time(9))
        return work.plan_follow_up(vault, new)

    late, done, early, cancelled = (one_off(date(2026, 12, d)) for d in (20, 3, 1, 2))
    work.complete_follow_up(vault, done, outcome="Snakket med mor")
    work.cancel_follow_up(vault, cancelled, reason="Flyttet")

    def ids(status):
        return [line.id for line in work.follow_up_lines(vault, status=status, today=TODAY)]

    assert ids(None) == [early, cancelled, done, late]
    assert ids(FollowUpStatus.OPEN) == [early, late]
    assert ids(FollowUpStatus.DONE) == [done]
    assert ids(FollowUpStatus.CANCELLED) == [cancelled]
    line = work.follow_up_line(vault, done)
    assert (line.status, line.outcome, line.due_on, line.due_time) == (
        FollowUpStatus.DONE,
        "Snakket med mor",
        date(2026, 12, 3),
        time(9),
    )
    assert (line.pupil_name, line.school_name, line.next_due) == (
        "Emil Aasen",
        "Granly skole",
        None,
    )
    assert line.birth_date.year == 2012 and line.source is FollowUpSource.NONE


HEALTH_WORDS = ("søvn", "samtale om", "BUP", "psyk", "mobb", "Aasen", "Emil", "Granly", "8B")


def test_the_ics_calendar_carries_initials_and_the_kind_only_and_is_logged(vault, pupil_id):
    weekly(vault, pupil_id, start=date(2026, 11, 24))
    work.plan_follow_up(
        vault,
        NewFollowUp(
            pupil_id,
            FollowUpKind.GUARDIAN_CALL,
            date(2026, 11, 26),
            "Mor om søvn og BUP-henvisning",
            due_time=time(10, 30),
        ),
    )
    data = agenda_output.agenda_calendar(
        vault, TODAY, TODAY + timedelta(weeks=2), reason="own calendar"
    )
    calendar = Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 4  # three weekly dates in two weeks and the call
    summaries = sorted(str(event["SUMMARY"]) for event in events)
    assert summaries[0] == "E.A. · Ringe foresatte"
    assert all(summary.startswith("E.A. · ") for summary in summaries)
    timed = next(e for e in events if "Ringe" in str(e["SUMMARY"]))
    assert timed.decoded("DTSTART") == datetime(2026, 11, 26, 10, 30)
    text = data.decode("utf-8").casefold()
    for word in HEALTH_WORDS:
        assert word.casefold() not in text
    assert all("DESCRIPTION" not in event and "LOCATION" not in event for event in events)
    exports = access.log_entries(vault, action=AccessAction.EXPORT, pupil_id=pupil_id)
    assert [entry.detail for entry in exports] == ["agenda ics 2026-11-24; reason: own calendar"]


def test_the_printed_week_hides_names_when_private_and_is_logged_when_released(vault, pupil_id):
    weekly(vault, pupil_id)
    sheet = agenda_output.week_sheet(vault, TODAY, today=TODAY, private=False)
    assert [item.due_on for item in sheet.overdue] == [date(2026, 11, 10), date(2026, 11, 17)]
    text = _pdf_text(agenda_output.render_week(sheet, language="nb"))
    assert "Emil Aasen" in text and "Samtale om søvn" in text and "Forfalt (2)" in text
    private = agenda_output.week_sheet(vault, TODAY, today=TODAY, private=True)
    private_text = _pdf_text(agenda_output.render_week(private, language="sv"))
    assert "E.A. (2012)" in private_text
    assert "Aasen" not in private_text and "søvn" not in private_text
    assert access.log_entries(vault, action=AccessAction.PRINT) == []
    agenda_output.log_week_released(vault, sheet, saved=False)
    prints = access.log_entries(vault, action=AccessAction.PRINT, pupil_id=pupil_id)
    assert [entry.detail for entry in prints] == ["agenda week 48"]


def test_the_printed_week_holds_the_latest_overdue_items_and_counts_the_rest(
    vault, pupil_id, monkeypatch
):
    monkeypatch.setattr(agenda_output, "OVERDUE_ON_PAPER", 3)
    for days_ago in range(2, 7):  # five one-offs overdue from before this week's Monday
        due = TODAY - timedelta(days=days_ago)
        work.plan_follow_up(vault, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, due, "Prat"))
    sheet = agenda_output.week_sheet(vault, TODAY, today=TODAY, private=False)
    assert [item.due_on for item in sheet.overdue] == [
        TODAY - timedelta(days=4),
        TODAY - timedelta(days=3),
        TODAY - timedelta(days=2),
    ]
    assert sheet.overdue_left_out == 2
    text = _pdf_text(agenda_output.render_week(sheet, language="nb"))
    assert "Forfalt (5)" in text
    assert "2 eldre forfalte oppgaver er ikke skrevet ut" in text
    assert "20. nov." in text  # the oldest printed; the two before it are left off
    assert "18. nov." not in text and "19. nov." not in text


def test_the_printed_week_prints_a_task_of_this_week_once(vault, pupil_id):
    """A task left undone on Monday is overdue on Tuesday: it was printed in the Overdue part
    and again under Monday, two boxes to tick for one task."""
    monday = TODAY - timedelta(days=TODAY.weekday())
    work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.GUARDIAN_CALL, monday, "Ringe mor om søvn")
    )
    work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, monday - timedelta(days=3), "Prat")
    )
    sheet = agenda_output.week_sheet(vault, TODAY, today=TODAY, private=False)
    assert [item.due_on for item in sheet.overdue] == [monday - timedelta(days=3)]
    assert [item.due_on for item in sheet.items] == [monday]
    text = _pdf_text(agenda_output.render_week(sheet, language="nb"))
    assert text.count("Ringe mor om søvn") == 1 and "Forfalt (1)" in text


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_planned_home_visits_join_the_agenda_until_done(vault, pupil_id):
    from visit_fixtures import full_plan, home_visit_consent

    from nurse_desk.services import consents, home_visits

    thursday = TODAY + timedelta(days=2)
    past = TODAY - timedelta(days=7)
    coming = home_visits.plan_visit(vault, full_plan(pupil_id, planned_on=thursday), today=TODAY)
    forgotten = home_visits.plan_visit(vault, full_plan(pupil_id, planned_on=past), today=past)
    agenda = today_agenda(vault, TODAY)
    assert [(i.kind, i.ref_id) for i in agenda.this_week] == [(AgendaKind.HOME_VISIT, coming.id)]
    # A visit whose day has passed stays on the agenda (overdue) until it is marked done.
    assert [(i.kind, i.ref_id) for i in agenda.overdue] == [(AgendaKind.HOME_VISIT, forgotten.id)]
    assert agenda.this_week[0].family_name == "Aasen"
    consents.record_consent(vault, home_visit_consent(pupil_id, given_on=past))
    home_visits.mark_ready(vault, forgotten.id, today=past)
    home_visits.mark_done(vault, forgotten.id)
    assert today_agenda(vault, TODAY).overdue == ()


def test_a_calendar_refused_its_file_leaves_no_export_in_the_log(vault, pupil_id, tmp_path):
    """An .ics that was never written (a file kept there, the vault's own name) is no export:
    the log said every pupil on it had left the app in a calendar no one has."""
    weekly(vault, pupil_id, start=date(2026, 11, 24))
    kept = tmp_path / "agenda.ics"
    kept.write_bytes(b"yesterday's calendar")
    last = TODAY + timedelta(weeks=2)
    for target, refused in (
        (kept, errors.FileAlreadyThere),
        (vault.path, errors.WouldReplaceTheVault),
    ):
        with pytest.raises(refused):
            agenda_output.agenda_calendar(
                vault, TODAY, last, reason="own calendar", out=target, replace=False
            )
    assert kept.read_bytes() == b"yesterday's calendar"
    assert access.log_entries(vault, action=AccessAction.EXPORT, pupil_id=pupil_id) == []
    written = tmp_path / "new.ics"
    data = agenda_output.agenda_calendar(
        vault, TODAY, last, reason="own calendar", out=written, replace=False
    )
    assert written.read_bytes() == data
    assert len(access.log_entries(vault, action=AccessAction.EXPORT, pupil_id=pupil_id)) == 1
