"""The Home visits section."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.section_spec import SectionSpec, plain_page
from nurse_desk.ui.visits.visits_page import HomeVisitsPage

SECTIONS = (
    SectionSpec(
        key="HOME_VISITS",
        name=QT_TRANSLATE_NOOP("Workspace", "Home visits"),
        order=30,
        attribute="visits_page",
        page=plain_page(HomeVisitsPage),
    ),
)
