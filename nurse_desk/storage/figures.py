"""The yearly figures as SQL aggregates: one grouped query per figure (the note figures share
one), whatever the number of notes (what each figure counts is in nurse_desk/domain/figures.py).

Rows that came in a handed-over record (a received_item row names them) are the previous
school's work: every figure of work done leaves them out, or the pupil who moved would be
counted twice, once in each school's report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    distinct,
    exists,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from nurse_desk.domain.follow_ups import FollowUpStatus
from nurse_desk.domain.home_visits import VisitStatus
from nurse_desk.storage.orm import (
    ConsentRow,
    FollowUpRow,
    NoteRow,
    NoteTopicRow,
    PupilRow,
    SchoolRow,
)
from nurse_desk.storage.orm_follow_ups import FollowUpOccurrenceRow
from nurse_desk.storage.orm_hand_over import ReceivedItemRow
from nurse_desk.storage.orm_referrals import PartnerRow, ReferralRow
from nurse_desk.storage.orm_visits import HomeVisitRow


class Scope:
    """The period and the school (None: all) every query of one report is restricted to."""

    def __init__(self, first: date, last: date, school_id: int | None) -> None:
        self.first, self.last, self.school_id = first, last, school_id
        # occurred_at and closed_at are moments: the whole last day is in the period.
        self.since = datetime.combine(first, time.min)
        self.until = datetime.combine(last + timedelta(days=1), time.min)

    def of_school(self, query: Select, pupil_column) -> Select:
        if self.school_id is None:
            return query
        pupils = select(PupilRow.id).where(PupilRow.school_id == self.school_id)
        # "+ 0" keeps SQLite off the pupil index: through it, a school's count read every row
        # its pupils ever had (three school years of notes) instead of the period's rows.
        return query.where((pupil_column + 0).in_(pupils))


def school_id_named(session: Session, name: str) -> int | None:
    return session.scalar(select(SchoolRow.id).where(SchoolRow.name == name))


def done_here(table: str, id_column) -> ColumnElement[bool]:
    """The row was written in this vault, not received with a handed-over record."""
    received = select(ReceivedItemRow.id).where(
        ReceivedItemRow.table_name == table, ReceivedItemRow.row_id == id_column
    )
    return ~exists(received)


def _signed_in(scope: Scope) -> tuple:
    return (
        done_here("note", NoteRow.id),
        NoteRow.signed_at.is_not(None),
        NoteRow.occurred_at >= scope.since,
        NoteRow.occurred_at < scope.until,
    )


@dataclass(frozen=True, slots=True)
class Conversations:
    """The period's signed notes: how many, how many pupils they are about, and how many of
    each kind and on each topic (a note counts once for each of its topics)."""

    notes: int
    pupils: int
    by_kind: dict[str, int]
    by_topic: dict[str, int]


def conversations(session: Session, scope: Scope) -> Conversations:
    """The three note figures in one statement: the period's notes are found once (through the
    occurred_at index) and counted three ways. Three statements found and read them three
    times, most of the yearly figures' time at 50,000 notes."""
    query = scope.of_school(
        select(NoteRow.id, NoteRow.kind, NoteRow.pupil_id).where(*_signed_in(scope)),
        NoteRow.pupil_id,
    )
    period = query.cte("period_note").prefix_with("MATERIALIZED")
    whole = select(
        literal("all"), literal(""), func.count(), func.count(distinct(period.c.pupil_id))
    )
    kinds = select(literal("kind"), period.c.kind, func.count(), literal(0)).group_by(period.c.kind)
    topics = (
        select(literal("topic"), NoteTopicRow.topic, func.count(), literal(0))
        .select_from(period)
        .join(NoteTopicRow, NoteTopicRow.note_id == period.c.id)
        .group_by(NoteTopicRow.topic)
    )
    notes = pupils = 0
    by: dict[str, dict[str, int]] = {"kind": {}, "topic": {}}
    for part, key, count, seen in session.execute(union_all(whole, kinds, topics)):
        if part == "all":
            notes, pupils = int(count), int(seen)
        else:
            by[part][str(key)] = int(count)
    return Conversations(notes, pupils, by["kind"], by["topic"])


