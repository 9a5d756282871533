"""Home visits on the pupil's timeline: when, and where the visit stands."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.home_visits import VISITS_ON_TIMELINE, VisitSummary
from nurse_desk.domain.timeline import TimelineItem
from nurse_desk.ui.journal.timeline_parts import TimelineView
from nurse_desk.ui.journal.wording import moment_text
from nurse_desk.ui.visits.wording import visit_html, visit_word


def _line(item: TimelineItem, visit: VisitSummary) -> str:
    label = QCoreApplication.translate("TimelineModel", "Home visit")
    return f"{moment_text(item.at)}  ·  {label}\n{visit_word(visit.status)}"


TIMELINE = (
    TimelineView(
        VISITS_ON_TIMELINE.kinds,
        30,
        QT_TRANSLATE_NOOP("PupilPageWidget", "Home visits"),
        _line,
        lambda _item, visit, _today: visit_html(visit),
    ),
)
