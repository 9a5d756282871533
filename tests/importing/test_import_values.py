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
