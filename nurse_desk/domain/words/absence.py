"""Worrying absence: the patterns' names and the sentence each flag is told in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from nurse_desk.domain.absence_patterns import AbsenceFlag, PatternKind
from nurse_desk.domain.placeholders import placed
from nurse_desk.domain.words.catalogue import LANGUAGES, Catalogue, Words

WORDS: Catalogue = {
    PatternKind: {
        PatternKind.TOTAL: ("Høyt fravær", "Hög frånvaro", "High absence"),
        PatternKind.INCREASING: ("Økende", "Ökande", "Increasing"),
        PatternKind.FREQUENT: ("Hyppig", "Upprepad", "Frequent"),
        PatternKind.WEEKDAY: ("Én ukedag", "En veckodag", "One weekday"),
        PatternKind.SUBJECT: ("Ett fag", "Ett ämne", "One subject"),
    },
}

# Words for the weekday-tied sentence, Monday first (date.weekday() order).
WEEKDAYS_PLURAL: tuple[Words, ...] = (
    ("mandager", "måndagar", "Mondays"),
    ("tirsdager", "tisdagar", "Tuesdays"),
    ("onsdager", "onsdagar", "Wednesdays"),
    ("torsdager", "torsdagar", "Thursdays"),
    ("fredager", "fredagar", "Fridays"),
    ("lørdager", "lördagar", "Saturdays"),
    ("søndager", "söndagar", "Sundays"),
)

# The absence chart's columns, Monday to Friday.
WEEKDAYS_SHORT: tuple[Words, ...] = (
    ("man", "mån", "Mon"),
    ("tir", "tis", "Tue"),
    ("ons", "ons", "Wed"),
    ("tor", "tor", "Thu"),
    ("fre", "fre", "Fri"),
)

# One sentence per pattern; %1, %2, … are the flag's numbers (see flag_sentence).
SENTENCES: dict[PatternKind, Words] = {
    PatternKind.TOTAL: (
        "Borte %1 av %2 skoledager (%3 %) siden %4.",
        "Frånvarande %1 av %2 skoldagar (%3 %) sedan %4.",
        "Absent %1 of %2 school days (%3 %) since %4.",
    ),
    PatternKind.INCREASING: (
        "Borte %1 dager de siste %2 ukene, mot %3 med elevens tidligere nivå.",
        "Frånvarande %1 dagar de senaste %2 veckorna, mot %3 med elevens tidigare nivå.",
        "Absent %1 days in the last %2 weeks, against %3 at the pupil's earlier level.",
    ),
    PatternKind.FREQUENT: (
        "%1 separate fraværsperioder de siste %2 ukene (siden %3).",
        "%1 separata frånvarotillfällen de senaste %2 veckorna (sedan %3).",
        "%1 separate absence episodes in the last %2 weeks (since %3).",
    ),
    PatternKind.WEEKDAY: (
        "%1 av %2 fraværsdager var %3 (%4 fraværsperioder) siden %5.",
        "%1 av %2 frånvarodagar var %3 (%4 tillfällen) sedan %5.",
        "%1 of %2 absent days were %3 (%4 episodes) since %5.",
    ),
    PatternKind.SUBJECT: (
        "%1 av %2 tapte timer var %3, der omtrent %4 ville vært vanlig, siden %5.",
        "%1 av %2 missade lektioner var %3, där ungefär %4 hade varit vanligt, sedan %5.",
        "%1 of %2 missed lessons were %3, where about %4 would be usual, since %5.",
    ),
}


def flag_sentence(
    flag: AbsenceFlag,
    language: str,
    number: Callable[[float], str],
    short_date: Callable[[date], str],
) -> str:
    """ "5 of 6 absent days were Mondays (5 episodes) since 17 August." and the like.

    The caller formats numbers and dates: the window in its locale's way, the command line plainly.
    """
    index = LANGUAGES.index(language)
    if flag.kind is PatternKind.TOTAL:
        values = (number(flag.count), number(flag.of), number(flag.percent), short_date(flag.since))
    elif flag.kind is PatternKind.INCREASING:
        values = (number(flag.count), str(flag.weeks), number(flag.expected))
    elif flag.kind is PatternKind.FREQUENT:
        values = (number(flag.count), str(flag.weeks), short_date(flag.since))
    elif flag.kind is PatternKind.WEEKDAY:
        weekday = WEEKDAYS_PLURAL[flag.weekday or 0][index]
        values = (
            number(flag.count),
            number(flag.of),
            weekday,
            str(flag.episodes),
            short_date(flag.since),
        )
    else:
        values = (
            number(flag.count),
            number(flag.of),
            flag.subject,
            number(flag.expected),
            short_date(flag.since),
        )
    return placed(SENTENCES[flag.kind][index], *values)


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def plain_number(value: float) -> str:
    """Whole numbers plain, parts of days with one decimal: 4, 4.5 (for the command line)."""
    if abs(value - round(value)) < 0.05:
        return str(round(value))
    return f"{value:.1f}"


def plain_short_date(day: date) -> str:
    """'1 September', as the English sentence reads it (for the command line)."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def plain_flag_sentence(flag: AbsenceFlag, language: str = "en") -> str:
    """The sentence as the command line prints it: its own texts are English, and numbers and
    dates are written plainly, whatever the computer's locale."""
    return flag_sentence(flag, language, plain_number, plain_short_date)
