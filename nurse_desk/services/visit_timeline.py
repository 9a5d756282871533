"""Home visits on the pupil's timeline: each visit, planned or done, at its start."""

from __future__ import annotations

from nurse_desk.domain.home_visits import VISITS_ON_TIMELINE
from nurse_desk.services.home_visits import summaries_for
from nurse_desk.services.timeline_parts import TimelineSource

TIMELINE = (TimelineSource(VISITS_ON_TIMELINE, summaries_for),)
