"""Recording consents and the consent guard (docs/CARE-RULES.md, "Consent and confidentiality")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import (
    ConsentMissing,
    ConsentPurpose,
    ConsentRecord,
    check_given_on,
    check_withdrawn_on,
    matching_consent,
)
from nurse_desk.domain.consent_rules import SWEDEN, consents_that_count, needs_maturity_judgement
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.services.home_visits import demote_unready
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import consents, pupils
from nurse_desk.storage.vault import Vault


class InvalidConsent(NurseDeskError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def record_consent(
    vault: Vault, consent: ConsentRecord, *, today: date | None = None
) -> ConsentRecord:
    """ConsentDateOutOfRange for a consent given after today or before the pupil was born.
    Sweden: a consent from the pupil alone or the guardians alone must carry the nurse's
    judgement of the pupil's maturity (InvalidConsent "maturity_missing"). Norway goes by age:
    any judgement given is not kept."""
    if consent.valid_until is not None and consent.valid_until < consent.given_on:
        raise InvalidConsent("ends_before_start")
    if consent.purpose is ConsentPurpose.CONTACT_PARTNER and not consent.partner.strip():
        raise InvalidConsent("partner_missing")
    with unit_of_work(vault) as work:
        born = pupils.get_pupil(work.session, consent.pupil_id).birth_date
        check_given_on(consent.given_on, born, today or date.today())
        country = work.country
        if country != SWEDEN:
            consent = replace(consent, pupil_mature=None)
        elif needs_maturity_judgement(country, consent.given_by) and consent.pupil_mature is None:
            raise InvalidConsent("maturity_missing")
        saved = consents.add(work.session, consent)
        work.log(
            action=AccessAction.CONSENT_RECORDED,
            pupil_id=consent.pupil_id,
            detail=f"consent {saved.id}",
        )
        return saved


def withdraw_consent(
    vault: Vault, consent_id: int, on: date, *, today: date | None = None
) -> ConsentRecord:
    """ConsentWithdrawalOutOfRange for a withdrawal after today or before the consent was
    given; nothing is changed then."""
    with unit_of_work(vault) as work:
        given_on = consents.get(work.session, consent_id).given_on
        check_withdrawn_on(on, given_on, today or date.today())
        withdrawn = consents.withdraw(work.session, consent_id, on)
        # A ready home visit resting on this consent is a draft again (docs/CARE-RULES.md,
        # "Home visits": not ready until consent is recorded), in the same transaction.
        demote_unready(work, withdrawn.pupil_id, on)
        work.log(
            action=AccessAction.CONSENT_WITHDRAWN,
            pupil_id=withdrawn.pupil_id,
            detail=f"consent {consent_id}",
        )
        return withdrawn


def consents_that_count_in(work: Work, pupil_id: int, day: date) -> list[ConsentRecord]:
    """The pupil's consents given by whoever the vault's country lets decide (consent_rules)."""
    birth_date = pupils.get_pupil(work.session, pupil_id).birth_date
    found = consents.of_pupil(work.session, pupil_id)
    return consents_that_count(found, work.country, birth_date, day)


def consents_of(vault: Vault, pupil_id: int) -> list[ConsentRecord]:
    with unit_of_work(vault) as work:
        return consents.of_pupil(work.session, pupil_id)


def require_consent(
    vault: Vault,
    pupil_id: int,
    purpose: ConsentPurpose,
    *,
    partner: str = "",
    today: date | None = None,
) -> ConsentRecord:
    """The guard every share about a named pupil goes through.

    Returns the consent that allows it; otherwise logs the refusal and raises ConsentMissing,
    after which the nurse may produce an anonymised version instead.
    """
    with unit_of_work(vault) as work:
        allowed = consent_or_refusal(work, pupil_id, purpose, partner, today or date.today())
        if isinstance(allowed, ConsentRecord):
            return allowed
    raise allowed  # after the commit, so the refusal stays in the log


def consent_or_refusal(
    work: Work, pupil_id: int, purpose: ConsentPurpose, partner: str, today: date
) -> ConsentRecord | ConsentMissing:
    """require_consent inside a caller's unit of work: the consent that allows the share, or
    the refusal, already logged, for the caller to raise once its unit of work has committed
    (raised inside it, the refusal's entry would be rolled back with everything else)."""
    found = consents_that_count_in(work, pupil_id, today)
    try:
        return matching_consent(found, purpose, partner, today)
    except ConsentMissing as missing:
        work.log(
            action=AccessAction.SHARE_REFUSED,
            pupil_id=pupil_id,
            detail=purpose.value,
        )
        return missing
