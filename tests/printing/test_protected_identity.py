"""Protected identity: the address, the way there and the guardians' phones of a protected
pupil are in no PDF the app makes, whatever the privacy choice; every sheet says why; a look at
them on screen is logged."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from protected_fixtures import add_protected_family, leaked, pdf_text
from visit_fixtures import TODAY, VISIT_DAY, full_plan

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.disclosure import (
    MAX_REASON,
    ReasonMissing,
    Requester,
    checked_reason,
    guardian_request_warns,
    with_reason,
)
from nurse_desk.domain.records import NewPupil
from nurse_desk.printing.base import LANGUAGES
from nurse_desk.services import (
    access,
    agenda_output,
    home_visits,
    protected_identity,
    pupils,
    record_export,
    visit_sheet,
)

NOW = datetime(2026, 11, 23, 9, 30)
MARKERS = {"nb": "SPERRET ADRESSE", "sv": "SKYDDADE PERSONUPPGIFTER", "en": "PROTECTED IDENTITY"}


@pytest.fixture
def family(vault):
    return add_protected_family(vault)


def test_the_check_finds_the_address_and_phones_on_an_unprotected_sheet(vault, family):
    """The detector itself: once the protection is taken off, the named sheet has them."""
    emil, visit_id = family
    protected_identity.set_protected(vault, emil, False)
    text = pdf_text(visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, now=NOW))
    assert set(leaked(text)) >= {"Granlyveien", "Buss 143", "+47 900 00 000", "90000000"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("private", [False, True])
def test_no_sheet_of_a_protected_pupil_carries_address_directions_or_phones(
    vault, family, language, private
):
    _emil, visit_id = family
    pdf = visit_sheet.visit_sheet_pdf(vault, visit_id, private=private, language=language, now=NOW)
    text = pdf_text(pdf)
    assert leaked(text) == []
    assert MARKERS[language] in text
    if not private:
        assert "Anne Aasen" in text  # the guardian is named, just not reachable


def test_a_protected_brother_or_sister_shields_the_whole_home(vault, family):
    emil, _visit = family
    sister = pupils.add_pupil(vault, NewPupil("Ida", "Aasen", date(2015, 2, 2), "Granly", "5A"))
    plan = full_plan(sister, sibling_ids=(emil,))
    visit = home_visits.plan_visit(vault, plan, today=TODAY)
    text = pdf_text(visit_sheet.visit_sheet_pdf(vault, visit.id, private=False, now=NOW))
    assert "Ida Aasen" in text and "SPERRET ADRESSE" in text
    assert leaked(text) == []
    summary = next(v for v in home_visits.list_visits(vault, today=TODAY) if v.visit_id == visit.id)
    assert summary.protected and summary.address == ""


@pytest.mark.parametrize("private", [False, True])
def test_the_agenda_week_marks_the_pupil_and_carries_no_whereabouts(vault, family, private):
    sheet = agenda_output.week_sheet(vault, VISIT_DAY, private=private, today=TODAY, now=NOW)
    text = pdf_text(agenda_output.render_week(sheet, language="en"))
    assert "PROTECTED" in text
    assert leaked(text) == []


def test_the_record_export_leaves_the_whereabouts_out_whoever_asks(vault, family):
    emil, _visit = family
    for requester in Requester:
        pdf = record_export.export_record(
            vault, emil, reason="Innsyn", requester=requester, language="en", now=NOW
        )
        text = pdf_text(pdf)
        assert "PROTECTED IDENTITY" in text and "Home visits (1)" in text
        assert leaked(text) == []


def test_the_list_hides_the_address_and_showing_it_is_a_logged_click(vault, family):
    emil, visit_id = family
    (summary,) = home_visits.visits_of_pupil(vault, emil, today=TODAY)
    assert summary.protected and summary.address == ""
    assert access.log_entries(vault, action=AccessAction.SHOW_ADDRESS) == []
    address, directions = protected_identity.show_visit_address(vault, visit_id)
    assert address.startswith("Granlyveien") and directions.startswith("Buss 143")
    guardians = protected_identity.show_guardian_contacts(vault, emil)
    assert [g.phone for g in guardians] == ["+47 900 00 000", "+47 911 22 333"]
    shown = access.log_entries(vault, action=AccessAction.SHOW_ADDRESS)
    assert [(e.pupil_id, e.detail) for e in shown] == [
        (emil, f"visit {visit_id}"),
        (emil, "guardians' contacts"),
    ]
    assert access.verify_log(vault) is None


def test_showing_the_address_of_a_protected_sisters_home_is_in_her_own_log(vault, family):
    """The visit is planned for Ida; the address is hidden because her brother Emil, who lives
    there, is protected: the look at his whereabouts belongs in his log, not only in hers."""
    emil, _visit = family
    sister = pupils.add_pupil(vault, NewPupil("Ida", "Aasen", date(2015, 2, 2), "Granly", "5A"))
    visit = home_visits.plan_visit(vault, full_plan(sister, sibling_ids=(emil,)), today=TODAY)
    address, _directions = protected_identity.show_visit_address(vault, visit.id)
    assert address.startswith("Granlyveien")
    shown = access.log_entries(vault, action=AccessAction.SHOW_ADDRESS)
    assert sorted((e.pupil_id, e.detail) for e in shown) == sorted(
        [(sister, f"visit {visit.id}"), (emil, f"visit {visit.id}")]
    )
    his = access.log_entries(vault, pupil_id=emil, action=AccessAction.SHOW_ADDRESS)
    assert [e.detail for e in his] == [f"visit {visit.id}"]
    assert access.verify_log(vault) is None


def test_a_sisters_record_and_exports_leave_out_her_protected_brothers_family_phone(
    vault, family, tmp_path
):
    """Ida is not protected, but her mother is Emil's mother, with the same phone: written in
    Ida's record or in the plain export under her name, it is the protected pupil's guardian's
    phone leaving the app all the same."""
    import json

    from nurse_desk.domain.records import GuardianRecord
    from nurse_desk.services import hand_over, open_export

    ida = pupils.add_pupil(
        vault,
        NewPupil(
            "Ida",
            "Aasen",
            date(2015, 2, 2),
            "Granly skole",
            "5A",
            guardians=(
                GuardianRecord("Anne Aasen", "mor", "900 00 000"),  # the same number
                GuardianRecord("Kari Holm", "tante", "+47 955 55 555"),
            ),
        ),
    )
    record = pdf_text(
        record_export.export_record(vault, ida, reason="Innsyn", language="en", now=NOW)
    )
    assert "Anne Aasen" in record and "+47 955 55 555" in record
    assert leaked(record) == []
    plain = tmp_path / "all.json"
    open_export.write_export(vault, plain, passphrase=None, reason="Ny PC")
    guardians = json.loads(plain.read_text(encoding="utf-8"))["tables"]["guardian"]
    assert leaked(json.dumps(guardians)) == []
    assert "+47 955 55 555" in json.dumps(guardians)
    deposit = hand_over.record_bytes(vault, ida, NOW, shield_protected=True).decode()
    assert leaked(deposit) == [] and "+47 955 55 555" in deposit
    # A visit to Ida's home, Emil not on the plan: the home is his as well.
    visit = home_visits.plan_visit(vault, full_plan(ida), today=TODAY)
    for private in (False, True):
        sheet = visit_sheet.visit_sheet_pdf(vault, visit.id, private=private, now=NOW)
        assert leaked(pdf_text(sheet)) == []
    record = pdf_text(
        record_export.export_record(vault, ida, reason="Innsyn", language="en", now=NOW)
    )
    assert "Home visits (1)" in record and leaked(record) == []


def test_marking_and_unmarking_are_logged_once_per_change(vault, family):
    emil, _visit = family
    assert not protected_identity.set_protected(vault, emil, True)  # already protected
    assert protected_identity.set_protected(vault, emil, False)
    assert not protected_identity.is_protected(vault, emil)
    actions = [
        e.action
        for e in access.log_entries(vault, pupil_id=emil)
        if e.action in (AccessAction.PROTECT, AccessAction.UNPROTECT)
    ]
    assert actions == [AccessAction.PROTECT, AccessAction.UNPROTECT]


def test_a_reason_is_one_line_and_kept_whole_in_the_log_detail():
    with pytest.raises(ReasonMissing):
        checked_reason("   \n ")
    assert checked_reason("  Innsyn \n fra mor ") == "Innsyn fra mor"
    assert len(checked_reason("x" * 500)) == MAX_REASON
    detail = with_reason("d" * 300, "r" * MAX_REASON)
    assert len(detail) == 200 and detail.endswith("; reason: " + "r" * MAX_REASON)
    assert with_reason("record pdf", "") == "record pdf"


def test_a_guardian_asking_about_a_pupil_of_16_or_more_is_warned_about():
    born = date(2010, 5, 1)
    assert not guardian_request_warns(Requester.GUARDIAN, born, date(2026, 4, 30), country="no")
    assert guardian_request_warns(Requester.GUARDIAN, born, date(2026, 5, 1), country="no")
    assert not guardian_request_warns(Requester.PUPIL, born, date(2026, 5, 1), country="no")


def test_the_nurses_own_sheet_may_skip_the_reason_a_sheet_for_a_partner_may_not(
    vault, family, tmp_path
):
    from nurse_desk.services.settings import set_skips_reason_for_own_sheet

    emil, visit_id = family
    out = tmp_path / "sheet.pdf"
    with pytest.raises(ReasonMissing):
        visit_sheet.save_visit_sheet(vault, visit_id, out, private=True, now=NOW)
    set_skips_reason_for_own_sheet(vault, True)
    assert not visit_sheet.reason_needed(vault)
    assert visit_sheet.reason_needed(vault, outside_for="PPT Bærum")
    visit_sheet.save_visit_sheet(vault, visit_id, out, private=True, now=NOW)
    with pytest.raises(ReasonMissing):
        visit_sheet.save_visit_sheet(vault, visit_id, out, private=True, outside_for="PPT", now=NOW)
    saved = access.log_entries(vault, pupil_id=emil, action=AccessAction.EXPORT)
    assert [e.detail for e in saved] == [f"visit {visit_id} sheet, private, saved, command line"]
