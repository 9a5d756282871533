"""The export dialog's warning for a guardian's request follows the vault's country: Norway
warns from 16; Sweden has no fixed age (the nurse judges the pupil's maturity), so it warns
at any age and says so, opened from the pupil's page as the nurse opens it."""

from __future__ import annotations

from datetime import date

import pytest
from journal_fixtures import vault  # noqa: F401  (pytest fixture)

from nurse_desk.domain.disclosure import Requester, guardian_request_warns
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import pupils, settings
from nurse_desk.ui.journal.export_record_dialog import ExportRecordDialog
from nurse_desk.ui.journal.pupil_page import PupilPageWidget
from nurse_desk.ui.vault_session import VaultSession

BORN_14 = date(2012, 3, 1)


def warning_on_the_page(qtbot, vault, in_next_modal, country: str) -> tuple[bool, str]:  # noqa: F811
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "skolsköterska", country))
    pupil_id = pupils.add_pupil(vault, NewPupil("Elsa", "Berg", BORN_14, "Ekskolan", "8B"))
    session = VaultSession(path=vault.path)
    session.adopt(vault)
    page = PupilPageWidget(session=session)
    qtbot.addWidget(page)
    page.show()
    page.show_pupil(pupil_id)
    seen = {}

    def ask_as_guardian(dialog: ExportRecordDialog) -> None:
        dialog.buttons_by_requester[Requester.GUARDIAN].setChecked(True)
        seen["warning"] = (dialog.warning.isVisible(), dialog.warning.text())
        dialog.reject()

    in_next_modal(ask_as_guardian)
    page.export_button.click()
    return seen["warning"]


def test_sweden_warns_about_a_guardians_request_for_a_14_year_old(
    qtbot,
    vault,  # noqa: F811
    in_next_modal,
):
    shown, text = warning_on_the_page(qtbot, vault, in_next_modal, "se")
    assert shown and "Judge the pupil's maturity" in text and "16" not in text


def test_norway_does_not_warn_below_16(qtbot, vault, in_next_modal):  # noqa: F811
    shown, _text = warning_on_the_page(qtbot, vault, in_next_modal, "no")
    assert not shown


@pytest.mark.parametrize(
    ("country", "today", "warns"),
    [
        ("no", date(2028, 2, 29), False),
        ("no", date(2028, 3, 1), True),
        ("se", date(2020, 1, 1), True),
        ("se", date(2030, 1, 1), True),
    ],
)
def test_who_may_decide_alone_follows_the_country(country, today, warns):
    assert guardian_request_warns(Requester.GUARDIAN, BORN_14, today, country=country) is warns
    assert not guardian_request_warns(Requester.PUPIL, BORN_14, today, country=country)
