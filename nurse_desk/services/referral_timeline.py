"""Referrals on the pupil's timeline: sent, answered and closed, each on its day."""

from __future__ import annotations

from datetime import date

from nurse_desk.domain.referrals import REFERRALS_ON_TIMELINE, ReferralRecord
from nurse_desk.services.timeline_parts import TimelineSource
from nurse_desk.services.unit_of_work import Work
from nurse_desk.storage import referrals


def _referrals(work: Work, pupil_id: int, _today: date) -> list[ReferralRecord]:
    return referrals.of_pupil(work.session, pupil_id)


TIMELINE = (TimelineSource(REFERRALS_ON_TIMELINE, _referrals),)
