"""Words for the errors of follow-ups and the agenda: repeats, school breaks, closed tasks."""

from __future__ import annotations

from nurse_desk.domain.recurrence import InvalidRecurrence
from nurse_desk.domain.school_calendar import InvalidClosedPeriod
from nurse_desk.services.follow_up_work import FollowUpClosed
from nurse_desk.wording import QT_TRANSLATE_NOOP
from nurse_desk.wording.table import Messages, by_reason, fixed

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

MESSAGES: Messages = {
    InvalidRecurrence: by_reason(_RECURRENCE, "rule"),
    InvalidClosedPeriod: by_reason(_PERIOD, "name"),
    FollowUpClosed: fixed(
        QT_TRANSLATE_NOOP(
            "Messages", "This follow-up is already done or cancelled; reopen it to change it."
        )
    ),
}
