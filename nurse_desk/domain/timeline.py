"""A pupil's timeline: everything about the pupil, newest first, filterable by kind.

The timeline has no records of its own: each feature that shows on it declares a TimelinePart
beside its record (the journal's notes and consents, home visits, referrals), saying the kinds
of item it adds and how its records become items; `build_timeline` merges the parts' items.
Which features show is the feature list's word (`timeline` in nurse_desk/features.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any


class TimelineKind(StrEnum):
    """Every kind of item, whichever feature adds it: one vocabulary, so an item's kind can be
    stored, compared and chosen by value; each kind belongs to one part (its `kinds`)."""

    NOTE = "note"
    AMENDMENT = "amendment"
    CONSENT = "consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    HOME_VISIT = "home_visit"
    REFERRAL_SENT = "referral_sent"
    REFERRAL_ANSWERED = "referral_answered"
    REFERRAL_CLOSED = "referral_closed"


@dataclass(frozen=True, slots=True)
class TimelineItem:
    at: datetime
    kind: TimelineKind
    ref_id: int  # the id of the record it is about (its part's `id_of`)


@dataclass(frozen=True, slots=True)
class TimelinePart:
    """What one feature adds to the timeline, from its records (one record type per part)."""

    key: str  # names the part's records on the pupil's page, e.g. "visits"
    kinds: tuple[TimelineKind, ...]
    items: Callable[[Sequence[Any]], Iterable[TimelineItem]]
    id_of: Callable[[Any], int]  # a record's id, the ref_id of its items
    # Items of one moment come by kind, newest first; a higher rank counts as newer (a
    # referral answered on the day it was sent is shown above its sending).
    same_day_rank: Mapping[TimelineKind, int] = field(default_factory=dict)


def build_timeline(read: Iterable[tuple[TimelinePart, Sequence[Any]]]) -> list[TimelineItem]:
    """Every part's items from its records, newest first."""
    items: list[TimelineItem] = []
    rank: dict[TimelineKind, int] = {}
    for part, records in read:
        items += part.items(records)
        rank.update(part.same_day_rank)
    return sorted(
        items,
        key=lambda item: (item.at, rank.get(item.kind, 0), item.kind.value, item.ref_id),
        reverse=True,
    )


def start_of(day: date) -> datetime:
    """Where an event known only by its day stands among the day's other items."""
    return datetime.combine(day, time())
