"""Words for the errors of home visits."""

from __future__ import annotations

from nurse_desk.domain.home_visits import (
    InvalidVisit,
    VisitConsentGone,
    VisitLocked,
    VisitNotFound,
    VisitNotReady,
    WrongVisitStatus,
)
from nurse_desk.domain.visit_sheet import SiblingConsentMissing
from nurse_desk.domain.words import word
from nurse_desk.wording import QT_TRANSLATE_NOOP, Wording
from nurse_desk.wording.table import Messages, by_reason, fixed

_NOT_READY = QT_TRANSLATE_NOOP(
    "Messages", "The visit cannot be marked ready yet. Still missing: %1."
)
_VISIT_REASONS = {
    "duration": QT_TRANSLATE_NOOP("Messages", "A visit lasts from 5 minutes to 8 hours."),
    "sibling_is_pupil": QT_TRANSLATE_NOOP("Messages", "The pupil cannot be their own sibling."),
    "too_many_items": QT_TRANSLATE_NOOP(
        "Messages", "At most 60 topics, questions or observation points in one plan."
    ),
    "companion_name": QT_TRANSLATE_NOOP("Messages", "Each person who comes along needs a name."),
    "follow_up_what": QT_TRANSLATE_NOOP("Messages", "Each agreed follow-up needs a text."),
    "template_name": QT_TRANSLATE_NOOP("Messages", "Give the template a name."),
}


def _not_ready(error: VisitNotReady, wording: Wording) -> str:
    missing = ", ".join(word(item, wording.language) for item in error.missing)
    return wording.text("Messages", _NOT_READY, missing)


MESSAGES: Messages = {
    VisitLocked: fixed(
        QT_TRANSLATE_NOOP(
            "Messages", "This visit has taken place; its plan is kept as it was and not changed."
        )
    ),
    WrongVisitStatus: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "That step does not fit the visit's status (draft, ready, done, documented).",
        )
    ),
    VisitConsentGone: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The consent to this home visit no longer holds (withdrawn or run out), so the "
            "visit is not marked done or documented, and its plan is a draft again. Record a "
            "new consent first.",
        )
    ),
    SiblingConsentMissing: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "A sibling named on the sheet has no consent to sharing with this partner. Record "
            "the sibling's consent first, or print the private sheet.",
        )
    ),
    VisitNotFound: fixed(QT_TRANSLATE_NOOP("Messages", "There is no home visit with that number.")),
    InvalidVisit: by_reason(_VISIT_REASONS, "duration"),
    VisitNotReady: _not_ready,
}
