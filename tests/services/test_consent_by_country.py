"""The consent guard and home-visit readiness follow the vault's country; Sweden records the
nurse's judgement of the pupil's maturity with the consent."""

from __future__ import annotations

import pytest
from visit_fixtures import TODAY, full_plan, home_visit_consent

from nurse_desk.domain.consent import ConsentGiver, ConsentMissing, ConsentPurpose
from nurse_desk.domain.home_visits import MissingItem
from nurse_desk.services import consents, home_visits, settings
from nurse_desk.services.consents import InvalidConsent


def use_country(vault, country: str) -> None:
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "", country))


def tell_school(pupil_id: int, giver: ConsentGiver, mature: bool | None = None):
    return home_visit_consent(
        pupil_id, giver, purpose=ConsentPurpose.TELL_SCHOOL, pupil_mature=mature
    )


def test_in_norway_a_pupil_under_16_cannot_consent_alone_to_sharing(vault, pupil_id):
    consents.record_consent(vault, tell_school(pupil_id, ConsentGiver.PUPIL))  # Emil is 14
    with pytest.raises(ConsentMissing):
        consents.require_consent(vault, pupil_id, ConsentPurpose.TELL_SCHOOL, today=TODAY)
    consents.record_consent(vault, tell_school(pupil_id, ConsentGiver.GUARDIAN))
    found = consents.require_consent(vault, pupil_id, ConsentPurpose.TELL_SCHOOL, today=TODAY)
    assert found.given_by is ConsentGiver.GUARDIAN


def test_in_sweden_a_consent_records_the_judgement_and_the_guard_follows_it(vault, pupil_id):
    use_country(vault, "se")
    with pytest.raises(InvalidConsent, match="maturity_missing"):
        consents.record_consent(vault, tell_school(pupil_id, ConsentGiver.PUPIL))
    saved = consents.record_consent(vault, tell_school(pupil_id, ConsentGiver.PUPIL, True))
    assert consents.consents_of(vault, pupil_id)[0].pupil_mature is True
    found = consents.require_consent(vault, pupil_id, ConsentPurpose.TELL_SCHOOL, today=TODAY)
    assert found.id == saved.id  # a mature 14-year-old consents alone in Sweden


def test_in_sweden_a_guardians_consent_does_not_hold_for_a_pupil_judged_mature(vault, pupil_id):
    use_country(vault, "se")
    consents.record_consent(vault, tell_school(pupil_id, ConsentGiver.GUARDIAN, True))
    with pytest.raises(ConsentMissing):
        consents.require_consent(vault, pupil_id, ConsentPurpose.TELL_SCHOOL, today=TODAY)


def test_norway_keeps_no_judgement(vault, pupil_id):
    consents.record_consent(vault, tell_school(pupil_id, ConsentGiver.GUARDIAN, True))
    assert consents.consents_of(vault, pupil_id)[0].pupil_mature is None


@pytest.mark.parametrize(("country", "ready"), [("no", False), ("se", True)])
def test_home_visit_readiness_follows_the_country(vault, pupil_id, country, ready):
    use_country(vault, country)
    mature = True if country == "se" else None
    consents.record_consent(
        vault, home_visit_consent(pupil_id, ConsentGiver.PUPIL, pupil_mature=mature)
    )
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    assert (MissingItem.CONSENT not in visit.missing) is ready
    assert home_visits.visit_context(vault, pupil_id).country == country
