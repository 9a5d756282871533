"""A pupil's timeline: everything about the pupil, newest first, filterable by kind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.home_visits import VisitSummary
from nurse_desk.domain.journal import NoteRecord


class TimelineKind(StrEnum):
    NOTE = "note"
    AMENDMENT = "amendment"
    CONSENT = "consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    HOME_VISIT = "home_visit"


@dataclass(frozen=True, slots=True)
class TimelineItem:
    at: datetime
    kind: TimelineKind
    ref_id: int  # the note's, the consent's or the home visit's id


def build_timeline(
    notes: list[NoteRecord],
    consents: list[ConsentRecord],
    visits: Sequence[VisitSummary] = (),
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
    return sorted(items, key=lambda item: (item.at, item.kind.value, item.ref_id), reverse=True)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time())
