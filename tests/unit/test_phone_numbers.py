"""A phone number is taken as nurses and school systems write it in Norway and Sweden, and
refused when it cannot be a number someone could ring."""

from __future__ import annotations

import pytest

from nurse_desk.domain.phone_numbers import InvalidPhone, check_phone, is_phone

WRITTEN_AS_NURSES_DO = [
    "",  # no number given
    "912 34 567",
    "91234567",
    "+47 912 34 567",
    "0047 912 34 567",
    "(+47) 912 34 567",
    "22.33.44.55",
    "08-123 456 78",
    "08/123 45 67",
    "070-123 45 67",
    "070–123 45 67",  # an en dash from a word processor
    "+46 (0)70-123 45 67",
    "+46\u00a070\u00a0123\u00a045\u00a067",  # non-breaking spaces from a web page
    "02800",  # a five-digit service number
    "  912 34 567  ",
]
NO_NUMBER = [
    "ring mor",
    "abc",
    "se over",
    "91234567 jobb",
    "91234567 ext 12",
    "113",  # a short code, no one's own number
    "1234",
    "912 34 567 / 400 11 222",  # two numbers in one
    "1234567890123456",  # sixteen digits
    "+47 +47 912 34 567",
    "91+234567",
    "(0)(70) 123 45 67",
    "((08)) 123 45 67",
    "9123 4567)",
    "٩١٢٣٤٥٦٧",  # digits that are on no keypad here
    "+",
    "--",
]


@pytest.mark.parametrize("text", WRITTEN_AS_NURSES_DO)
def test_a_number_written_as_nurses_write_it_is_taken(text):
    assert is_phone(text)
    assert check_phone(text) == text.strip()


@pytest.mark.parametrize("text", NO_NUMBER)
def test_a_text_that_cannot_be_a_number_is_refused_with_the_text(text):
    assert not is_phone(text)
    with pytest.raises(InvalidPhone) as refused:
        check_phone(f" {text} ")
    assert refused.value.phone == text.strip()


def test_a_number_stored_before_is_taken_as_it_is():
    assert check_phone("ring mor ", known=("ring mor",)) == "ring mor"
    with pytest.raises(InvalidPhone):
        check_phone("ring far", known=("ring mor",))
