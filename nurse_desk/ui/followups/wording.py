"""The nurse's words for follow-up kinds, statuses and day flags, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpStatus
from nurse_desk.domain.school_calendar import DayFlag

_WORDS = {
    FollowUpKind.CONVERSATION: QT_TRANSLATE_NOOP("FollowUpWording", "Conversation"),
    FollowUpKind.GUARDIAN_CALL: QT_TRANSLATE_NOOP("FollowUpWording", "Phone call to guardian"),
    FollowUpKind.CHECK_ABSENCE: QT_TRANSLATE_NOOP("FollowUpWording", "Check absence"),
    FollowUpKind.AWAIT_REFERRAL_ANSWER: QT_TRANSLATE_NOOP(
        "FollowUpWording", "Await referral answer"
    ),
    FollowUpKind.HOME_VISIT: QT_TRANSLATE_NOOP("FollowUpWording", "Home visit"),
    FollowUpKind.OTHER: QT_TRANSLATE_NOOP("FollowUpWording", "Other"),
    FollowUpStatus.OPEN: QT_TRANSLATE_NOOP("FollowUpWording", "Open"),
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("FollowUpWording", "Done"),
    FollowUpStatus.CANCELLED: QT_TRANSLATE_NOOP("FollowUpWording", "Cancelled"),
    DayFlag.WEEKEND: QT_TRANSLATE_NOOP("FollowUpWording", "weekend"),
    DayFlag.HOLIDAY: QT_TRANSLATE_NOOP("FollowUpWording", "public holiday"),
    DayFlag.SCHOOL_CLOSED: QT_TRANSLATE_NOOP("FollowUpWording", "school closed"),
}


def follow_up_word(value: FollowUpKind | FollowUpStatus | DayFlag) -> str:
    return QCoreApplication.translate("FollowUpWording", _WORDS[value])


def flags_text(flags: frozenset[DayFlag], reason: str = "") -> str:
    """ "public holiday: Skjærtorsdag", "weekend"; empty on a school day."""
    words = [follow_up_word(flag) for flag in DayFlag if flag in flags]
    if not words:
        return ""
    text = ", ".join(words)
    return f"{text}: {reason}" if reason else text
