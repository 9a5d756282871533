"""The Absence section: worrying absence, imported from the school system.

Read ahead after an unlock: every pupil's absence patterns take about a second of work at a
school year's volume (200,000 entries), so the section opens at once when the nurse gets to it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.absence.absence_page import AbsencePage
from nurse_desk.ui.importing.absence_import_dialog import AbsenceImportDialog
from nurse_desk.ui.section_spec import SectionHost, SectionSpec


def _absence(host: SectionHost, _badge: Callable[[int], None]) -> AbsencePage:
    page = AbsencePage(host, session=host.session)
    page.pupil_page_requested.connect(host.open_pupil)
    page.set_import_handler(
        lambda parent: AbsenceImportDialog.import_absence(parent, host.session.vault)
    )
    return page


SECTIONS = (
    SectionSpec(
        key="ABSENCE",
        name=QT_TRANSLATE_NOOP("Workspace", "Absence"),
        order=60,
        attribute="absence_page",
        page=_absence,
        read_ahead=True,
    ),
)
