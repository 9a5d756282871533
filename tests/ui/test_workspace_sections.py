"""The workspace is built from the sections the features declare (ui/sections.py): one sidebar
row and one page each, in their order, each page also reachable by the attribute it names, each
shown by its Ctrl+number, and the pupil opened from any page on the Pupils section."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from nurse_desk.domain.records import NewPupil
from nurse_desk.services import pupils
from nurse_desk.services.vault_access import create_vault
from nurse_desk.ui.sections import SECTIONS, Section

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
