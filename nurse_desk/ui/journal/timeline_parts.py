"""How each feature's timeline items read on the pupil's page, gathered from the features
(`timeline_view` in nurse_desk/features.py).

Each feature that shows on the timeline names a ui module declaring TIMELINE: its
TimelineViews, one for each of its timeline parts (services/timeline_parts.py), giving each
item's two lines, its details and the part's choice in the page's filter.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from nurse_desk.domain.timeline import TimelineItem, TimelineKind
from nurse_desk.features import modules_of


def _never(_item: TimelineItem, _record: Any) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class TimelineView:
    kinds: tuple[TimelineKind, ...]  # its part's kinds
    order: int  # the place of its choice in the page's filter (after "Everything")
    # its choice in the filter, marked QT_TRANSLATE_NOOP("PupilPageWidget", …)
    filter_name: str
    line: Callable[[TimelineItem, Any], str]  # (item, its record): the list's two lines
    details: Callable[[TimelineItem, Any, date], str]  # (item, record, today): HTML
    is_draft: Callable[[TimelineItem, Any], bool] = _never  # shown in the drafts' brown


@cache  # read when first asked: the feature modules import this one for TimelineView
def timeline_views() -> tuple[TimelineView, ...]:
    """Every feature's views, in the filter's order; each kind in one view only."""
    found = [
        view
        for module in modules_of("timeline_view")
        for view in importlib.import_module(module).TIMELINE
    ]
    kinds = [kind for view in found for kind in view.kinds]
    places = [view.order for view in found]
    if len(set(kinds)) != len(kinds) or len(set(places)) != len(places):
        raise LookupError(f"two timeline views share a kind or a place: {kinds}, {places}")
    return tuple(sorted(found, key=lambda view: view.order))


@cache
def view_of(kind: TimelineKind) -> TimelineView:
    return next(view for view in timeline_views() if kind in view.kinds)
