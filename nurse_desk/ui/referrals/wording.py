"""The nurse's words for partner kinds, referral statuses and the errors of this feature."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.measures import InvalidMeasure, MeasureFileRejected, MeasureProblem
from nurse_desk.domain.referrals import InvalidPartner, InvalidReferral, PartnerKind, ReferralStatus
from nurse_desk.ui.importing.wording import line_error_text

_WORDS = {
    PartnerKind.GP: QT_TRANSLATE_NOOP("ReferralWording", "GP"),
    PartnerKind.CHILD_PSYCHIATRY: QT_TRANSLATE_NOOP(
        "ReferralWording", "Child and adolescent psychiatry"
    ),
    PartnerKind.EDUCATIONAL_PSYCHOLOGY: QT_TRANSLATE_NOOP(
        "ReferralWording", "Educational-psychological service"
    ),
    PartnerKind.CHILD_WELFARE: QT_TRANSLATE_NOOP("ReferralWording", "Child welfare"),
    PartnerKind.PHYSIOTHERAPIST: QT_TRANSLATE_NOOP("ReferralWording", "Physiotherapist"),
    PartnerKind.NAV: QT_TRANSLATE_NOOP("ReferralWording", "NAV"),
    PartnerKind.LOW_THRESHOLD_MENTAL_HEALTH: QT_TRANSLATE_NOOP(
        "ReferralWording", "Low-threshold mental health service"
    ),
    PartnerKind.PUPIL_HEALTH_TEAM: QT_TRANSLATE_NOOP("ReferralWording", "Pupil-health team"),
    PartnerKind.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("ReferralWording", "Social services"),
    PartnerKind.YOUTH_CLINIC: QT_TRANSLATE_NOOP("ReferralWording", "Youth clinic"),
    PartnerKind.HABILITATION: QT_TRANSLATE_NOOP("ReferralWording", "Habilitation"),
    PartnerKind.DENTAL_CARE: QT_TRANSLATE_NOOP("ReferralWording", "Dental care"),
    PartnerKind.HEALTH_CENTRE: QT_TRANSLATE_NOOP("ReferralWording", "Health centre"),
    PartnerKind.LOCAL_CONTACT: QT_TRANSLATE_NOOP("ReferralWording", "Local contact"),
    ReferralStatus.SENT: QT_TRANSLATE_NOOP("ReferralWording", "Sent"),
    ReferralStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("ReferralWording", "Acknowledged"),
    ReferralStatus.ANSWERED: QT_TRANSLATE_NOOP("ReferralWording", "Answered"),
    ReferralStatus.CLOSED: QT_TRANSLATE_NOOP("ReferralWording", "Closed"),
}

_REASONS = {
    "name_missing": QT_TRANSLATE_NOOP("ReferralWording", "Give the partner a name."),
    "reason_missing": QT_TRANSLATE_NOOP("ReferralWording", "Write the reason for the referral."),
    "reason_too_long": QT_TRANSLATE_NOOP(
        "ReferralWording", "The reason is too long: at most 2000 characters."
    ),
    "partner_archived": QT_TRANSLATE_NOOP(
        "ReferralWording", "This partner is archived: restore it in Partners first."
    ),
    "answer_before_sent": QT_TRANSLATE_NOOP(
        "ReferralWording", "The answer cannot be expected before the referral was sent."
    ),
    "date_before_sent": QT_TRANSLATE_NOOP(
        "ReferralWording", "That date is before the referral was sent."
    ),
    "status_backwards": QT_TRANSLATE_NOOP(
        "ReferralWording", "A referral's status only moves forward."
    ),
    "closed": QT_TRANSLATE_NOOP("ReferralWording", "The referral is closed."),
}

_MEASURE_PROBLEMS = {
    MeasureProblem.NAME_EMPTY: QT_TRANSLATE_NOOP("ReferralWording", "the name is empty"),
    MeasureProblem.NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "ReferralWording", "the name is longer than 200 characters"
    ),
    MeasureProblem.TARGET_TOO_LONG: QT_TRANSLATE_NOOP(
        "ReferralWording", "the target group is longer than 300 characters"
    ),
    MeasureProblem.DESCRIPTION_TOO_LONG: QT_TRANSLATE_NOOP(
        "ReferralWording", "the description is longer than 2000 characters"
    ),
    MeasureProblem.LINK_TOO_LONG: QT_TRANSLATE_NOOP(
        "ReferralWording", "the link is longer than 500 characters"
    ),
    MeasureProblem.LINK_NOT_WEB: QT_TRANSLATE_NOOP(
        "ReferralWording", "the link must start with http:// or https://"
    ),
}
_NO_HEADINGS = QT_TRANSLATE_NOOP(
    "ReferralWording",
    "The first line must name the columns: Tiltak (or Åtgärd, Measure), and if you like "
    "Målgruppe, Kort beskrivelse, Lenke. Nothing was imported.",
)
_NO_MEASURES = QT_TRANSLATE_NOOP("ReferralWording", "The file holds headings but no measures.")
_REJECTED = QT_TRANSLATE_NOOP(
    "ReferralWording", "Nothing was imported. Correct these lines and try again:"
)
_SHOWN_LINES = 15


def _t(source: str) -> str:
    return QCoreApplication.translate("ReferralWording", source)


def word(value: PartnerKind | ReferralStatus) -> str:
    return _t(_WORDS[value])


def referral_message(error: BaseException) -> str | None:
    """Words for this feature's errors, or None for an error of another kind."""
    if isinstance(error, InvalidPartner | InvalidReferral):
        return _t(_REASONS.get(error.reason, _REASONS["reason_missing"]))
    if isinstance(error, InvalidMeasure):
        text = _t(_MEASURE_PROBLEMS.get(error.reason, _MEASURE_PROBLEMS[MeasureProblem.NAME_EMPTY]))
        return text[:1].upper() + text[1:] + "."
    if isinstance(error, MeasureFileRejected):
        if error.problem == "no_headings":
            return _t(_NO_HEADINGS)
        if error.problem == "no_measures":
            return _t(_NO_MEASURES)
        lines = [line_error_text(e) for e in error.lines[:_SHOWN_LINES]]
        if len(error.lines) > _SHOWN_LINES:
            lines.append("…")
        return "\n".join([_t(_REJECTED), *lines])
    return None
