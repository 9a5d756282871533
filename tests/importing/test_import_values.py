from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain.import_values import (
    LineError,
    Problem,
    ValueRejected,
    parse_date,
    parse_number,
    parse_yes_no,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03.02.2026", date(2026, 2, 3)),
        ("3.2.2026", date(2026, 2, 3)),
        ("03.02.26", date(2026, 2, 3)),
        ("2026-02-03", date(2026, 2, 3)),
        ("2026-02-03 00:00:00", date(2026, 2, 3)),
        (" 03/02/2026 ", date(2026, 2, 3)),
    ],
)
def test_the_school_systems_date_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2026-12-03 08:15",
        "2026-12-03 08:15:42",
        "2026-12-03T08:15:00",
        "2026-12-03 23:59:59.5",
        "03.12.2026 08:15",
        "3.12.2026 8:15",
        "03.12.2026 08:15:00",
        "03/12/2026 08:15",
    ],
)
def test_a_date_with_a_time_of_day_is_read_as_its_date(text):
    """The school system's workbooks give a lesson's absence as a date and time: every row
    was refused as "not a date"."""
    assert parse_date(text) == date(2026, 12, 3)


@pytest.mark.parametrize(
    "text",
    # A time zone may move the day (a UTC time after 23:00 is the next day here); a clock
    # with AM/PM belongs to the month-first dates of another country; a time that is no
    # time is a typing slip, not a date.
    ["2026-12-03T08:15Z", "2026-12-03 08:15+01:00", "12/03/2026 8:15 AM", "03.12.2026 25:00",
     "03.12.2026 08:75", "2026-12-03 08", "03.12.2026 kl 08:15"],
)  # fmt: skip
def test_a_date_with_a_time_that_could_move_the_day_or_is_no_time_is_refused(text):
    with pytest.raises(ValueRejected) as caught:
        parse_date(text)
    assert caught.value.problem is Problem.DATE_FORMAT


def test_a_date_that_does_not_exist_is_named_as_such():
    with pytest.raises(ValueRejected) as caught:
        parse_date("31.02.2026")
    assert caught.value.problem is Problem.DATE_NOT_EXIST
    assert LineError(212, "Dato", caught.value.problem, caught.value.value).message == (
        "line 212: date '31.02.2026' does not exist"
    )


@pytest.mark.parametrize("text", ["2026/02/03x", "tomorrow", "3.2", "03022026", "1.1.202"])
def test_a_date_in_another_format_is_a_format_error(text):
    with pytest.raises(ValueRejected) as caught:
        parse_date(text)
    assert caught.value.problem is Problem.DATE_FORMAT


@given(st.text(max_size=20))
def test_date_parsing_never_raises_anything_but_a_rejection(text):
    try:
        assert isinstance(parse_date(text), date)
    except ValueRejected as rejected:
        assert rejected.problem in (Problem.DATE_FORMAT, Problem.DATE_NOT_EXIST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,5", 1.5), ("1.5", 1.5), (" 2 ", 2.0), ("0,75", 0.75), ("1 234,5", 1234.5)],
)
def test_numbers_with_comma_or_point(text, expected):
    assert parse_number(text) == expected


@given(st.text(max_size=12))
def test_number_parsing_never_raises_anything_but_a_rejection(text):
    try:
        parse_number(text)
    except ValueRejected as rejected:
        assert rejected.problem is Problem.NUMBER


@pytest.mark.parametrize("text", ["ja", "Ja", "JA", "yes", "x", "X", "1", "sant", "j"])
def test_yes_in_three_languages(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", ["nei", "Nej", "no", "0", "n", "-"])
def test_no_in_three_languages(text):
    assert parse_yes_no(text) is False


def test_blank_is_neither_and_a_word_is_rejected():
    assert parse_yes_no("  ") is None
    with pytest.raises(ValueRejected):
        parse_yes_no("kanskje")
