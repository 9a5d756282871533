"""A pupil's timeline: everything about the pupil, newest first, filterable by kind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.home_visits import VisitSummary
from nurse_desk.domain.journal import NoteRecord
from nurse_desk.domain.referrals import ReferralRecord


class TimelineKind(StrEnum):
    NOTE = "note"
    AMENDMENT = "amendment"
    CONSENT = "consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    HOME_VISIT = "home_visit"
    REFERRAL_SENT = "referral_sent"
    REFERRAL_ANSWERED = "referral_answered"
    REFERRAL_CLOSED = "referral_closed"


REFERRAL_KINDS = frozenset(
    {TimelineKind.REFERRAL_SENT, TimelineKind.REFERRAL_ANSWERED, TimelineKind.REFERRAL_CLOSED}
)


@dataclass(frozen=True, slots=True)
class TimelineItem:
    at: datetime
    kind: TimelineKind
    ref_id: int  # the note's, the consent's, the home visit's or the referral's id


def build_timeline(
    notes: list[NoteRecord],
    consents: list[ConsentRecord],
    visits: Sequence[VisitSummary] = (),
    referrals: Sequence[ReferralRecord] = (),
) -> list[TimelineItem]:
    items = [
        TimelineItem(visit.starts, TimelineKind.HOME_VISIT, visit.visit_id) for visit in visits
    ]
    items += [TimelineItem(note.occurred_at, TimelineKind.NOTE, note.id) for note in notes]
    items += [
        TimelineItem(amendment.written_at, TimelineKind.AMENDMENT, note.id)
        for note in notes
        for amendment in note.amendments
    ]
    for consent in consents:
        items.append(TimelineItem(_start_of(consent.given_on), TimelineKind.CONSENT, consent.id))
        if consent.withdrawn_on is not None:
            items.append(
                TimelineItem(
                    _start_of(consent.withdrawn_on), TimelineKind.CONSENT_WITHDRAWN, consent.id
                )
            )
    for referral in referrals:
        for day, kind in (
            (referral.sent_on, TimelineKind.REFERRAL_SENT),
            (referral.answered_on, TimelineKind.REFERRAL_ANSWERED),
            (referral.closed_on, TimelineKind.REFERRAL_CLOSED),
        ):
            if day is not None:
                items.append(TimelineItem(_start_of(day), kind, referral.id))
    return sorted(
        items,
        key=lambda item: (item.at, _SAME_DAY_RANK.get(item.kind, 0), item.kind.value, item.ref_id),
        reverse=True,
    )


# A referral answered or closed on the day it was sent: newest first is closed, answered, sent.
_SAME_DAY_RANK = {TimelineKind.REFERRAL_ANSWERED: 1, TimelineKind.REFERRAL_CLOSED: 2}


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time())
