"""Words for the errors of the journal, consents, pupils and settings."""

from __future__ import annotations

from nurse_desk.domain import errors
from nurse_desk.domain.access_log import AccessLogTampered, LogProblem
from nurse_desk.domain.consent import (
    ConsentDateOutOfRange,
    ConsentMissing,
    ConsentWithdrawalOutOfRange,
)
from nurse_desk.domain.disclosure import ReasonMissing
from nurse_desk.domain.journal import MissingReason, NoteDateOutOfRange, NoteLocked, TextTooLong
from nurse_desk.domain.national_id import InvalidNationalId, NationalIdInUse
from nurse_desk.domain.phone_numbers import InvalidPhone
from nurse_desk.domain.records import (
    OLDEST_PUPIL_YEARS,
    PLANNED_YEARS,
    BirthDateOutOfRange,
    PlannedDayOutOfRange,
)
from nurse_desk.services.consents import InvalidConsent
from nurse_desk.services.settings import AuthorMissing
from nurse_desk.wording import QT_TRANSLATE_NOOP, Wording
from nurse_desk.wording.table import Messages, by_reason, fixed, with_values

_ID_REASONS = {
    "checksum": QT_TRANSLATE_NOOP(
        "Messages", "The national ID's check digits do not add up: please check each digit."
    ),
    "date": QT_TRANSLATE_NOOP("Messages", "The national ID holds a date that does not exist."),
    "format": QT_TRANSLATE_NOOP(
        "Messages", "A national ID has 11 digits (Norway) or 10–12 digits (Sweden)."
    ),
    "digits": QT_TRANSLATE_NOOP(
        "Messages", "Type the national ID with the digits 0–9 only (no ² or other digit signs)."
    ),
}
# Valid for the other country: the vault is most likely set to the wrong one.
_ID_OF_OTHER_COUNTRY = {
    "se": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a valid Swedish ID number, but this vault is set to Norway. If your pupils "
        "are in Sweden, change the country under Settings → Country.",
    ),
    "no": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a valid Norwegian ID number, but this vault is set to Sweden. If your pupils "
        "are in Norway, change the country under Settings → Country.",
    ),
}
_CONSENT_REASONS = {
    "ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The consent ends before it starts: check the dates."
    ),
    "partner_missing": QT_TRANSLATE_NOOP("Messages", "Name the partner the consent is for."),
    "maturity_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Record whether you judge the pupil mature enough to decide alone: in Sweden that "
        "decides whose consent holds.",
    ),
}
_BORN_AFTER_TODAY = QT_TRANSLATE_NOOP("Messages", "The birth date is after today: check the year.")
_BORN_LONG_AGO = QT_TRANSLATE_NOOP(
    "Messages", "The birth date is more than %1 years ago: check the year."
)


_NOTE_DATE_REASONS = {
    "after_today": QT_TRANSLATE_NOOP(
        "Messages",
        "The conversation is dated after today: check the date. A note is signed once the "
        "conversation has taken place; the draft is kept.",
    ),
    "before_birth": QT_TRANSLATE_NOOP(
        "Messages",
        "The conversation is dated before the pupil was born: check the year. The draft is kept.",
    ),
}
_CONSENT_DATE_REASONS = {
    "after_today": QT_TRANSLATE_NOOP(
        "Messages",
        "The consent is given on a day after today: record it on the day it is given.",
    ),
    "before_birth": QT_TRANSLATE_NOOP(
        "Messages", "The consent is given on a day before the pupil was born: check the year."
    ),
}

_WITHDRAWAL_DATE_REASONS = {
    "after_today": QT_TRANSLATE_NOOP(
        "Messages",
        "The consent is withdrawn on a day after today: record the withdrawal on the day it is "
        "made.",
    ),
    "before_given": QT_TRANSLATE_NOOP(
        "Messages",
        "The consent is withdrawn on a day before it was given: check the date it was given.",
    ),
}


_PLANNED_AHEAD = QT_TRANSLATE_NOOP(
    "Messages", "The day is more than %1 years ahead: check the year."
)
_PLANNED_LONG_AGO = QT_TRANSLATE_NOOP(
    "Messages", "The day is more than %1 years ago: check the year."
)


