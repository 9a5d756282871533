"""The Pupils section: the register, and each pupil's own page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.pupils.pupils_page import PupilsPage
from nurse_desk.ui.section_spec import SectionHost, SectionSpec


def _pupils(host: SectionHost, _badge: Callable[[int], None]) -> PupilsPage:
    page = PupilsPage(host, session=host.session)
    # A follow-up done, moved or planned on a pupil's page: Today's count in the sidebar.
    page.pupil_page.follow_ups.changed.connect(host.refresh_badges)
    return page


SECTIONS = (
    SectionSpec(
        key="PUPILS",
        name=QT_TRANSLATE_NOOP("Workspace", "Pupils"),
        order=20,
        attribute="pupils_page",
        page=_pupils,
    ),
)
