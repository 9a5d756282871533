"""Recurring follow-ups, school-closed days and the agenda's parts: pure domain rules."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain.agenda import (
    AgendaItem,
    AgendaKind,
    Bucket,
    build_agenda,
    initials,
    window,
)
from nurse_desk.domain.follow_ups import FollowUpKind
from nurse_desk.domain.recurrence import (
    Frequency,
    InvalidRecurrence,
    OccurrenceChange,
    OccurrenceStatus,
    Recurrence,
    due_dates,
    last_occurrence,
    occurrences,
    parse_rule,
)
from nurse_desk.domain.school_calendar import (
    ClosedPeriod,
    DayFlag,
    InvalidClosedPeriod,
    SchoolCalendar,
)

SPRING_TERM_END = date(2026, 6, 19)
NORWAY = SchoolCalendar(
    "no", (ClosedPeriod(1, "Vinterferie", date(2026, 2, 23), date(2026, 2, 27)),)
)
SWEDEN = SchoolCalendar("se")


def test_every_two_weeks_until_the_end_of_term_stops_at_the_term_end():
    rule = Recurrence(Frequency.WEEKLY, 2, until=SPRING_TERM_END).to_rule()
    dates = occurrences(rule, date(2026, 4, 2), date(2026, 1, 1), date(2026, 12, 31))
    assert dates[0] == date(2026, 4, 2)
    assert all(later - earlier == timedelta(weeks=2) for earlier, later in pairwise(dates))
    assert dates[-1] <= SPRING_TERM_END < dates[-1] + timedelta(weeks=2)
    assert last_occurrence(rule, date(2026, 4, 2)) == dates[-1]


def test_expansion_keeps_dates_on_holidays_and_the_calendar_flags_them():
    """Thursdays from Maundy Thursday: Easter, Ascension Day fall on the rule; they are
    flagged for the nurse, never silently moved."""
    rule = Recurrence(Frequency.WEEKLY, 1, until=SPRING_TERM_END).to_rule()
    dates = occurrences(rule, date(2026, 4, 2), date(2026, 4, 1), date(2026, 6, 30))
    assert date(2026, 4, 2) in dates and date(2026, 5, 14) in dates  # Skjærtorsdag, Kr. himmelfart
    flagged = [day for day in dates if DayFlag.HOLIDAY in NORWAY.flags(day)]
    assert flagged == [date(2026, 4, 2), date(2026, 5, 14)]
    assert NORWAY.holiday_name(date(2026, 4, 2)) == "Skjærtorsdag"
    assert NORWAY.next_school_day(date(2026, 4, 2)) == date(2026, 4, 7)  # after Easter Monday


def test_monthly_four_times_counts_and_skips_short_months():
    rule = Recurrence(Frequency.MONTHLY, 1, count=4).to_rule()
    assert occurrences(rule, date(2026, 9, 10), date(2026, 1, 1), date(2027, 12, 31)) == [
        date(2026, 9, 10),
        date(2026, 10, 10),
        date(2026, 11, 10),
        date(2026, 12, 10),
    ]
    on_31st = occurrences(rule, date(2027, 1, 31), date(2027, 1, 1), date(2027, 12, 31))
    assert on_31st == [date(2027, 1, 31), date(2027, 3, 31), date(2027, 5, 31), date(2027, 7, 31)]


def test_expansion_only_inside_the_window_asked_for():
    rule = Recurrence(Frequency.WEEKLY, 1, count=30).to_rule()
    dates = occurrences(rule, date(2026, 8, 17), date(2026, 9, 1), date(2026, 9, 14))
    assert dates == [date(2026, 9, 7), date(2026, 9, 14)]
    assert occurrences(rule, date(2026, 8, 17), date(2026, 9, 1), date(2026, 8, 31)) == []


@given(
    frequency=st.sampled_from(Frequency),
    interval=st.integers(1, 12),
    start=st.dates(date(2024, 1, 1), date(2030, 12, 31)),
    count=st.integers(1, 60),
    offset=st.integers(0, 800),
    span=st.integers(0, 400),
)
def test_windowed_expansion_matches_dateutil(frequency, interval, start, count, offset, span):
    rule = Recurrence(frequency, interval, count=count).to_rule()
    first = start + timedelta(days=offset - 400)
    last = first + timedelta(days=span)
    expected = [
        moment.date()
        for moment in rrulestr(rule, dtstart=_midnight(start))
        if first <= moment.date() <= last
    ]
    assert occurrences(rule, start, first, last) == expected


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def test_rules_round_trip_and_bad_ones_are_refused():
    recurrence = Recurrence(Frequency.WEEKLY, 3, until=date(2026, 12, 18))
    assert parse_rule(recurrence.to_rule()) == recurrence
    with pytest.raises(InvalidRecurrence):
        parse_rule("FREQ=DAILY;COUNT=3")
    with pytest.raises(InvalidRecurrence):
        parse_rule("FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    problems = {
        "end": Recurrence(Frequency.WEEKLY),
        "interval": Recurrence(Frequency.WEEKLY, 0, count=2),
        "until_before_start": Recurrence(Frequency.WEEKLY, until=date(2026, 1, 1)),
        "count": Recurrence(Frequency.MONTHLY, count=500),
    }
    for reason, recurrence in problems.items():
        with pytest.raises(InvalidRecurrence) as raised:
            recurrence.check(date(2026, 3, 1))
        assert raised.value.reason == reason


def test_done_and_skipped_dates_drop_out_and_a_snoozed_one_moves():
    first, last = date(2026, 11, 1), date(2026, 11, 30)
    dates = [date(2026, 11, 3), date(2026, 11, 10), date(2026, 11, 17), date(2026, 11, 24)]
    changes = {
        date(2026, 11, 3): OccurrenceChange(1, date(2026, 11, 3), OccurrenceStatus.DONE),
        date(2026, 11, 10): OccurrenceChange(1, date(2026, 11, 10), OccurrenceStatus.CANCELLED),
        date(2026, 11, 17): OccurrenceChange(
            1, date(2026, 11, 17), OccurrenceStatus.SNOOZED, moved_to=date(2026, 11, 19)
        ),
        # moved in from a date before the window: still shown on its new day
        date(2026, 10, 27): OccurrenceChange(
            1, date(2026, 10, 27), OccurrenceStatus.SNOOZED, moved_to=date(2026, 11, 2)
        ),
    }
    assert due_dates(dates, changes, first, last) == [
        (date(2026, 10, 27), date(2026, 11, 2)),
        (date(2026, 11, 17), date(2026, 11, 19)),
        (date(2026, 11, 24), date(2026, 11, 24)),
    ]


@pytest.mark.parametrize(
    ("calendar", "day", "flags"),
    [
        (NORWAY, date(2026, 5, 17), {DayFlag.HOLIDAY, DayFlag.WEEKEND}),  # Grunnlovsdag
        (NORWAY, date(2026, 5, 25), {DayFlag.HOLIDAY}),  # 2. pinsedag
        (NORWAY, date(2026, 4, 2), {DayFlag.HOLIDAY}),  # Skjærtorsdag
        (NORWAY, date(2026, 6, 8), set()),  # a Monday
        (NORWAY, date(2026, 2, 25), {DayFlag.SCHOOL_CLOSED}),  # the break the nurse entered
        (NORWAY, date(2026, 1, 6), set()),  # Epiphany is not a Norwegian holiday
        (SWEDEN, date(2026, 1, 6), {DayFlag.HOLIDAY}),  # Trettondedag jul
        (SWEDEN, date(2026, 6, 6), {DayFlag.HOLIDAY, DayFlag.WEEKEND}),  # Nationaldagen
        (SWEDEN, date(2026, 4, 2), set()),  # Maundy Thursday is a school day in Sweden
        (SWEDEN, date(2026, 11, 22), {DayFlag.WEEKEND}),  # a Sunday is a weekend, not a holiday
        (SWEDEN, date(2026, 5, 14), {DayFlag.HOLIDAY}),  # Kristi himmelsfärdsdag
    ],
)
def test_holiday_flags_for_both_countries(calendar, day, flags):
    assert calendar.flags(day) == frozenset(flags)


def test_closed_periods_are_checked():
    with pytest.raises(InvalidClosedPeriod) as raised:
        ClosedPeriod(0, "Høstferie", date(2026, 10, 9), date(2026, 10, 5)).check()
    assert raised.value.reason == "ends_before_start"
    with pytest.raises(InvalidClosedPeriod):
        ClosedPeriod(0, " ", date(2026, 10, 5), date(2026, 10, 9)).check()
    with pytest.raises(InvalidClosedPeriod):
        ClosedPeriod(0, "Typo", date(2026, 10, 5), date(2027, 10, 9)).check()


def _item(day: date, ref: int = 1, *, at: time | None = None) -> AgendaItem:
    return AgendaItem(
        AgendaKind.FOLLOW_UP, ref, 7, "Emil", "Aasen", 2012, "Granly", "8B", day, day, at,
        FollowUpKind.GUARDIAN_CALL,
    )  # fmt: skip


def test_agenda_parts_overdue_today_this_week_later_and_the_horizon():
    today = date(2026, 11, 24)  # a Tuesday
    _, horizon = window(today)
    items = [
        _item(date(2026, 9, 1), 1),
        _item(today, 2, at=time(13, 0)),
        _item(today, 3, at=time(9, 0)),
        _item(date(2026, 11, 29), 4),  # Sunday, still this week
        _item(date(2026, 11, 30), 5),
        _item(horizon + timedelta(days=1), 6),
    ]
    agenda = build_agenda(items, today, NORWAY)
    assert [i.ref_id for i in agenda.overdue] == [1]
    assert [i.ref_id for i in agenda.due_today] == [3, 2]  # by time
    assert [i.ref_id for i in agenda.this_week] == [4]
    assert [i.ref_id for i in agenda.later] == [5]
    assert agenda.needs_attention == 3 and len(agenda) == 5
    assert agenda.bucket(Bucket.THIS_WEEK)[0].flags == {DayFlag.WEEKEND}


def test_initials_are_all_a_calendar_shows():
    assert initials("Emil", "Aasen") == "E.A."
    assert initials("Anne-Lise", "Berg Ødegård") == "A.L.B.Ø."
    assert _item(date(2026, 1, 5)).initials == "E.A."