def _planned_day(error: PlannedDayOutOfRange, wording: Wording) -> str:
    text = _PLANNED_LONG_AGO if error.reason == "long_ago" else _PLANNED_AHEAD
    return wording.text("Messages", text, PLANNED_YEARS)


def _birth_date(error: BirthDateOutOfRange, wording: Wording) -> str:
    if error.reason == "too_long_ago":
        return wording.text("Messages", _BORN_LONG_AGO, OLDEST_PUPIL_YEARS)
    return wording.text("Messages", _BORN_AFTER_TODAY)


_LOG_PROBLEMS = {
    LogProblem.BROKEN_CHAIN: QT_TRANSLATE_NOOP(
        "Messages",
        "The access log was changed outside Nurse Desk: entry %1 does not follow from the "
        "entries before it.",
    ),
    LogProblem.CUT_SHORT: QT_TRANSLATE_NOOP(
        "Messages",
        "The access log was cut short outside Nurse Desk: entries from number %1 on are missing.",
    ),
    LogProblem.REWRITTEN: QT_TRANSLATE_NOOP(
        "Messages",
        "The access log was rewritten or replaced outside Nurse Desk: it no longer ends as it "
        "did at entry %1.",
    ),
}
_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The text is too long: at most %1 characters.")
_NOT_A_PHONE = QT_TRANSLATE_NOOP(
    "Messages",
    "“%1” is not a phone number: write one number's digits, with spaces, +, - or parentheses "
    "if you like (912 34 567, +46 70-123 45 67), and no letters.",
)
_id_refused = by_reason(_ID_REASONS, "format")


def _invalid_id(error: InvalidNationalId, wording: Wording) -> str:
    """An ID valid for the other country says so: the vault's country is likely wrong."""
    if error.valid_in in _ID_OF_OTHER_COUNTRY:
        return wording.text("Messages", _ID_OF_OTHER_COUNTRY[error.valid_in])
    return _id_refused(error, wording)


def _log_tampered(error: AccessLogTampered, wording: Wording) -> str:
    return wording.text("Messages", _LOG_PROBLEMS[error.finding.problem], error.finding.entry)


MESSAGES: Messages = {
    ReasonMissing: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Say briefly why pupils' data is printed or exported (on the command line: "
            "--reason TEXT). Nothing was written.",
        )
    ),
    NoteLocked: fixed(
        QT_TRANSLATE_NOOP("Messages", "This note is signed and locked. Add an amendment instead.")
    ),
    MissingReason: fixed(QT_TRANSLATE_NOOP("Messages", "Please give a reason (or a name).")),
    AuthorMissing: fixed(
        QT_TRANSLATE_NOOP(
            "Messages", "Enter your name and title in Settings first: they are stamped on signing."
        )
    ),
    errors.DuplicateName: fixed(QT_TRANSLATE_NOOP("Messages", "That name is already used.")),
    NationalIdInUse: fixed(
        QT_TRANSLATE_NOOP("Messages", "Another pupil already has this national ID.")
    ),
    ConsentMissing: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is no active consent for this. Record the consent first, or share an "
            "anonymised version.",
        )
    ),
    InvalidNationalId: _invalid_id,
    BirthDateOutOfRange: _birth_date,
    AccessLogTampered: _log_tampered,
    InvalidConsent: by_reason(_CONSENT_REASONS, "partner_missing"),
    TextTooLong: with_values(_TOO_LONG, lambda error: error.limit),
    InvalidPhone: with_values(_NOT_A_PHONE, lambda error: error.phone),
    PlannedDayOutOfRange: _planned_day,
    NoteDateOutOfRange: by_reason(_NOTE_DATE_REASONS, "after_today"),
    ConsentDateOutOfRange: by_reason(_CONSENT_DATE_REASONS, "after_today"),
    ConsentWithdrawalOutOfRange: by_reason(_WITHDRAWAL_DATE_REASONS, "after_today"),
}
