"""A stored national ID as people write it: Swedish with the hyphen before the last four."""

from __future__ import annotations

import pytest

from nurse_desk.domain.national_id import parse_national_id, written


@pytest.mark.parametrize(
    ("typed", "country", "shown"),
    [
        ("201303142382", "se", "20130314-2382"),
        ("130314-2382", "se", "20130314-2382"),
        ("20130374-2389", "se", "20130374-2389"),  # a samordningsnummer (day + 60)
        ("15076500565", "no", "15076500565"),
    ],
)
def test_a_number_is_written_as_its_country_writes_it(typed, country, shown):
    number = parse_national_id(typed, country).number
    assert written(number) == shown
    assert parse_national_id(written(number), country).number == number  # read back the same


def test_anything_else_is_shown_as_it_is():
    assert written("") == ""
    assert written("–") == "–"
    wide = "２０１３０３１４２３８２"  # full-width digits, not 0-9: not ours to change
    assert written(wide) == wide
