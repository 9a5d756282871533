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
    return (
        select(
            ReferralRow, PupilRow.given_name, PupilRow.family_name, PartnerRow.name, PartnerRow.kind
        )
        .join(PupilRow, PupilRow.id == ReferralRow.pupil_id)
        .join(PartnerRow, PartnerRow.id == ReferralRow.partner_id)
        .order_by(ReferralRow.sent_on.desc(), ReferralRow.id.desc())
    )


def all_referrals(session: Session) -> list[ReferralRecord]:
    return [_record(*found) for found in session.execute(_query())]


def of_pupil(session: Session, pupil_id: int) -> list[ReferralRecord]:
    query = _query().where(ReferralRow.pupil_id == pupil_id)
    return [_record(*found) for found in session.execute(query)]


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


def _record(row: ReferralRow, given: str, family: str, partner: str, kind: str) -> ReferralRecord:
    return ReferralRecord(
        id=row.id,
        pupil_id=row.pupil_id,
        pupil_name=f"{given} {family}",
        partner_id=row.partner_id,
        partner_name=partner,
        partner_kind=PartnerKind(kind),
        sent_on=row.sent_on,
        reason=row.reason,
        consent_id=row.consent_id,
        status=ReferralStatus(row.status),
        acknowledged_on=row.acknowledged_on,
        answered_on=row.answered_on,
        closed_on=row.closed_on,
        expected_answer_on=row.expected_answer_on,
    )
