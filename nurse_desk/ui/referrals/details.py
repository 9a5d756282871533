"""A referral on the pupil's timeline: to whom, why, and where it stands."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.referrals import ReferralRecord
from nurse_desk.domain.timeline import TimelineKind
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.referrals.wording import word

_EVENTS = {
    TimelineKind.REFERRAL_SENT: QT_TRANSLATE_NOOP("ReferralDetails", "Referral sent"),
    TimelineKind.REFERRAL_ANSWERED: QT_TRANSLATE_NOOP("ReferralDetails", "Referral answered"),
    TimelineKind.REFERRAL_CLOSED: QT_TRANSLATE_NOOP("ReferralDetails", "Referral closed"),
}
_TITLE = QT_TRANSLATE_NOOP("ReferralDetails", "Referral to %1")
_SENT = QT_TRANSLATE_NOOP("ReferralDetails", "Sent")
_ACKNOWLEDGED = QT_TRANSLATE_NOOP("ReferralDetails", "Acknowledged")
_ANSWERED = QT_TRANSLATE_NOOP("ReferralDetails", "Answered")
_CLOSED = QT_TRANSLATE_NOOP("ReferralDetails", "Closed")
_EXPECTED = QT_TRANSLATE_NOOP("ReferralDetails", "Answer expected by")
_STATUS = QT_TRANSLATE_NOOP("ReferralDetails", "Status")
_OVERDUE = QT_TRANSLATE_NOOP("ReferralDetails", "the answer is overdue")
_REASON = QT_TRANSLATE_NOOP("ReferralDetails", "Reason")
_HINT = QT_TRANSLATE_NOOP("ReferralDetails", "Change its status on the Referrals page.")


def _t(source: str) -> str:
    return QCoreApplication.translate("ReferralDetails", source)


def event_word(kind: TimelineKind) -> str:
    """The timeline's label for a referral event."""
    return _t(_EVENTS[kind])


def referral_html(referral: ReferralRecord, today: date) -> str:
    title = placed(_t(_TITLE), referral.partner_name)
    parts = [
        f"<h3 style='margin:0'>{escape(title)}</h3>",
        f"<i>{escape(word(referral.partner_kind))}</i>",
    ]
    dates = [
        (_t(_SENT), referral.sent_on),
        (_t(_ACKNOWLEDGED), referral.acknowledged_on),
        (_t(_ANSWERED), referral.answered_on),
        (_t(_CLOSED), referral.closed_on),
    ]
    if referral.is_waiting and referral.expected_answer_on is not None:
        dates.append((_t(_EXPECTED), referral.expected_answer_on))
    parts += [f"<b>{escape(label)}:</b> {escape(day_text(on))}" for label, on in dates if on]
    status = f"<b>{escape(_t(_STATUS))}:</b> {escape(word(referral.status))}"
    if referral.overdue(today):
        late = escape(_t(_OVERDUE))
        status += f" · <span style='color:#b00020'>{late}</span>"
    parts.append(status)
    reason = escape(referral.reason).replace("\n", "<br>")
    parts.append(f"<p style='margin-top:8px'><b>{escape(_t(_REASON))}</b><br>{reason}</p>")
    parts.append(f"<i>{escape(_t(_HINT))}</i>")
    return "<br>".join(parts[:-2]) + "".join(parts[-2:])
