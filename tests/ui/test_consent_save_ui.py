"""Saving a consent through the dialog's own Save, on every path that opens it: the pupil's
page (New consent) and the home-visit dialog (Register consent). Each saved consent is read
back from the vault, so a value the storage cannot take fails here rather than at the nurse."""

from __future__ import annotations

from pathlib import Path

import pytest
from journal_fixtures import pupil_id  # noqa: F401  (pytest fixture)
from PySide6.QtWidgets import QDialogButtonBox
from visit_fixtures import TODAY, full_plan

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose
from nurse_desk.services import consents, home_visits, pupils
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.visits.visit_dialog import VisitDialog
from nurse_desk.ui.workspace import Section


def save(dialog: ConsentDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled(), dialog.who_decides.text()
    button.click()


def written_by_guardian(dialog: ConsentDialog) -> None:
    dialog.given_by.setCurrentIndex(dialog.given_by.findData(ConsentGiver.GUARDIAN.value))
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.WRITTEN.value))
    save(dialog)


@pytest.fixture
def demo_window(make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.PUPILS)
    return window


def test_new_consent_on_the_pupil_page_saves_with_the_dialogs_defaults(
    qtbot, demo_window, in_next_modal
):
    vault = demo_window.session.vault
    pupils_page = demo_window.workspace.pupils_page
    chosen = pupils.list_pupils(vault)[0].id
    pupils_page.open_pupil(chosen)
    page = pupils_page.pupil_page
    before = len(consents.consents_of(vault, chosen))
    seen = in_next_modal(save)
    page.new_consent_button.click()
    assert isinstance(seen["dialog"], ConsentDialog)
    after = consents.consents_of(vault, chosen)
    assert len(after) == before + 1
    assert after[0].method is ConsentMethod.ORAL


def test_register_consent_in_the_visit_dialog_saves_and_makes_the_plan_ready(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    in_next_modal,
):
    visit = home_visits.plan_visit(vault, full_plan(pupil_id))
    dialog = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.missing  # no consent yet
    seen = in_next_modal(written_by_guardian)
    dialog.form.consent_button.click()
    assert isinstance(seen["dialog"], ConsentDialog)
    saved = consents.consents_of(vault, pupil_id)
    assert [(c.purpose, c.method) for c in saved] == [
        (ConsentPurpose.HOME_VISIT, ConsentMethod.WRITTEN)
    ]
    assert dialog.missing == ()


def test_the_visit_dialogs_consent_with_the_defaults_counts_for_a_14_year_old(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    in_next_modal,
):
    """Norway, 14: the dialog opens on the guardian, so the saved consent is one the guard
    accepts, and the plan is no longer missing it."""
    visit = home_visits.plan_visit(vault, full_plan(pupil_id))
    dialog = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    qtbot.addWidget(dialog)
    dialog.show()
    in_next_modal(save)
    dialog.form.consent_button.click()
    assert dialog.missing == ()
    allowed = consents.require_consent(vault, pupil_id, ConsentPurpose.HOME_VISIT, today=TODAY)
    assert allowed.given_by is ConsentGiver.GUARDIAN
