"""A filter finds a name whatever accents the nurse leaves out, and keeps å, ä and ö apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain.searching import folded, search_words


def test_a_name_with_accents_is_found_by_the_name_typed_without():
    key = folded("Áilu Ŋiillas Sárá Bjørnæs Čáhppes Šiellaš Žanna Renée Müller")
    for typed in ("ailu", "Sara", "bjørnæs", "ŋiillas", "cahppes", "siellas", "zanna", "renee"):
        assert all(word in key for word in search_words(typed)), typed


def test_the_nordic_letters_stay_letters_of_their_own():
    assert folded("Åse Ärlig Östen") == "åse ärlig östen"
    assert "as" not in folded("Åse") and "os" not in folded("Östen")


@given(st.text())
def test_folding_twice_changes_nothing(text):
    assert folded(folded(text)) == folded(text)
