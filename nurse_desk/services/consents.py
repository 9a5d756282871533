"""Recording consents and the consent guard (docs/CARE-RULES.md, "Consent and confidentiality")."""

from __future__ import annotations

from datetime import date

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import (
    ConsentMissing,
    ConsentPurpose,
    ConsentRecord,
    matching_consent,
)
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.services.settings import actor_name
from nurse_desk.storage import access_log, consents
from nurse_desk.storage.vault import Vault


class InvalidConsent(NurseDeskError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def record_consent(vault: Vault, consent: ConsentRecord) -> ConsentRecord:
    if consent.valid_until is not None and consent.valid_until < consent.given_on:
        raise InvalidConsent("ends_before_start")
    if consent.purpose is ConsentPurpose.CONTACT_PARTNER and not consent.partner.strip():
        raise InvalidConsent("partner_missing")
    actor = actor_name(vault)
    with vault.session() as session, session.begin():
        saved = consents.add(session, consent)
        access_log.append(
            session,
            actor=actor,
            action=AccessAction.CONSENT_RECORDED,
            pupil_id=consent.pupil_id,
            detail=f"consent {saved.id}",
        )
        return saved


def withdraw_consent(vault: Vault, consent_id: int, on: date) -> ConsentRecord:
    actor = actor_name(vault)
    with vault.session() as session, session.begin():
        withdrawn = consents.withdraw(session, consent_id, on)
        access_log.append(
            session,
            actor=actor,
            action=AccessAction.CONSENT_WITHDRAWN,
            pupil_id=withdrawn.pupil_id,
            detail=f"consent {consent_id}",
        )
        return withdrawn


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
    today = today or date.today()
    actor = actor_name(vault)
    with vault.session() as session, session.begin():
        found = consents.of_pupil(session, pupil_id)
        try:
            return matching_consent(found, purpose, partner, today)
        except ConsentMissing as missing:
            refusal = missing
            access_log.append(
                session,
                actor=actor,
                action=AccessAction.SHARE_REFUSED,
                pupil_id=pupil_id,
                detail=purpose.value,
            )
    raise refusal  # after the commit, so the refusal stays in the log
