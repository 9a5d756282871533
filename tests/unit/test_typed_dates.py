"""Reading a date as typed into a date field (domain/typed_dates.py)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain.typed_dates import may_become_a_date, read_typed_date

SHOWN = date(2026, 12, 3)
THIRD_OF_JANUARY = date(2027, 1, 3)


@pytest.mark.parametrize(
    ("order", "typed"),
    [
        ("dmy", "03.01.2027"),
        ("dmy", "3.1.2027"),
        ("dmy", "03.01.27"),
        ("dmy", "030127"),
        ("dmy", "03012027"),
        ("dmy", "2027-01-03"),
        ("dmy", "3/1/27"),
        ("ymd", "2027-01-03"),
        ("ymd", "27-01-03"),
        ("ymd", "20270103"),
        ("ymd", "270103"),
        ("ymd", "3/1/2027"),
        ("ymd", "03.01.2027"),
        ("mdy", "1/3/2027"),
        ("mdy", "01/03/27"),
        ("mdy", "2027-01-03"),
    ],
)
def test_a_full_date_typed_in_the_usual_ways_reads_as_that_date(order, typed):
    assert read_typed_date(typed, order=order, shown=SHOWN) == THIRD_OF_JANUARY


@pytest.mark.parametrize(
    ("order", "typed", "meant"),
    [
        ("dmy", "15", date(2026, 12, 15)),
        ("dmy", "15.1", date(2026, 1, 15)),
        ("ymd", "01-15", date(2026, 1, 15)),
        ("ymd", "15/1", date(2026, 1, 15)),
        ("mdy", "1/15", date(2026, 1, 15)),
    ],
)
def test_the_parts_left_out_come_from_the_date_shown(order, typed, meant):
    assert read_typed_date(typed, order=order, shown=SHOWN) == meant


@pytest.mark.parametrize(
    "typed", ["", ".", "31.02.2027", "3.13.2027", "3.1.202", "3.1.2.7", "123", "1.1.12345"]
)
def test_no_date_or_an_impossible_one_reads_as_none(typed):
    assert read_typed_date(typed, order="dmy", shown=SHOWN) is None


def test_only_digits_and_the_separators_may_become_a_date():
    assert may_become_a_date("3.1-2/27 ")
    assert not may_become_a_date("3 Jan")
    assert not may_become_a_date("٣.١.٢٠٢٧")  # other scripts' digits are not read as ours


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_date_written_as_its_country_writes_it_reads_back(day):
    assert read_typed_date(f"{day:%d.%m.%Y}", order="dmy", shown=SHOWN) == day
    assert read_typed_date(f"{day.day}.{day.month}.{day:%y}", order="dmy", shown=SHOWN) == day
    assert read_typed_date(f"{day:%Y-%m-%d}", order="ymd", shown=SHOWN) == day
    assert read_typed_date(f"{day:%y%m%d}", order="ymd", shown=SHOWN) == day
    assert read_typed_date(f"{day:%d/%m/%Y}", order="dmy", shown=SHOWN) == day
    assert read_typed_date(f"{day:%m/%d/%Y}", order="mdy", shown=SHOWN) == day
