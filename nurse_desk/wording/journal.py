"""Words for the errors of the journal, consents, pupils and settings."""

from __future__ import annotations

from nurse_desk.domain import errors
from nurse_desk.domain.consent import ConsentMissing
from nurse_desk.domain.journal import MissingReason, NoteLocked, TextTooLong
from nurse_desk.domain.national_id import InvalidNationalId, NationalIdInUse
from nurse_desk.services.consents import InvalidConsent
from nurse_desk.services.settings import AuthorMissing
from nurse_desk.wording import QT_TRANSLATE_NOOP
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
_CONSENT_REASONS = {
    "ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The consent ends before it starts: check the dates."
    ),
    "partner_missing": QT_TRANSLATE_NOOP("Messages", "Name the partner the consent is for."),
}
_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The text is too long: at most %1 characters.")

MESSAGES: Messages = {
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
    InvalidNationalId: by_reason(_ID_REASONS, "format"),
    InvalidConsent: by_reason(_CONSENT_REASONS, "partner_missing"),
    TextTooLong: with_values(_TOO_LONG, lambda error: error.limit),
}
