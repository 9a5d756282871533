"""The nurse's words for every domain value, in bokmål, Swedish and English.

One catalogue, keyed by (enum type, value), read by the windows, the printouts and the command
line alike, so a value reads the same on screen and on paper. Keyed by type first because values
of different enums are equal strings ("other", "home_visit"). Each feature keeps its words in its
own module here, named under `words` in nurse_desk/features.py; a new enum adds its table there
and its type to that module's WORDS.

Which language a printout is in follows one rule, `printout_language` below.
"""

from __future__ import annotations

import importlib
from enum import StrEnum

from nurse_desk.domain.words.catalogue import LANGUAGES, Catalogue, Words
from nurse_desk.features import modules_of

# Each feature's words, as the features name them (`words` in nurse_desk/features.py).
CATALOGUE: Catalogue = {
    kind: values
    for module in modules_of("words")
    for kind, values in importlib.import_module(module).WORDS.items()
}

_COUNTRY_LANGUAGES = {"no": "nb", "se": "sv"}

__all__ = [
    "CATALOGUE",
    "LANGUAGES",
    "Catalogue",
    "Words",
    "in_sentence",
    "printout_language",
    "word",
    "words",
]


def words(value: StrEnum) -> Words:
    """The value's (nb, sv, en) words; KeyError for a value the catalogue lacks."""
    return CATALOGUE[type(value)][value]


def word(value: StrEnum, language: str) -> str:
    """The nurse's word for a domain value in "nb", "sv" or "en"."""
    if language not in LANGUAGES:
        raise ValueError(f"no words for language {language!r}")
    return words(value)[LANGUAGES.index(language)]


def in_sentence(shown: str) -> str:
    """A catalogue word as it reads inside a sentence: "av en foresatt", "by the pupil". The
    catalogue's words stand alone (a list, a field), so they begin with a capital letter."""
    return shown[:1].lower() + shown[1:]


def printout_language(chosen: str | None, country: str | None = None) -> str:
    """The language a printout or calendar is written in.

    The language the nurse chose wins: the window language in the app, `--lang` on the command
    line. Without a choice (the command line run without `--lang`) it is the language of the
    vault's country (Settings → Country): bokmål for Norway, Swedish for Sweden.
    """
    if chosen in LANGUAGES:
        return chosen
    return _COUNTRY_LANGUAGES.get(country or "no", "nb")
