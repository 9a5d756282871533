from __future__ import annotations

import pytest
from referral_fixtures import give_partner_consent, partner_id, referral

from nurse_desk.domain.referrals import InvalidPartner, PartnerDraft, PartnerKind, Removal
from nurse_desk.services import measures, partners, referrals, settings


def _use_country(vault, country: str) -> None:
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "", country))


def test_a_norwegian_vault_starts_with_the_norwegian_services(vault):
    found = partners.list_partners(vault)
    kinds = {p.kind for p in found}
    assert {"Fastlege", "BUP", "PPT", "Barnevernet", "NAV"} <= {p.name for p in found}
    assert {
        PartnerKind.GP,
        PartnerKind.CHILD_PSYCHIATRY,
        PartnerKind.EDUCATIONAL_PSYCHOLOGY,
        PartnerKind.CHILD_WELFARE,
        PartnerKind.PHYSIOTHERAPIST,
        PartnerKind.NAV,
        PartnerKind.LOW_THRESHOLD_MENTAL_HEALTH,
    } == kinds
    assert any(m.name == "Ressursteam på skolen" for m in measures.list_measures(vault))


def test_a_swedish_vault_starts_with_the_swedish_services(vault):
    _use_country(vault, "se")
    kinds = {p.kind for p in partners.list_partners(vault)}
    assert {
        PartnerKind.PUPIL_HEALTH_TEAM,
        PartnerKind.SOCIAL_SERVICES,
        PartnerKind.YOUTH_CLINIC,
        PartnerKind.HABILITATION,
        PartnerKind.DENTAL_CARE,
        PartnerKind.CHILD_PSYCHIATRY,
        PartnerKind.HEALTH_CENTRE,
    } == kinds
    assert any(m.name == "Närvaroteam" for m in measures.list_measures(vault))


def test_seeding_happens_once_and_never_brings_back_what_the_nurse_removed(vault):
    first = partners.list_partners(vault)
    partners.remove_partner(vault, partner_id(vault, "NAV"))
    again = partners.list_partners(vault)
    assert len(again) == len(first) - 1
    assert "NAV" not in {p.name for p in again}


def test_standard_partners_of_the_other_country_can_be_added_later(vault):
    partners.list_partners(vault)  # seeded for Norway
    assert partners.add_standard_partners(vault, "se") == 6  # all but BUP
    assert partners.add_standard_partners(vault, "se") == 0  # BUP etc. not added twice
    names = [p.name for p in partners.list_partners(vault)]
    assert names.count("BUP") == 1 and "Folktandvården" in names


def test_local_contact_is_added_and_edited(vault):
    draft = PartnerDraft(
        "  Helsesøster-kollega Lise ",
        PartnerKind.LOCAL_CONTACT,
        "Granly skole",
        "+47 912 34 567",
        "lise@example.no",
        "Skoleveien 1",
        "Treffes tirsdager",
    )
    new_id = partners.add_partner(vault, draft)
    partners.update_partner(vault, new_id, PartnerDraft("Lise Berg", PartnerKind.LOCAL_CONTACT))
    saved = next(p for p in partners.list_partners(vault) if p.id == new_id)
    assert (saved.name, saved.kind, saved.phone) == ("Lise Berg", PartnerKind.LOCAL_CONTACT, "")
    with pytest.raises(InvalidPartner):
        partners.add_partner(vault, PartnerDraft("  ", PartnerKind.GP))


def test_unused_partner_is_deleted_but_one_with_referrals_is_archived(vault, pupil_id):
    ppt, bup = partner_id(vault, "PPT"), partner_id(vault, "BUP")
    give_partner_consent(vault, pupil_id, "BUP")
    referrals.send_referral(vault, referral(pupil_id, bup))
    assert partners.remove_partner(vault, ppt) is Removal.DELETED
    assert partners.remove_partner(vault, bup) is Removal.ARCHIVED
    kept = next(p for p in partners.list_partners(vault) if p.id == bup)
    assert kept.archived and kept.referral_count == 1
    assert bup not in {p.id for p in partners.list_partners(vault, include_archived=False)}
    assert referrals.referrals_of_pupil(vault, pupil_id)[0].partner_name == "BUP"
    partners.restore_partner(vault, bup)
    assert bup in {p.id for p in partners.list_partners(vault, include_archived=False)}
