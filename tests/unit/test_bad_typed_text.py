"""Text the nurse types or a file holds: any of it is read or refused with the app's own error.

str.isdigit() and the regex \\d say yes to digits that are not 0-9 ('²', '٣', '５'); int() then
refuses some ('²' -> ValueError) and reads others as another number. Every such place takes
0-9 only.
"""

from __future__ import annotations

from datetime import date

import pytest
from class_list_fixtures import norwegian_id
from hypothesis import given, settings
from hypothesis import strategies as st

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.import_values import parse_date, parse_number
from nurse_desk.domain.national_id import InvalidNationalId, parse_national_id
from nurse_desk.domain.pupil_matching import PupilKey, PupilMatcher
from nurse_desk.domain.school_year import MoveKind, next_class_name

MODEST = settings(max_examples=200, deadline=None)
OTHER_DIGITS = "²³¹⁰₂٣۴५০๓１２５𝟘"  # superscript, subscript, Arabic-Indic, Devanagari, full-width …
VALID = {"no": ("15108695088", "41018036736"), "se": ("880320-0016", "880380-0112")}


def id_like_text():
    """Strings that look like national IDs: right digits, separators, and a stray odd digit."""
    pieces = st.sampled_from([*"0123456789", "-", "+", " ", *OTHER_DIGITS, "x", "\x00", "\t"])
    valid = st.sampled_from([i for ids in VALID.values() for i in ids])
    spliced = st.tuples(valid, st.integers(0, 13), st.sampled_from(OTHER_DIGITS)).map(
        lambda t: t[0][: t[1]] + t[2] + t[0][t[1] :]
    )
    return st.one_of(st.text(max_size=20), st.text(pieces, max_size=16), spliced)


@MODEST
@given(id_like_text(), st.sampled_from(["no", "se"]))
def test_any_national_id_text_is_read_or_refused_with_a_reason(text, country):
    try:
        parsed = parse_national_id(text, country)
    except NurseDeskError as refused:
        assert isinstance(refused, InvalidNationalId)
        assert refused.reason in {"format", "checksum", "date", "digits"}
    else:
        assert parsed.number.isascii() and parsed.number.isdigit()


def test_a_swedish_id_with_a_superscript_digit_is_refused_in_words():
    for text in ("1201²11234", "880320-00¹6"):
        with pytest.raises(InvalidNationalId) as caught:
            parse_national_id(text, "se")
        assert caught.value.reason == "digits"


def test_other_digits_are_never_read_as_0_to_9():
    # '٣' is a 3 to int(); refused, not silently read as 1510869508 + 3.
    with pytest.raises(InvalidNationalId):
        parse_national_id("1510869508٨", "no")
    with pytest.raises(InvalidNationalId):
        parse_national_id("１５１０８６９５０８８", "no")


@MODEST
@given(id_like_text(), st.sampled_from(["no", "se"]))
def test_the_import_matcher_takes_any_id_text(text, country):
    known = norwegian_id(date(2014, 3, 5), 7)
    matcher = PupilMatcher([PupilKey(1, known, "Ida", "Lie", date(2014, 3, 5))], country)
    number = matcher.normalised_id(text)
    assert number is None or (number.isascii() and number.isdigit())


def test_a_leading_zero_is_restored_only_for_0_to_9():
    matcher = PupilMatcher([], "no")
    valid = "01010750160"  # a fødselsnummer with a leading zero, as a spreadsheet drops it
    assert parse_national_id(valid, "no").number == valid
    assert matcher.normalised_id(valid[1:]) == valid
    assert matcher.normalised_id("１010750160") is None


@MODEST
@given(st.text(alphabet=st.sampled_from([*"0123456789./- :T", *OTHER_DIGITS]), max_size=20))
def test_dates_and_numbers_in_a_file_are_read_from_0_to_9_only(text):
    for parse in (parse_date, parse_number):
        try:
            parse(text)
        except NurseDeskError:
            continue
    if any(ch in OTHER_DIGITS for ch in text):
        with pytest.raises(NurseDeskError):
            parse_date(text)


def test_a_date_in_arabic_indic_digits_is_not_taken_for_a_date():
    with pytest.raises(NurseDeskError):
        parse_date("٠٣.٠٩.٢٠٢٥")
    with pytest.raises(NurseDeskError):
        parse_number("١٢")


@MODEST
@given(st.text(max_size=12))
def test_any_class_name_moves_up_or_stays(class_name):
    kind, after = next_class_name(class_name, 10)
    assert (kind is MoveKind.MOVES_UP) == bool(after)


def test_a_class_with_an_odd_digit_is_not_moved_by_it():
    assert next_class_name("٣A", 10) == (MoveKind.NOT_MOVED, "")
    assert next_class_name("4²B", 10) == (MoveKind.MOVES_UP, "5²B")
