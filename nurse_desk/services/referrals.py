"""Referrals: sending one rests on a consent for that partner, is logged as a disclosure, and
keeps a follow-up "await the answer" in step with the expected answer date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sqlalchemy.orm import Session

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import (
    ConsentMissing,
    ConsentPurpose,
    ConsentRecord,
    matching_consent,
)
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus, NewFollowUp
from nurse_desk.domain.referrals import (
    InvalidReferral,
    NewReferral,
    ReferralRecord,
    ReferralStatus,
    check_expected,
    check_referral,
    check_status_change,
)
from nurse_desk.services.consents import consent_or_refusal, consents_that_count_in
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import access_log
from nurse_desk.storage import follow_ups as follow_up_store
from nurse_desk.storage import partners as partner_store
from nurse_desk.storage import referrals as referral_store
from nurse_desk.storage.vault import Vault

Clock = Callable[[], datetime]


def send_referral(vault: Vault, referral: NewReferral, *, now: Clock = datetime.now) -> int:
    """Records a referral sent to a partner; returns its id.

    The consent guard runs first (a refusal is logged and ConsentMissing raised); then the
    referral, its follow-up and the disclosure entry in the access log commit together.
    """
    referral = check_referral(referral)
    with unit_of_work(vault) as work:
        partner = partner_store.get(work.session, referral.partner_id)
        if partner.archived:
            raise InvalidReferral("partner_archived")
        allowed = consent_or_refusal(
            work,
            referral.pupil_id,
            ConsentPurpose.CONTACT_PARTNER,
            partner.name,
            referral.sent_on,
        )
        if isinstance(allowed, ConsentRecord):
            return record_sent(
                work.session, referral, consent_id=allowed.id, actor=work.actor, now=now()
            )
    raise allowed  # after the commit, so the refusal stays in the log


def record_sent(
    session: Session, referral: NewReferral, *, consent_id: int, actor: str, now: datetime
) -> int:
    """Inside the caller's transaction, once the consent guard has let the referral through:
    the referral, its awaiting follow-up and the disclosure entry."""
    referral_id = referral_store.add(session, referral, consent_id=consent_id, now=now)
    if referral.expected_answer_on is not None:
        _add_follow_up(session, referral_id, referral.expected_answer_on, now)
    access_log.append(
        session,
        actor=actor,
        action=AccessAction.DISCLOSE,
        pupil_id=referral.pupil_id,
        # ids only, never the reason: the log must not hold health text
        detail=f"referral {referral_id} partner {referral.partner_id} consent {consent_id}",
        at=now,
    )
    return referral_id


def _add_follow_up(session: Session, referral_id: int, due: date, now: datetime) -> int:
    referral = referral_store.get(session, referral_id)
    return follow_up_store.add(
        session,
        NewFollowUp(
            pupil_id=referral.pupil_id,
            kind=FollowUpKind.AWAIT_REFERRAL_ANSWER,
            due_on=due,
            description=referral.partner_name,
            source=FollowUpSource.REFERRAL,
            source_id=referral_id,
        ),
        now=now,
    )


def change_referral(
    vault: Vault,
    referral_id: int,
    *,
    reason: str,
    expected_answer_on: date | None,
    now: Clock = datetime.now,
) -> None:
    """Edits the reason and the expected answer date; the awaiting follow-up moves with it."""
    if not reason.strip():
        raise InvalidReferral("reason_missing")
    with unit_of_work(vault) as work:
        current = referral_store.get(work.session, referral_id)
        check_expected(current.sent_on, expected_answer_on)
        referral_store.update(work.session, referral_id, reason=reason, expected=expected_answer_on)
        waiting = referral_store.awaiting_follow_up(work.session, referral_id)
        if not current.is_waiting:
            return
        if waiting is not None and expected_answer_on is not None:
            waiting.due_on = expected_answer_on
        elif waiting is not None:
            referral_store.close_follow_up(waiting, FollowUpStatus.CANCELLED, "", now())
        elif expected_answer_on is not None:
            _add_follow_up(work.session, referral_id, expected_answer_on, now())


def set_referral_status(
    vault: Vault,
    referral_id: int,
    status: ReferralStatus,
    on: date,
    *,
    now: Clock = datetime.now,
) -> None:
    """Moves the referral forward. An answer completes the awaiting follow-up; closing the
    referral without an answer cancels it."""
    with unit_of_work(vault) as work:
        apply_status(work.session, referral_id, status, on, now=now())


def apply_status(
    session: Session, referral_id: int, status: ReferralStatus, on: date, *, now: datetime
) -> None:
    current = referral_store.get(session, referral_id)
    check_status_change(current, status, on)
    referral_store.set_status(session, referral_id, status, on)
    waiting = referral_store.awaiting_follow_up(session, referral_id)
    if waiting is None or status is ReferralStatus.ACKNOWLEDGED:
        return
    done = FollowUpStatus.DONE if status is ReferralStatus.ANSWERED else FollowUpStatus.CANCELLED
    referral_store.close_follow_up(waiting, done, "", now)


def list_referrals(vault: Vault) -> list[ReferralRecord]:
    with unit_of_work(vault) as work:
        return referral_store.all_referrals(work.session)


def referrals_of_pupil(vault: Vault, pupil_id: int) -> list[ReferralRecord]:
    with unit_of_work(vault) as work:
        return referral_store.of_pupil(work.session, pupil_id)


def consent_for_referral(
    vault: Vault, pupil_id: int, partner_name: str, on: date
) -> ConsentRecord | None:
    """For the referral form's hint only (not logged); send_referral runs the real guard."""
    with unit_of_work(vault) as work:
        found = consents_that_count_in(work, pupil_id, on)
    try:
        return matching_consent(found, ConsentPurpose.CONTACT_PARTNER, partner_name, on)
    except ConsentMissing:
        return None
