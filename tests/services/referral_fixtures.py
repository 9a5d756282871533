"""Helpers shared by the referral tests: a partner consent and a referral draft."""

from __future__ import annotations

from datetime import date

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.referrals import NewReferral
from nurse_desk.services import consents, partners

SENT = date(2026, 10, 5)


def partner_id(vault, name: str) -> int:
    return next(p.id for p in partners.list_partners(vault) if p.name == name)


def give_partner_consent(vault, pupil_id: int, partner: str, **changes) -> ConsentRecord:
    fields = dict(
        id=0,
        pupil_id=pupil_id,
        given_by=ConsentGiver.BOTH,
        guardian_name="Anne Aasen",
        purpose=ConsentPurpose.CONTACT_PARTNER,
        partner=partner,
        method=ConsentMethod.WRITTEN,
        given_on=date(2026, 9, 1),
        valid_until=None,
        withdrawn_on=None,
        note="",
    )
    fields.update(changes)
    return consents.record_consent(vault, ConsentRecord(**fields))


def referral(pupil_id: int, partner: int, **changes) -> NewReferral:
    fields = dict(
        pupil_id=pupil_id,
        partner_id=partner,
        sent_on=SENT,
        reason="Vedvarende magesmerter og fravær i kroppsøving.",
        expected_answer_on=date(2026, 11, 2),
    )
    fields.update(changes)
    return NewReferral(**fields)
