"""The nurse's words for domain values (kinds, topics, purposes…) and dates on screen.

The words come from the one catalogue the printouts and the command line read too
(nurse_desk/domain/words), in the window language."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from nurse_desk.domain.words import word as catalogue_word
from nurse_desk.ui.common import dates
from nurse_desk.ui.common.dates import date_text
from nurse_desk.ui.i18n import shown_language


def word(value: StrEnum) -> str:
    """The nurse's word for a domain value in the window language, from the word catalogue."""
    return catalogue_word(value, shown_language())


def day_text(day: date) -> str:
    """The one date style of the windows (ui/common/dates.py)."""
    return date_text(day)


def moment_text(moment: datetime) -> str:
    return dates.moment_text(moment)
