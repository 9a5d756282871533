"""Words for the errors of partners, referrals and the measures catalogue."""

from __future__ import annotations

from nurse_desk.domain.measures import InvalidMeasure, MeasureFileRejected, MeasureProblem
from nurse_desk.domain.referrals import InvalidPartner, InvalidReferral
from nurse_desk.wording import QT_TRANSLATE_NOOP, Wording
from nurse_desk.wording.imports import line_error_text
from nurse_desk.wording.table import Messages, by_reason

_CONTEXT = "ReferralWording"
_REASONS = {
    "name_missing": QT_TRANSLATE_NOOP("ReferralWording", "Give the partner a name."),
    "too_long": QT_TRANSLATE_NOOP(
        "ReferralWording",
        "A partner's name, organisation or e-mail holds at most 200 characters, a phone 50 and"
        " an address 500: shorten it, nothing was saved.",
    ),
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


def _invalid_measure(error: InvalidMeasure, wording: Wording) -> str:
    source = _MEASURE_PROBLEMS.get(error.reason, _MEASURE_PROBLEMS[MeasureProblem.NAME_EMPTY])
    text = wording.text(_CONTEXT, source)
    return text[:1].upper() + text[1:] + "."


def _file_rejected(error: MeasureFileRejected, wording: Wording) -> str:
    if error.problem == "no_headings":
        return wording.text(_CONTEXT, _NO_HEADINGS)
    if error.problem == "no_measures":
        return wording.text(_CONTEXT, _NO_MEASURES)
    lines = [line_error_text(e, wording) for e in error.lines[:_SHOWN_LINES]]
    if len(error.lines) > _SHOWN_LINES:
        lines.append("…")
    return "\n".join([wording.text(_CONTEXT, _REJECTED), *lines])


MESSAGES: Messages = {
    InvalidPartner: by_reason(_REASONS, "reason_missing", _CONTEXT),
    InvalidReferral: by_reason(_REASONS, "reason_missing", _CONTEXT),
    InvalidMeasure: _invalid_measure,
    MeasureFileRejected: _file_rejected,
}
