"""The nurse's words for the follow-up and agenda errors (used by ui/messages.describe)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.recurrence import InvalidRecurrence
from nurse_desk.domain.school_calendar import InvalidClosedPeriod
from nurse_desk.services.follow_up_work import FollowUpClosed

_RECURRENCE = {
    "interval": QT_TRANSLATE_NOOP("Messages", "Repeat every 1 to 12 weeks or months."),
    "end": QT_TRANSLATE_NOOP(
        "Messages", "A repeating follow-up needs an end: a last date or a number of times."
    ),
    "until_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The last date is before the first one: check the dates."
    ),
    "count": QT_TRANSLATE_NOOP("Messages", "Repeat between 1 and 200 times."),
    "rule": QT_TRANSLATE_NOOP("Messages", "This repeat rule cannot be read."),
}
_PERIOD = {
    "name": QT_TRANSLATE_NOOP("Messages", "Give the break a name (at most 100 characters)."),
    "ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The break ends before it starts: check the dates."
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Messages", "A break of more than four months: check the year of each date."
    ),
}
_CLOSED = QT_TRANSLATE_NOOP(
    "Messages", "This follow-up is already done or cancelled; reopen it to change it."
)


def follow_up_error_text(error: BaseException) -> str | None:
    source = None
    if isinstance(error, InvalidRecurrence):
        source = _RECURRENCE.get(error.reason, _RECURRENCE["rule"])
    elif isinstance(error, InvalidClosedPeriod):
        source = _PERIOD.get(error.reason, _PERIOD["name"])
    elif isinstance(error, FollowUpClosed):
        source = _CLOSED
    return None if source is None else QCoreApplication.translate("Messages", source)
