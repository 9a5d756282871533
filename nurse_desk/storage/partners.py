"""Partner directory rows: listing, saving, archiving (a partner referrals point at stays)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nurse_desk.domain.referrals import PartnerDraft, PartnerKind, PartnerRecord, Removal
from nurse_desk.storage.orm_referrals import PartnerRow, ReferralRow


class PartnerNotFound(LookupError):
    pass


def all_partners(session: Session, *, include_archived: bool = True) -> list[PartnerRecord]:
    counts = (
        select(ReferralRow.partner_id, func.count().label("n"))
        .group_by(ReferralRow.partner_id)
        .subquery()
    )
    query = (
        select(PartnerRow, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.partner_id == PartnerRow.id)
        .order_by(PartnerRow.name, PartnerRow.id)
    )
    if not include_archived:
        query = query.where(PartnerRow.archived.is_(False))
    return [record(row, count) for row, count in session.execute(query)]


def get(session: Session, partner_id: int) -> PartnerRecord:
    return record(_row(session, partner_id))


def add(session: Session, draft: PartnerDraft) -> int:
    row = PartnerRow(archived=False)
    _copy(row, draft)
    session.add(row)
    session.flush()
    return row.id


def update(session: Session, partner_id: int, draft: PartnerDraft) -> None:
    _copy(_row(session, partner_id), draft)


def remove(session: Session, partner_id: int) -> Removal:
    row = _row(session, partner_id)
    used = session.scalar(select(func.count()).where(ReferralRow.partner_id == partner_id))
    if used:
        row.archived = True
        return Removal.ARCHIVED
    session.delete(row)
    return Removal.DELETED


def restore(session: Session, partner_id: int) -> None:
    _row(session, partner_id).archived = False


def names(session: Session) -> set[str]:
    return {name.casefold() for name in session.scalars(select(PartnerRow.name))}


def _row(session: Session, partner_id: int) -> PartnerRow:
    row = session.get(PartnerRow, partner_id)
    if row is None:
        raise PartnerNotFound(partner_id)
    return row


def _copy(row: PartnerRow, draft: PartnerDraft) -> None:
    row.name = draft.name
    row.kind = draft.kind.value
    row.organisation = draft.organisation
    row.phone = draft.phone
    row.email = draft.email
    row.address = draft.address
    row.notes = draft.notes


def record(row: PartnerRow, referral_count: int = 0) -> PartnerRecord:
    return PartnerRecord(
        id=row.id,
        name=row.name,
        kind=PartnerKind(row.kind),
        organisation=row.organisation,
        phone=row.phone,
        email=row.email,
        address=row.address,
        notes=row.notes,
        archived=row.archived,
        referral_count=referral_count,
    )
