"""A referral on the pupil's timeline: to whom, why, and where it stands."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from nurse_desk.domain.referrals import ReferralRecord
from nurse_desk.domain.timeline import TimelineKind
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.referrals.wording import word


def _t(source: str) -> str:
    return QCoreApplication.translate("ReferralDetails", source)


def event_word(kind: TimelineKind) -> str:
    """The timeline's label for a referral event."""
    return {
        TimelineKind.REFERRAL_SENT: _t("Referral sent"),
        TimelineKind.REFERRAL_ANSWERED: _t("Referral answered"),
        TimelineKind.REFERRAL_CLOSED: _t("Referral closed"),
    }[kind]


def referral_html(referral: ReferralRecord, today: date) -> str:
    title = _t("Referral to %1").replace("%1", referral.partner_name)
    parts = [
        f"<h3 style='margin:0'>{escape(title)}</h3>",
        f"<i>{escape(word(referral.partner_kind))}</i>",
    ]
    dates = [
        (_t("Sent"), referral.sent_on),
        (_t("Acknowledged"), referral.acknowledged_on),
        (_t("Answered"), referral.answered_on),
        (_t("Closed"), referral.closed_on),
    ]
    if referral.is_waiting and referral.expected_answer_on is not None:
        dates.append((_t("Answer expected by"), referral.expected_answer_on))
    parts += [f"<b>{escape(label)}:</b> {escape(day_text(on))}" for label, on in dates if on]
    status = f"<b>{escape(_t('Status'))}:</b> {escape(word(referral.status))}"
    if referral.overdue(today):
        late = escape(_t("the answer is overdue"))
        status += f" · <span style='color:#b00020'>{late}</span>"
    parts.append(status)
    reason = escape(referral.reason).replace("\n", "<br>")
    parts.append(f"<p style='margin-top:8px'><b>{escape(_t('Reason'))}</b><br>{reason}</p>")
    parts.append(f"<i>{escape(_t('Change its status on the Referrals page.'))}</i>")
    return "<br>".join(parts[:-2]) + "".join(parts[-2:])
