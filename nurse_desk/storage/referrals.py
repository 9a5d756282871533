"""Referral rows, and the one follow-up each referral keeps while it awaits the answer."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.domain.follow_ups import FollowUpSource, FollowUpStatus
from nurse_desk.domain.referrals import (
    NewReferral,
    PartnerKind,
    ReferralRecord,
    ReferralStatus,
)
from nurse_desk.storage.orm import FollowUpRow, PupilRow
from nurse_desk.storage.orm_referrals import PartnerRow, ReferralRow

_STATUS_DAY = {
    ReferralStatus.ACKNOWLEDGED: "acknowledged_on",
    ReferralStatus.ANSWERED: "answered_on",
    ReferralStatus.CLOSED: "closed_on",
}


class ReferralNotFound(LookupError):
    pass


def add(session: Session, referral: NewReferral, *, consent_id: int, now: datetime) -> int:
    row = ReferralRow(
        pupil_id=referral.pupil_id,
        partner_id=referral.partner_id,
        consent_id=consent_id,
        sent_on=referral.sent_on,
        reason=referral.reason.strip(),
        status=ReferralStatus.SENT.value,
        expected_answer_on=referral.expected_answer_on,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row.id


def _query():
    # Plain columns, not ORM rows: a list needs none of the ORM's bookkeeping for each row.
    return (
        select(
            ReferralRow.id,
            ReferralRow.pupil_id,
            PupilRow.given_name,
            PupilRow.family_name,
            ReferralRow.partner_id,
            PartnerRow.name,
            PartnerRow.kind,
            ReferralRow.sent_on,
            ReferralRow.reason,
            ReferralRow.consent_id,
            ReferralRow.status,
            ReferralRow.acknowledged_on,
            ReferralRow.answered_on,
            ReferralRow.closed_on,
            ReferralRow.expected_answer_on,
        )
        .join(PupilRow, PupilRow.id == ReferralRow.pupil_id)
        .join(PartnerRow, PartnerRow.id == ReferralRow.partner_id)
        .order_by(ReferralRow.sent_on.desc(), ReferralRow.id.desc())
    )


def all_referrals(session: Session) -> list[ReferralRecord]:
    return [_record(*found) for found in session.execute(_query()).all()]


def of_pupil(session: Session, pupil_id: int) -> list[ReferralRecord]:
    query = _query().where(ReferralRow.pupil_id == pupil_id)
    return [_record(*found) for found in session.execute(query).all()]


def get(session: Session, referral_id: int) -> ReferralRecord:
    found = session.execute(_query().where(ReferralRow.id == referral_id)).first()
    if found is None:
        raise ReferralNotFound(referral_id)
    return _record(*found)


def update(session: Session, referral_id: int, *, reason: str, expected: date | None) -> None:
    row = _row(session, referral_id)
    row.reason = reason.strip()
    row.expected_answer_on = expected


def set_status(session: Session, referral_id: int, status: ReferralStatus, on: date) -> None:
    row = _row(session, referral_id)
    row.status = status.value
    setattr(row, _STATUS_DAY[status], on)


def awaiting_follow_up(session: Session, referral_id: int) -> FollowUpRow | None:
    """The open follow-up "await the answer" this referral created, if any."""
    return session.scalar(
        select(FollowUpRow)
        .where(
            FollowUpRow.source == FollowUpSource.REFERRAL.value,
            FollowUpRow.source_id == referral_id,
            FollowUpRow.status == FollowUpStatus.OPEN.value,
        )
        .order_by(FollowUpRow.id)
        .limit(1)
    )


def close_follow_up(row: FollowUpRow, status: FollowUpStatus, outcome: str, now: datetime) -> None:
    row.status = status.value
    row.outcome = outcome
    row.closed_at = now


def _row(session: Session, referral_id: int) -> ReferralRow:
    row = session.get(ReferralRow, referral_id)
    if row is None:
        raise ReferralNotFound(referral_id)
    return row


def _record(
    referral_id, pupil_id, given, family, partner_id, partner, kind, sent_on, reason,
    consent_id, status, acknowledged_on, answered_on, closed_on, expected_answer_on,
) -> ReferralRecord:  # fmt: skip
    return ReferralRecord(
        id=referral_id,
        pupil_id=pupil_id,
        pupil_name=f"{given} {family}",
        partner_id=partner_id,
        partner_name=partner,
        partner_kind=_KINDS[kind],
        sent_on=sent_on,
        reason=reason,
        consent_id=consent_id,
        status=_STATUSES[status],
        acknowledged_on=acknowledged_on,
        answered_on=answered_on,
        closed_on=closed_on,
        expected_answer_on=expected_answer_on,
    )


_KINDS = {kind.value: kind for kind in PartnerKind}
_STATUSES = {status.value: status for status in ReferralStatus}
