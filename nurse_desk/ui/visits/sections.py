"""The Home visits section."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.section_spec import SectionHost, SectionSpec
from nurse_desk.ui.visits.visits_page import HomeVisitsPage


def _visits(host: SectionHost, _badge: Callable[[int], None]) -> HomeVisitsPage:
    page = HomeVisitsPage(host, session=host.session)
    page.visits_changed.connect(host.refresh_badges)  # visits are on Today: its count
    return page


SECTIONS = (
    SectionSpec(
        key="HOME_VISITS",
        name=QT_TRANSLATE_NOOP("Workspace", "Home visits"),
        order=30,
        attribute="visits_page",
        page=_visits,
    ),
)
