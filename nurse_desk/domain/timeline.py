"""A pupil's timeline: everything about the pupil, newest first, filterable by kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.journal import NoteRecord


class TimelineKind(StrEnum):
    NOTE = "note"
    AMENDMENT = "amendment"
    CONSENT = "consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"


@dataclass(frozen=True, slots=True)
class TimelineItem:
    at: datetime
    kind: TimelineKind
    ref_id: int  # the note's or the consent's id


def build_timeline(notes: list[NoteRecord], consents: list[ConsentRecord]) -> list[TimelineItem]:
    items = [TimelineItem(note.occurred_at, TimelineKind.NOTE, note.id) for note in notes]
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
