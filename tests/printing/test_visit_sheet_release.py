"""What leaves with a preparation sheet is logged for every child on it, and only once it has
left: a sibling named on the sheet gets an entry of their own, a named sheet for a partner
needs each child's consent, a sheet saved to a file is an EXPORT (printed: PRINT), and a file
that could not be written leaves no entry (docs/CARE-RULES.md, "Consent and confidentiality")."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from visit_fixtures import TODAY, full_plan, home_visit_consent

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentMissing, ConsentPurpose
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.visit_sheet import SiblingConsentMissing
from nurse_desk.services import access, consents, home_visits, pupils, visit_sheet
from nurse_desk.wording.errors import describe

NOW = datetime(2026, 11, 23, 9, 30)
PARTNER = "PPT Bærum"


@pytest.fixture
def family(vault, pupil_id) -> tuple[int, int, int]:
    """Emil (the pupil, 14), his sister Ida (11) on the plan, and the visit."""
    ida = pupils.add_pupil(
        vault, NewPupil("Ida", "Aasen", date(2015, 3, 2), "Solbakken skole", "5A")
    )
    consents.record_consent(vault, home_visit_consent(pupil_id))
    plan = full_plan(pupil_id, sibling_ids=(ida,))
    return pupil_id, ida, home_visits.plan_visit(vault, plan, today=TODAY).id


def partner_consent(pupil_id: int):
    return home_visit_consent(pupil_id, purpose=ConsentPurpose.CONTACT_PARTNER, partner=PARTNER)


def entries(vault, action) -> list[tuple[int, str]]:
    return [(e.pupil_id, e.detail) for e in access.log_entries(vault, action=action)]


def test_every_child_on_a_printed_or_saved_sheet_has_an_entry(vault, family):
    emil, ida, visit_id = family
    visit_sheet.log_sheet_released(vault, visit_id, private=False, how="printed", reason="Besøk")
    visit_sheet.log_sheet_released(vault, visit_id, private=True, how="saved", reason="Besøk")
    assert sorted(entries(vault, AccessAction.PRINT)) == sorted(
        [
            (emil, f"visit {visit_id} sheet, named, printed; reason: Besøk"),
            (ida, f"visit {visit_id} sheet, named, printed, as sibling; reason: Besøk"),
        ]
    )
    assert sorted(entries(vault, AccessAction.EXPORT)) == sorted(
        [
            (emil, f"visit {visit_id} sheet, private, saved; reason: Besøk"),
            (ida, f"visit {visit_id} sheet, private, saved, as sibling; reason: Besøk"),
        ]
    )


def test_a_named_sheet_for_a_partner_needs_the_siblings_consent_too(vault, family):
    emil, ida, visit_id = family
    consents.record_consent(vault, partner_consent(emil))
    with pytest.raises(SiblingConsentMissing) as raised:
        visit_sheet.sheet_preview(vault, visit_id, private=False, outside_for=PARTNER)
    assert isinstance(raised.value, ConsentMissing)
    assert "sibling" in describe(raised.value)
    assert [p for p, _ in entries(vault, AccessAction.SHARE_REFUSED)] == [ida]
    private = visit_sheet.sheet_preview(vault, visit_id, private=True, outside_for=PARTNER)
    assert private.pdf.startswith(b"%PDF")  # the private sheet stays open to the nurse
    consents.record_consent(vault, partner_consent(ida))
    named = visit_sheet.sheet_preview(vault, visit_id, private=False, outside_for=PARTNER)
    assert named.pdf.startswith(b"%PDF")


def test_a_sheet_that_could_not_be_written_leaves_no_entry(vault, family, tmp_path):
    _emil, _ida, visit_id = family
    unwritable = tmp_path / "no such folder" / "sheet.pdf"
    with pytest.raises(OSError):
        visit_sheet.save_visit_sheet(vault, visit_id, unwritable, private=True, reason="Besøk")
    assert entries(vault, AccessAction.PRINT) == entries(vault, AccessAction.EXPORT) == []
    out = tmp_path / "sheet.pdf"
    visit_sheet.save_visit_sheet(vault, visit_id, out, private=True, reason="Besøk", now=NOW)
    assert out.read_bytes().startswith(b"%PDF")
    assert len(entries(vault, AccessAction.EXPORT)) == 2
    assert entries(vault, AccessAction.PRINT) == []


def test_a_sheet_for_a_partner_logs_whom_it_was_for(vault, family, tmp_path):
    """An auditor checks a named sheet that left the health service against the consent for
    that partner: the entry says who it was for, as a referral's does."""
    emil, ida, visit_id = family
    for child in (emil, ida):
        consents.record_consent(vault, partner_consent(child))
    out = tmp_path / "sheet.pdf"
    visit_sheet.save_visit_sheet(
        vault, visit_id, out, private=False, outside_for=PARTNER, reason="Samarbeid", now=NOW
    )
    visit_sheet.log_sheet_released(
        vault, visit_id, private=False, how="printed", outside_for=PARTNER, reason="Samarbeid"
    )
    assert sorted(entries(vault, AccessAction.EXPORT)) == sorted(
        [
            (emil, f"visit {visit_id} sheet, named, saved, command line, for {PARTNER}; "
                   "reason: Samarbeid"),
            (ida, f"visit {visit_id} sheet, named, saved, command line, for {PARTNER}, as "
                  "sibling; reason: Samarbeid"),
        ]
    )  # fmt: skip
    assert sorted(entries(vault, AccessAction.PRINT)) == sorted(
        [
            (emil, f"visit {visit_id} sheet, named, printed, for {PARTNER}; reason: Samarbeid"),
            (ida, f"visit {visit_id} sheet, named, printed, for {PARTNER}, as sibling; "
                  "reason: Samarbeid"),
        ]
    )  # fmt: skip
