"""The workspace is built from the sections the features declare (ui/sections.py): one sidebar
row and one page each, in their order, each page also reachable by the attribute it names, each
shown by its Ctrl+number, and the pupil opened from any page on the Pupils section."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from nurse_desk.domain.records import NewPupil
from nurse_desk.services import pupils
from nurse_desk.services.vault_access import create_vault
from nurse_desk.ui.sections import SECTIONS, Section
from nurse_desk.ui.workspace import SIDEBAR_PADDING

GOOD = "fjord tavle sykkel blåbær"


def test_each_declared_section_has_its_row_page_attribute_and_shortcut(make_window, vault_folder):
    path = vault_folder / "sections.vault"
    vault = create_vault(path, GOOD, GOOD)
    pupil_id = pupils.add_pupil(
        vault, NewPupil("Elev", "Test", date(2012, 1, 1), "Lia skole", "7A")
    )
    vault.lock()
    window = make_window(path)
    window.session.unlock(GOOD)
    workspace = window.workspace
    assert workspace.sidebar.count() == workspace.pages.count() == len(SECTIONS) == 7
    assert workspace.current_section is Section.TODAY
    for section, spec in zip(Section, SECTIONS, strict=True):
        page = workspace.page(section)
        assert page is getattr(workspace, spec.attribute) is workspace.pages.widget(section)
        name = QCoreApplication.translate("Workspace", spec.name)
        assert workspace.sidebar.item(section).toolTip() == f"{name} (Ctrl+{section + 1})"
        action = window.section_actions[section]
        assert action.shortcut().toString() == f"Ctrl+{section + 1}"
        action.trigger()
        assert workspace.current_section is section
        assert workspace.pages.currentWidget() is page
    assert [workspace.sidebar.item(i).text() for i in range(7)] == [
        "Today",
        "Pupils",
        "Home visits",
        "Follow-ups",
        "Referrals",
        "Absence",
        "Settings",
    ]
    workspace.open_pupil(pupil_id)
    assert workspace.current_section is Section.PUPILS
    assert workspace.pupils_page.pupil_page.page.pupil.id == pupil_id


def test_the_sidebar_is_as_wide_as_its_longest_name_with_a_count_and_no_wider(
    make_window, language
):
    """Each name with a four-digit count shows whole, and the sidebar keeps no more room than
    that: it was 190 points whatever the names, about 50 more than they need, taken from every
    list beside it on a laptop 1,024 pixels wide."""
    window = make_window(Path("/nonexistent/never.vault"), language=language, demo=True)
    sidebar = window.workspace.sidebar
    metrics = sidebar.fontMetrics()
    try:
        needed = [
            metrics.horizontalAdvance(f"{QCoreApplication.translate('Workspace', s.name)} (1150)")
            + 2 * SIDEBAR_PADDING
            + 2 * sidebar.frameWidth()
            for s in SECTIONS
        ]
        before = sidebar.width()
        window.workspace.set_badge(Section.TODAY, 1150)
        assert sidebar.width() == before  # a count that grows does not move the pages
        assert max(needed) <= sidebar.width() <= max(needed) + 2 * metrics.averageCharWidth()
    finally:
        window.translations.apply("en")
