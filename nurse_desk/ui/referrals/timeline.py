"""Referrals on the pupil's timeline: each event on its day, and to whom."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.domain.referrals import REFERRALS_ON_TIMELINE, ReferralRecord
from nurse_desk.domain.timeline import TimelineItem
from nurse_desk.ui.journal.timeline_parts import TimelineView
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.referrals.details import event_word, referral_html


def _line(item: TimelineItem, referral: ReferralRecord) -> str:
    return f"{day_text(item.at.date())}  ·  {event_word(item.kind)}\n{referral.partner_name}"


TIMELINE = (
    TimelineView(
        REFERRALS_ON_TIMELINE.kinds,
        40,
        QT_TRANSLATE_NOOP("PupilPageWidget", "Referrals"),
        _line,
        lambda _item, referral, today: referral_html(referral, today),
    ),
)
