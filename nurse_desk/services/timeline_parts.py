"""The pupil's timeline, gathered from the features (`timeline` in nurse_desk/features.py).

Each feature that shows on the timeline names a services module declaring TIMELINE: its
TimelineSources, each a domain TimelinePart (its kinds, and how its records become items) and
how its records are read for one pupil inside the page's unit of work (services/access.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from nurse_desk.domain.timeline import TimelinePart
from nurse_desk.features import modules_of
from nurse_desk.services.unit_of_work import Work


@dataclass(frozen=True, slots=True)
class TimelineSource:
    part: TimelinePart
    read: Callable[[Work, int, date], Sequence[Any]]  # (work, pupil id, today) -> its records


@cache  # read when first asked: the feature modules import this one for TimelineSource
def timeline_sources() -> tuple[TimelineSource, ...]:
    """Every feature's sources, in the features' order; each kind of item in one part only."""
    found = tuple(
        source
        for module in modules_of("timeline")
        for source in importlib.import_module(module).TIMELINE
    )
    kinds = [kind for source in found for kind in source.part.kinds]
    keys = [source.part.key for source in found]
    if len(set(kinds)) != len(kinds) or len(set(keys)) != len(keys):
        raise LookupError(f"two timeline parts share a kind or a key: {kinds}, {keys}")
    return found
