"""No dead end around a home visit: a visit that has taken place still opens (read-only), from the
Home visits page and from the pupil's timeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit
from visit_fixtures import TODAY, full_plan, home_visit_consent

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.home_visits import VisitDocumentation, VisitStatus
from nurse_desk.domain.timeline import TimelineKind
from nurse_desk.services import access, consents, home_visits
from nurse_desk.ui.journal.timeline_model import ITEM_ROLE
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits import visits_page as page_module
from nurse_desk.ui.visits.visit_dialog import VisitDialog
from nurse_desk.ui.workspace import Section


def documented_visit(vault, pupil_id: int):  # noqa: F811
    consents.record_consent(vault, home_visit_consent(pupil_id))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    home_visits.mark_ready(vault, visit.id, today=TODAY)
    home_visits.document_visit(vault, visit.id, VisitDocumentation(summary="Godt besøk"))
    return home_visits.get_visit(vault, visit.id, today=TODAY)


def test_a_documented_visit_opens_read_only_and_cannot_be_changed(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    visit = documented_visit(vault, pupil_id)
    dialog = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_only
    form = dialog.form
    assert form.address.text() == "Granlyveien 12, 1350 Lommedalen"  # the plan as it was
    assert form.observations.items() == visit.plan.observation_points
    edits = [*form.findChildren(QLineEdit), *form.findChildren(QPlainTextEdit)]
    assert edits and all(edit.isReadOnly() for edit in edits)
    assert not any(edit.placeholderText() for edit in edits)  # no "type here" hints
    assert form.notice_given.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    reasons = form.reasons.item(0)
    assert not reasons.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not form.companions.add_button.isVisible()
    assert not form.consent_button.isVisible() and not dialog.template_button.isVisible()
    shown = [b for b in dialog.buttons.buttons() if b.isVisible()]
    assert [dialog.buttons.standardButton(b) for b in shown] == [
        QDialogButtonBox.StandardButton.Close
    ]
    assert "can no longer be changed" in dialog.readiness.text()
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save: nothing
    assert dialog.saved is None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed, nothing asked
    assert not dialog.isVisible()
    assert home_visits.get_visit(vault, visit.id, today=TODAY).plan == visit.plan


def test_the_visits_page_opens_a_done_visit_and_logs_the_reading(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    in_next_modal,
):
    visit = documented_visit(vault, pupil_id)
    session = VaultSession(path=vault.path)
    session.adopt(vault)
    page = page_module.HomeVisitsPage(session=session, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.time_filter.setCurrentIndex(2)  # all visits
    page.reload(select=visit.id)
    assert page.current_visit().status is VisitStatus.DOCUMENTED
    assert page.edit_button.isEnabled()
    seen = {}

    def look(dialog) -> None:
        seen["read_only"] = dialog.read_only
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    before = len(access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.OPEN_PUPIL))
    in_next_modal(look)
    page.edit_button.click()
    assert seen == {"read_only": True, "title": "Home visit: Emil Aasen"}
    after = len(access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.OPEN_PUPIL))
    assert after == before + 1


@pytest.fixture
def demo_window(make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.PUPILS)
    return window


def _choose_visit(page, status: VisitStatus) -> int:
    wanted = {v.visit_id for v in page.page.visits if v.status is status}
    for row in range(page.model.rowCount()):
        item = page.model.index(row, 0).data(ITEM_ROLE)
        if item.kind is TimelineKind.HOME_VISIT and item.ref_id in wanted:
            page.timeline.setCurrentIndex(page.model.index(row, 0))
            return item.ref_id
    raise AssertionError(f"no {status} visit on the timeline")


@pytest.mark.parametrize("status", (VisitStatus.DOCUMENTED, VisitStatus.READY))
def test_the_pupil_page_opens_the_visit_it_mentions(qtbot, demo_window, in_next_modal, status):
    demo = demo_window.session.vault
    visit = next(v for v in home_visits.list_visits(demo) if v.status is status)
    pupils_page = demo_window.workspace.pupils_page
    pupils_page.open_pupil(visit.pupil_id)
    page = pupils_page.pupil_page
    visit_id = _choose_visit(page, status)
    assert page.open_visit_button.isVisible()
    assert "Open visit plan" in page.detail.toPlainText()  # the mention says how to open it
    seen = []

    def look(dialog) -> None:
        seen.append((dialog._visit.id, dialog.read_only))
        dialog.reject()

    in_next_modal(look)
    page.open_visit_button.click()
    in_next_modal(look)
    qtbot.keyClick(page.timeline, Qt.Key.Key_Return)  # Enter on the timeline opens it too
    read_only = status is VisitStatus.DOCUMENTED
    assert seen == [(visit_id, read_only), (visit_id, read_only)]
    assert page.current_item().ref_id == visit_id  # still chosen after the dialog


def test_the_sheet_options_offer_the_private_sheet_without_school_and_class(qtbot):
    from nurse_desk.ui.visits.sheet_options_dialog import SheetOptionsDialog

    dialog = SheetOptionsDialog(None, private=True, partners=[])
    qtbot.addWidget(dialog)
    assert dialog.without_school.isEnabled() and not dialog.without_school.isChecked()
    assert dialog.choice().school  # nothing more left out unless she asks
    dialog.without_school.setChecked(True)
    assert dialog.choice().private and not dialog.choice().school
    dialog.private.setChecked(False)  # a named sheet shows everything: the choice goes grey
    assert not dialog.without_school.isEnabled()
    assert not dialog.choice().private and dialog.choice().school