def home_visits(session: Session, scope: Scope) -> dict[str, int]:
    """planned, done (done or documented), documented: visits planned for a day in the period."""
    done = (VisitStatus.DONE.value, VisitStatus.DOCUMENTED.value)
    query = select(
        func.count(),
        func.count().filter(HomeVisitRow.status.in_(done)),
        func.count().filter(HomeVisitRow.status == VisitStatus.DOCUMENTED.value),
    ).where(
        HomeVisitRow.planned_on >= scope.first,
        HomeVisitRow.planned_on <= scope.last,
        done_here("home_visit", HomeVisitRow.id),
    )
    planned, done_count, documented = session.execute(
        scope.of_school(query, HomeVisitRow.pupil_id)
    ).one()
    return {"planned": planned, "done": done_count, "documented": documented}


def referrals_by_partner(session: Session, scope: Scope) -> dict[str, int]:
    """Referrals sent in the period, by the kind of partner (the service) they went to."""
    query = (
        select(PartnerRow.kind, func.count())
        .select_from(ReferralRow)
        .join(PartnerRow, PartnerRow.id == ReferralRow.partner_id)
        .where(
            ReferralRow.sent_on >= scope.first,
            ReferralRow.sent_on <= scope.last,
            done_here("referral", ReferralRow.id),
        )
        .group_by(PartnerRow.kind)
    )
    return _counts(session, scope.of_school(query, ReferralRow.pupil_id))


def follow_ups(session: Session, scope: Scope, today: date) -> dict[str, int]:
    """done: closed as done in the period (a recurring follow-up's single dates included);
    overdue: still open, due in the period before today."""
    done_single = scope.of_school(
        select(FollowUpRow.id).where(
            FollowUpRow.status == FollowUpStatus.DONE.value,
            FollowUpRow.closed_at >= scope.since,
            FollowUpRow.closed_at < scope.until,
            done_here("follow_up", FollowUpRow.id),
        ),
        FollowUpRow.pupil_id,
    )
    done_dates = scope.of_school(
        select(FollowUpOccurrenceRow.id)
        .select_from(FollowUpOccurrenceRow)
        .join(FollowUpRow, FollowUpRow.id == FollowUpOccurrenceRow.follow_up_id)
        .where(
            FollowUpOccurrenceRow.status == FollowUpStatus.DONE.value,
            FollowUpOccurrenceRow.closed_at >= scope.since,
            FollowUpOccurrenceRow.closed_at < scope.until,
            done_here("follow_up_occurrence", FollowUpOccurrenceRow.id),
        ),
        FollowUpRow.pupil_id,
    )
    both = union_all(done_single, done_dates).subquery()
    done = session.scalar(select(func.count()).select_from(both))
    overdue = session.scalar(
        scope.of_school(
            select(func.count())
            .select_from(FollowUpRow)
            .where(
                FollowUpRow.status == FollowUpStatus.OPEN.value,
                FollowUpRow.due_on >= scope.first,
                FollowUpRow.due_on <= min(scope.last, today - timedelta(days=1)),
            ),
            FollowUpRow.pupil_id,
        )
    )
    return {"done": int(done or 0), "overdue": int(overdue or 0)}


def consents(session: Session, scope: Scope) -> dict[str, int]:
    in_period = (ConsentRow.given_on >= scope.first) & (ConsentRow.given_on <= scope.last)
    withdrawn = (ConsentRow.withdrawn_on >= scope.first) & (ConsentRow.withdrawn_on <= scope.last)
    query = (
        select(func.count().filter(in_period), func.count().filter(withdrawn))
        .select_from(ConsentRow)
        .where(done_here("consent", ConsentRow.id))
    )
    recorded, withdrawn_count = session.execute(scope.of_school(query, ConsentRow.pupil_id)).one()
    return {"recorded": int(recorded), "withdrawn": int(withdrawn_count)}


def _counts(session: Session, query: Select) -> dict[str, int]:
    return {str(key): int(count) for key, count in session.execute(query)}
