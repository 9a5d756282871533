"""Dates on screen in one style: the locale's medium date ("2 Nov 2026", "2. nov. 2026",
"2 nov. 2026"), with the weekday before it where a list spans days ("Mon 2 Nov 2026"), and the
time after it for a moment. Every list, page and dialog takes its dates from here."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def medium_format(locale: QLocale | None = None) -> str:
    """Day, short month name and year in the locale's order (American English: month first)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.NorwegianBokmal:
        return "d. MMM yyyy"
    if locale.dateFormat(QLocale.FormatType.ShortFormat).lstrip().startswith("M"):
        return "MMM d, yyyy"
    return "d MMM yyyy"


def date_text(day: date, *, weekday: bool = False) -> str:
    locale = QLocale()
    pattern = ("ddd " if weekday else "") + medium_format(locale)
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def moment_text(moment: datetime) -> str:
    return f"{date_text(moment.date())} {moment:%H:%M}"
