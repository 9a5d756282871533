"""The nurse's sentence for each absence flag, with its numbers, in the UI language.

The domain keeps the numbers; the sentence is composed here so nb, sv and en all read naturally.
The command line installs no translator and so prints English.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from nurse_desk.domain.absence_patterns import AbsenceFlag, PatternKind

_CONTEXT = "AbsenceWording"
_NAMES = {
    PatternKind.TOTAL: QT_TRANSLATE_NOOP("AbsenceWording", "High absence"),
    PatternKind.INCREASING: QT_TRANSLATE_NOOP("AbsenceWording", "Increasing"),
    PatternKind.FREQUENT: QT_TRANSLATE_NOOP("AbsenceWording", "Frequent"),
    PatternKind.WEEKDAY: QT_TRANSLATE_NOOP("AbsenceWording", "One weekday"),
    PatternKind.SUBJECT: QT_TRANSLATE_NOOP("AbsenceWording", "One subject"),
}
_SENTENCES = {
    PatternKind.TOTAL: QT_TRANSLATE_NOOP(
        "AbsenceWording", "Absent %1 of %2 school days (%3 %) since %4."
    ),
    PatternKind.INCREASING: QT_TRANSLATE_NOOP(
        "AbsenceWording",
        "Absent %1 days in the last %2 weeks, against %3 at the pupil's earlier level.",
    ),
    PatternKind.FREQUENT: QT_TRANSLATE_NOOP(
        "AbsenceWording", "%1 separate absence episodes in the last %2 weeks (since %3)."
    ),
    PatternKind.WEEKDAY: QT_TRANSLATE_NOOP(
        "AbsenceWording", "%1 of %2 absent days were %3 (%4 episodes) since %5."
    ),
    PatternKind.SUBJECT: QT_TRANSLATE_NOOP(
        "AbsenceWording",
        "%1 of %2 missed lessons were %3, where about %4 would be usual, since %5.",
    ),
}
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("AbsenceWording", "Mondays"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Tuesdays"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Wednesdays"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Thursdays"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Fridays"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Saturdays"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Sundays"),
)
_SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("AbsenceWording", "Mon"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Tue"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Wed"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Thu"),
    QT_TRANSLATE_NOOP("AbsenceWording", "Fri"),
)


def _t(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


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
    return _t(_NAMES[kind])


def weekday_short(weekday: int) -> str:
    return _t(_SHORT_WEEKDAYS[weekday])


def flag_sentence(flag: AbsenceFlag) -> str:
    """ "5 of 6 absent days were Mondays (5 episodes) since 17 Aug." and the like."""
    text = _t(_SENTENCES[flag.kind])
    if flag.kind is PatternKind.TOTAL:
        values = (number(flag.count), number(flag.of), number(flag.percent), short_date(flag.since))
    elif flag.kind is PatternKind.INCREASING:
        values = (number(flag.count), str(flag.weeks), number(flag.expected))
    elif flag.kind is PatternKind.FREQUENT:
        values = (number(flag.count), str(flag.weeks), short_date(flag.since))
    elif flag.kind is PatternKind.WEEKDAY:
        weekday = _t(_WEEKDAYS[flag.weekday or 0])
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
    return filled(text, values)


def filled(text: str, values: tuple[str, ...]) -> str:
    """%1, %2, … replaced by the values (highest first, so %1 never eats the start of %10)."""
    for position in range(len(values), 0, -1):
        text = text.replace(f"%{position}", values[position - 1])
    return text
