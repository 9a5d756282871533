"""The nurse's sentence for each absence flag, with its numbers, in the window language.

The sentences and words are in the word catalogue (nurse_desk/domain/words/absence.py), which
the command line reads too; the screen adds the locale's way of writing numbers and dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from nurse_desk.domain.absence_patterns import AbsenceFlag, PatternKind
from nurse_desk.domain.words import LANGUAGES, word
from nurse_desk.domain.words.absence import WEEKDAYS_SHORT
from nurse_desk.domain.words.absence import flag_sentence as sentence_of
from nurse_desk.ui.i18n import shown_language


def number(value: float) -> str:
    """Whole numbers plain, parts of days with one decimal in the locale's way (4,5 / 4.5)."""
    if abs(value - round(value)) < 0.05:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", 1)


def short_date(day: date) -> str:
    """'1 September', '1. september', '1 september': day and month as a sentence reads them."""
    locale = QLocale()
    pattern = "d. MMMM" if locale.language() == QLocale.Language.NorwegianBokmal else "d MMMM"
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def pattern_name(kind: PatternKind) -> str:
    return word(kind, shown_language())


def weekday_short(weekday: int) -> str:
    return WEEKDAYS_SHORT[weekday][LANGUAGES.index(shown_language())]


def flag_sentence(flag: AbsenceFlag) -> str:
    """ "5 of 6 absent days were Mondays (5 episodes) since 17 August." and the like, in the
    window language with the locale's numbers and dates."""
    return sentence_of(flag, shown_language(), number, short_date)
