from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain import passphrase
from nurse_desk.domain.passphrase import Strength


def test_short_passphrase_is_refused_whatever_its_characters():
    assert passphrase.check_new("Ab1!Ab1!Ab1", "Ab1!Ab1!Ab1") == "too_short"


def test_four_words_are_accepted():
    text = "blåbær tavle sykkel fjord"
    assert passphrase.check_new(text, text) is None
    assert passphrase.estimate(text).strength >= Strength.FAIR


def test_repeated_and_common_words_are_weak():
    assert passphrase.check_new("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa") == "too_weak"
    assert passphrase.check_new("passwordpassword", "passwordpassword") == "too_weak"
    assert passphrase.check_new("abcdefghijklmnop", "abcdefghijklmnop") == "too_weak"


def test_mismatch_is_reported_before_strength():
    assert passphrase.check_new("blåbær tavle sykkel", "blåbær tavle sykkeL") == "mismatch"


def test_composed_and_decomposed_letters_count_as_the_same_passphrase():
    composed = "blåbærsyltetøy på skolen"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert passphrase.normalise(decomposed) == composed
    assert passphrase.check_new(composed, decomposed) is None


def test_longer_passphrases_never_score_lower_than_their_prefix_by_much():
    short = passphrase.estimate("fjord tavle sykkel")
    longer = passphrase.estimate("fjord tavle sykkel blåbær")
    assert longer.bits > short.bits


@given(st.text(max_size=200))
def test_estimate_never_fails_on_any_text(text):
    result = passphrase.estimate(text)
    assert result.bits >= 0
    assert result.acceptable == (result.strength >= Strength.FAIR)
