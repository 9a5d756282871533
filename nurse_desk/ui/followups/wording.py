"""The nurse's words for follow-up kinds, statuses and day flags on screen, from the word
catalogue (nurse_desk/domain/words) in the window language."""

from __future__ import annotations

from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpStatus
from nurse_desk.domain.school_calendar import DayFlag
from nurse_desk.domain.words import word
from nurse_desk.ui.i18n import shown_language


def follow_up_word(value: FollowUpKind | FollowUpStatus | DayFlag) -> str:
    return word(value, shown_language())


def flags_text(flags: frozenset[DayFlag], reason: str = "") -> str:
    """ "public holiday: Skjærtorsdag", "weekend"; empty on a school day."""
    words = [follow_up_word(flag) for flag in DayFlag if flag in flags]
    if not words:
        return ""
    text = ", ".join(words)
    return f"{text}: {reason}" if reason else text
