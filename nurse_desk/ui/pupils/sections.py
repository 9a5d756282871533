"""The Pupils section: the register, and each pupil's own page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.pupils.pupils_page import PupilsPage
from nurse_desk.ui.section_spec import SectionSpec, plain_page

SECTIONS = (
    SectionSpec(
        key="PUPILS",
        name=QT_TRANSLATE_NOOP("Workspace", "Pupils"),
        order=20,
        attribute="pupils_page",
        page=plain_page(PupilsPage),
    ),
)
