"""The nurse's words for errors and import lines, shared by the windows and the command line.

The texts are English and marked with QT_TRANSLATE_NOOP so Qt's tools collect them into the
translation files (scripts/update-translations.sh reads this folder too), but nothing here
imports Qt: the caller passes a `Wording` that says which language to speak. The windows pass
Qt's translation and the window language (ui/messages.py); the command line speaks English.
Domain values inside a sentence (what a visit still misses) come from the word catalogue,
nurse_desk/domain/words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from nurse_desk.domain.placeholders import placed

__all__ = ["ENGLISH", "QT_TRANSLATE_NOOP", "Wording", "placed"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for translation; the text itself is the English."""
    return text


@dataclass(frozen=True, slots=True)
class Wording:
    """How to speak: the language of catalogue words and how a marked text is translated."""

    language: str
    translate: Callable[[str, str], str]

    def text(self, context: str, source: str, *values: object) -> str:
        """The translated text with %1, %2, … filled in."""
        return placed(self.translate(context, source), *values)


ENGLISH = Wording("en", lambda context, source: source)
