"""The pupils who left school with what the list needs about each (read in a handful of
grouped queries, not one per pupil)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.retention import LeftPupil, RetentionRule
from nurse_desk.storage.orm import (
    AccessLogRow,
    AmendmentRow,
    FollowUpRow,
    NoteRow,
    PupilRow,
    SchoolRow,
)
from nurse_desk.storage.orm_referrals import ReferralRow
from nurse_desk.storage.orm_visits import HomeVisitRow

# Acts that add to or change a record (the rest of the log only reads it, and a look at the
# pupil's page before removing her must not count as a change).
_CHANGING = (
    AccessAction.SIGN,
    AccessAction.AMEND,
    AccessAction.CONSENT_RECORDED,
    AccessAction.CONSENT_WITHDRAWN,
    AccessAction.DISCLOSE,
    AccessAction.RECEIVED,
    AccessAction.PROTECT,
    AccessAction.UNPROTECT,
)


def left_pupils(session: Session, kept: RetentionRule) -> list[LeftPupil]:
    """Pupils no longer at school, the longest gone first."""
    rows = session.execute(
        select(PupilRow.id, PupilRow.given_name, PupilRow.family_name, SchoolRow.name)
        .add_columns(PupilRow.class_name, PupilRow.left_on)
        .join(SchoolRow, SchoolRow.id == PupilRow.school_id)
        .where(or_(PupilRow.active.is_(False), PupilRow.left_on.is_not(None)))
    ).all()
    ids = [row.id for row in rows]
    last = _latest_entries(session, ids)
    handed = _latest_log(session, ids, AccessAction.HAND_OVER)
    archived = _latest_log(session, ids, AccessAction.ARCHIVED)
    result = [
        LeftPupil(
            pupil_id=row.id,
            name=f"{row.given_name} {row.family_name}",
            school=row.name,
            class_name=row.class_name,
            left_on=row.left_on,
            last_entry=last.get(row.id),
            handed_over_on=handed.get(row.id),
            archived_on=archived.get(row.id),
            removable_from=kept.removable_from(row.left_on, last.get(row.id)),
        )
        for row in rows
    ]
    return sorted(result, key=lambda p: (p.left_on or date.max, p.name))


def changed_since_deposit(session: Session, pupil_id: int) -> bool:
    """Whether something was written into the record after its last deposit: then the archive
    lacks it, and removing the pupil would destroy it unarchived. False without a deposit."""
    deposited = session.scalar(
        select(func.max(AccessLogRow.at)).where(
            AccessLogRow.pupil_id == pupil_id, AccessLogRow.action == AccessAction.ARCHIVED.value
        )
    )
    if deposited is None:
        return False
    after = deposited if isinstance(deposited, datetime) else datetime.fromisoformat(deposited)
    written = (
        select(NoteRow.id).where(
            NoteRow.pupil_id == pupil_id, or_(NoteRow.updated_at > after, NoteRow.signed_at > after)
        ),
        select(AmendmentRow.id)
        .join(NoteRow, NoteRow.id == AmendmentRow.note_id)
        .where(NoteRow.pupil_id == pupil_id, AmendmentRow.written_at > after),
        select(HomeVisitRow.id).where(
            HomeVisitRow.pupil_id == pupil_id, HomeVisitRow.updated_at > after
        ),
        select(FollowUpRow.id).where(
            FollowUpRow.pupil_id == pupil_id,
            or_(FollowUpRow.created_at > after, FollowUpRow.closed_at > after),
        ),
        select(ReferralRow.id).where(
            ReferralRow.pupil_id == pupil_id, ReferralRow.created_at > after
        ),
        select(AccessLogRow.id).where(
            AccessLogRow.pupil_id == pupil_id,
            AccessLogRow.at > after,
            AccessLogRow.action.in_([action.value for action in _CHANGING]),
        ),
    )
    return any(session.scalar(query.limit(1)) is not None for query in written)


def _latest_entries(session: Session, ids: list[int]) -> dict[int, date]:
    notes = session.execute(
        select(NoteRow.pupil_id, func.max(NoteRow.occurred_at))
        .where(NoteRow.pupil_id.in_(ids))
        .group_by(NoteRow.pupil_id)
    ).all()
    amendments = session.execute(
        select(NoteRow.pupil_id, func.max(AmendmentRow.written_at))
        .join(NoteRow, NoteRow.id == AmendmentRow.note_id)
        .where(NoteRow.pupil_id.in_(ids))
        .group_by(NoteRow.pupil_id)
    ).all()
    latest: dict[int, date] = {}
    for pupil_id, moment in [*notes, *amendments]:
        day = _day(moment)
        if day is not None and (pupil_id not in latest or day > latest[pupil_id]):
            latest[pupil_id] = day
    return latest


def _latest_log(session: Session, ids: list[int], action: AccessAction) -> dict[int, date]:
    rows = session.execute(
        select(AccessLogRow.pupil_id, func.max(AccessLogRow.at))
        .where(AccessLogRow.pupil_id.in_(ids), AccessLogRow.action == action.value)
        .group_by(AccessLogRow.pupil_id)
    ).all()
    return {pupil_id: day for pupil_id, moment in rows if (day := _day(moment)) is not None}


def _day(moment: object) -> date | None:
    """func.max() hands back SQLite's text, not a datetime."""
    if isinstance(moment, datetime):
        return moment.date()
    if isinstance(moment, str):
        return datetime.fromisoformat(moment).date()
    return None
