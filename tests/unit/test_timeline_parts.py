"""The timeline merges what each feature's part makes of its records, newest first."""

from __future__ import annotations

from datetime import date, datetime

from nurse_desk.domain.referrals import REFERRALS_ON_TIMELINE
from nurse_desk.domain.timeline import TimelineItem, TimelineKind, TimelinePart, build_timeline


def _part(key: str, kind: TimelineKind) -> TimelinePart:
    """A part whose records are (id, moment) pairs, as a new feature would declare one."""
    return TimelinePart(
        key,
        (kind,),
        lambda records: [TimelineItem(at, kind, ref) for ref, at in records],
        lambda record: record[0],
    )


def test_the_parts_items_are_merged_newest_first():
    visits = _part("visits", TimelineKind.HOME_VISIT)
    notes = _part("notes", TimelineKind.NOTE)
    merged = build_timeline(
        [
            (visits, [(1, datetime(2026, 9, 1, 10)), (2, datetime(2026, 9, 3, 9))]),
            (notes, [(7, datetime(2026, 9, 2, 8))]),
        ]
    )
    assert [(item.kind, item.ref_id) for item in merged] == [
        (TimelineKind.HOME_VISIT, 2),
        (TimelineKind.NOTE, 7),
        (TimelineKind.HOME_VISIT, 1),
    ]


def test_a_parts_same_day_rank_orders_its_events_of_one_day():
    class Sent:
        id = 3
        sent_on = answered_on = closed_on = date(2026, 10, 20)

    merged = build_timeline([(REFERRALS_ON_TIMELINE, [Sent()])])
    assert [item.kind for item in merged] == [
        TimelineKind.REFERRAL_CLOSED,
        TimelineKind.REFERRAL_ANSWERED,
        TimelineKind.REFERRAL_SENT,
    ]
    assert build_timeline([]) == []
