"""Home-visit plans and templates in the vault; hands out plans and frozen records only."""

from __future__ import annotations

import functools
from datetime import date, datetime, time
from typing import NamedTuple

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from nurse_desk.domain.consent import ConsentPurpose, ConsentRecord
from nurse_desk.domain.home_visits import (
    Companion,
    CompanionRole,
    ItemKind,
    Notice,
    NoticeMethod,
    Observation,
    Safety,
    VisitInitiator,
    VisitNotFound,
    VisitPlan,
    VisitPurpose,
    VisitReason,
    VisitStatus,
    VisitTemplate,
)
from nurse_desk.storage import consents
from nurse_desk.storage.orm import ConsentRow, PupilRow, SchoolRow
from nurse_desk.storage.orm_visits import (
    HomeVisitCompanionRow,
    HomeVisitItemRow,
    HomeVisitRow,
    HomeVisitSiblingRow,
    HomeVisitTemplateRow,
)

_LOADED = (
    selectinload(HomeVisitRow.siblings),
    selectinload(HomeVisitRow.companions),
    selectinload(HomeVisitRow.items),
)


def get_row(session: Session, visit_id: int) -> HomeVisitRow:
    row = session.get(HomeVisitRow, visit_id, options=list(_LOADED))
    if row is None:
        raise VisitNotFound(visit_id)
    return row


def add(session: Session, plan: VisitPlan, *, status: VisitStatus, now: datetime) -> HomeVisitRow:
    row = HomeVisitRow(status=status.value, created_at=now, updated_at=now, summary="")
    copy_plan(row, plan)
    session.add(row)
    session.flush()
    return row


def rows_of_pupil(session: Session, pupil_id: int, status: VisitStatus) -> list[HomeVisitRow]:
    """The pupil's own visits in one status (not those where the pupil is a sibling)."""
    query = select(HomeVisitRow).where(
        HomeVisitRow.pupil_id == pupil_id, HomeVisitRow.status == status.value
    )
    return list(session.scalars(query))


def copy_plan(row: HomeVisitRow, plan: VisitPlan) -> None:
    row.pupil_id = plan.pupil_id
    row.planned_on, row.starts_at, row.minutes = plan.planned_on, plan.starts_at, plan.minutes
    row.reasons = _joined(plan.reasons)
    row.reason_text = plan.reason_text
    row.initiator, row.initiator_text = plan.initiator.value, plan.initiator_text
    row.purposes, row.purpose_text = _joined(plan.purposes), plan.purpose_text
    row.home_of, row.address, row.directions = plan.home_of, plan.address, plan.directions
    notice = plan.notice
    row.notice_given_on = notice.given_on
    row.notice_method = notice.method.value if notice.method else ""
    row.notice_to, row.notice_told = notice.to_whom, notice.told
    row.go_in_pairs = plan.safety.go_in_pairs
    row.call_whom, row.expected_back = plan.safety.call_whom, plan.safety.expected_back
    row.siblings = [HomeVisitSiblingRow(pupil_id=pid) for pid in sorted(set(plan.sibling_ids))]
    row.companions = [
        HomeVisitCompanionRow(
            position=position,
            role=c.role.value,
            name=c.name,
            organisation=c.organisation,
            phone=c.phone,
            confirmed=c.confirmed,
        )
        for position, c in enumerate(plan.companions)
    ]
    items = [
        (kind, text)
        for kind, texts in (
            (ItemKind.TOPIC, plan.topics),
            (ItemKind.QUESTION, plan.questions),
            (ItemKind.OBSERVATION, plan.observation_points),
        )
        for text in texts
    ]
    row.items = [
        HomeVisitItemRow(kind=kind.value, position=position, text=text, observed=False, note="")
        for position, (kind, text) in enumerate(items)
    ]


def children_on(row: HomeVisitRow) -> tuple[int, ...]:
    """The pupil the visit is planned for, then each brother or sister on the plan: whose
    logs a look at the plan, or at the home's address, belongs in."""
    return (row.pupil_id, *(sibling.pupil_id for sibling in row.siblings))


def plan_of(row: HomeVisitRow) -> VisitPlan:
    def texts(kind: ItemKind) -> tuple[str, ...]:
        return tuple(item.text for item in row.items if item.kind == kind.value)

    return VisitPlan(
        pupil_id=row.pupil_id,
        planned_on=row.planned_on,
        starts_at=row.starts_at,
        minutes=row.minutes,
        sibling_ids=tuple(s.pupil_id for s in row.siblings),
        reasons=frozenset(VisitReason(v) for v in _split(row.reasons)),
        reason_text=row.reason_text,
        initiator=VisitInitiator(row.initiator),
        initiator_text=row.initiator_text,
        purposes=frozenset(VisitPurpose(v) for v in _split(row.purposes)),
        purpose_text=row.purpose_text,
        home_of=row.home_of,
        address=row.address,
        directions=row.directions,
        notice=Notice(
            row.notice_given_on,
            NoticeMethod(row.notice_method) if row.notice_method else None,
            row.notice_to,
            row.notice_told,
        ),
        companions=tuple(
            Companion(CompanionRole(c.role), c.name, c.organisation, c.phone, c.confirmed)
            for c in row.companions
        ),
        topics=texts(ItemKind.TOPIC),
        questions=texts(ItemKind.QUESTION),
        observation_points=texts(ItemKind.OBSERVATION),
        safety=Safety(row.go_in_pairs, row.call_whom, row.expected_back),
    )


def observations_of(row: HomeVisitRow) -> tuple[Observation, ...]:
    """What was observed at each point, in the plan's order (the record export prints it)."""
    return tuple(
        Observation(item.text, item.observed, item.note)
        for item in row.items
        if item.kind == ItemKind.OBSERVATION.value
    )


def record_results(
    row: HomeVisitRow, observations: list[tuple[bool, str]], answers: list[str]
) -> None:
    """The documentation, point by point in the plan's order."""
    points = [i for i in row.items if i.kind == ItemKind.OBSERVATION.value]
    questions = [i for i in row.items if i.kind == ItemKind.QUESTION.value]
    for item, (observed, note) in zip(points, observations, strict=False):
        item.observed, item.note = observed, note
    for item, answer in zip(questions, answers, strict=False):
        item.note = answer


class VisitLine(NamedTuple):
    """One visit for a list, as the plain columns of _LINE_COLUMNS, read without the visit's
    items and made straight from the row (2,000 visits list quickly). The plan the readiness
    rule reads is built only when asked: documented and done visits never need it."""

    visit_id: int
    status_value: str
    pupil_id: int
    planned_on: date
    starts_at: time
    minutes: int
    purposes_value: str
    purpose_text: str
    notice_given_on: date | None
    notice_method: str | None
    notice_to: str
    given_name: str
    family_name: str
    birth_date: date
    address: str
    note_id: int | None

    @property
    def status(self) -> VisitStatus:
        return _STATUSES[self.status_value]

    @property
    def pupil_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def purposes(self) -> frozenset[VisitPurpose]:
        return _purposes(self.purposes_value)

    def readiness(self) -> VisitPlan:
        """What the readiness rule reads: purposes and notice."""
        method = _METHODS[self.notice_method] if self.notice_method else None
        return VisitPlan(
            pupil_id=self.pupil_id,
            planned_on=self.planned_on,
            starts_at=self.starts_at,
            minutes=self.minutes,
            purposes=self.purposes,
            purpose_text=self.purpose_text,
            notice=Notice(self.notice_given_on, method, self.notice_to),
        )


_LINE_COLUMNS = (
    HomeVisitRow.id,
    HomeVisitRow.status,
    HomeVisitRow.pupil_id,
    HomeVisitRow.planned_on,
    HomeVisitRow.starts_at,
    HomeVisitRow.minutes,
    HomeVisitRow.purposes,
    HomeVisitRow.purpose_text,
    HomeVisitRow.notice_given_on,
    HomeVisitRow.notice_method,
    HomeVisitRow.notice_to,
    PupilRow.given_name,
    PupilRow.family_name,
    PupilRow.birth_date,
    HomeVisitRow.address,
    HomeVisitRow.note_id,
)


def lines_between(
    session: Session,
    first: date | None = None,
    last: date | None = None,
    *,
    pupil_id: int | None = None,
    statuses: tuple[VisitStatus, ...] = (),
) -> list[VisitLine]:
    """Visits planned in [first, last] (in one of `statuses`, if given), soonest first; a
    pupil's own visits include those where the pupil comes along as a sibling."""
    query = (
        select(*_LINE_COLUMNS)
        .join(PupilRow, PupilRow.id == HomeVisitRow.pupil_id)
        .order_by(HomeVisitRow.planned_on, HomeVisitRow.starts_at, HomeVisitRow.id)
    )
    if first is not None:
        query = query.where(HomeVisitRow.planned_on >= first)
    if last is not None:
        query = query.where(HomeVisitRow.planned_on <= last)
    if statuses:
        query = query.where(HomeVisitRow.status.in_([status.value for status in statuses]))
    if pupil_id is not None:
        as_sibling = select(HomeVisitSiblingRow.visit_id).where(
            HomeVisitSiblingRow.pupil_id == pupil_id
        )
        query = query.where((HomeVisitRow.pupil_id == pupil_id) | HomeVisitRow.id.in_(as_sibling))
    # Core rows, not ORM loading: plain columns need none of its bookkeeping.
    return list(map(VisitLine._make, session.connection().execute(query).all()))


@functools.cache
def _purposes(text: str) -> frozenset[VisitPurpose]:
    """A stored list of purposes, parsed once per distinct list (2,000 visits share few)."""
    return frozenset(VisitPurpose(v) for v in _split(text))


_STATUSES = {status.value: status for status in VisitStatus}
_METHODS = {method.value: method for method in NoticeMethod}


def open_for_agenda(session: Session, last: date) -> list[tuple]:
    """Visits still to happen or to be marked done (draft or ready) planned up to `last`, with
    their pupil, in one query (the agenda reads them on every refresh):
    (visit id, pupil id, given name, family name, birth year, school, class, planned on, at).
    Dates and times come as their ISO text and are parsed here (hundreds of rows per refresh)."""
    query = (
        select(
            HomeVisitRow.id,
            HomeVisitRow.pupil_id,
            PupilRow.given_name,
            PupilRow.family_name,
            type_coerce(PupilRow.birth_date, String),
            SchoolRow.name,
            PupilRow.class_name,
            type_coerce(HomeVisitRow.planned_on, String),
            type_coerce(HomeVisitRow.starts_at, String),
        )
        .join(PupilRow, PupilRow.id == HomeVisitRow.pupil_id)
        .join(SchoolRow, SchoolRow.id == PupilRow.school_id)
        .where(
            HomeVisitRow.planned_on <= last,
            HomeVisitRow.status.in_([VisitStatus.DRAFT.value, VisitStatus.READY.value]),
        )
        .order_by(HomeVisitRow.planned_on, HomeVisitRow.starts_at, HomeVisitRow.id)
    )
    day, moment = date.fromisoformat, time.fromisoformat
    return [
        (visit, pupil, given, family, int(born[:4]), school, class_, day(on), moment(at))
        for visit, pupil, given, family, born, school, class_, on, at in session.connection()
        .execute(query)
        .all()
    ]


# Up to so many pupils their consents are asked for by id; for more, every home-visit consent
# is read and sorted out here: a list of thousands of ids costs more to build than to read all.
_CONSENTS_BY_ID_UP_TO = 50


def home_visit_consents(session: Session, pupil_ids: set[int]) -> dict[int, list[ConsentRecord]]:
    """Every pupil's home-visit consents in one query, for a list of visits."""
    found: dict[int, list[ConsentRecord]] = {pupil_id: [] for pupil_id in pupil_ids}
    where = ConsentRow.purpose == ConsentPurpose.HOME_VISIT.value
    if len(pupil_ids) <= _CONSENTS_BY_ID_UP_TO:
        where = where & ConsentRow.pupil_id.in_(pupil_ids)
    for consent in consents.plain_records(session, where):
        if consent.pupil_id in found:
            found[consent.pupil_id].append(consent)
    return found


def protected_homes(session: Session, visit_ids: set[int]) -> set[int]:
    """Of these visits, those to a home where a pupil with protected identity lives (the
    visited pupil or a brother or sister on the same visit). Read from the few protected
    pupils' side, with no list of visit ids in the query."""
    if not visit_ids:
        return set()
    own = select(HomeVisitRow.id).join(PupilRow, PupilRow.id == HomeVisitRow.pupil_id)
    sibling = select(HomeVisitSiblingRow.visit_id).join(
        PupilRow, PupilRow.id == HomeVisitSiblingRow.pupil_id
    )
    found: set[int] = set()
    for query in (own, sibling):
        found |= set(session.scalars(query.where(PupilRow.protected_identity.is_(True))))
    return found & visit_ids


def last_address(session: Session, pupil_ids: list[int], home_of: str) -> str:
    """The address last written for this guardian's home (guardians carry no address of
    their own), looking at the pupil's and the siblings' visits."""
    query = (
        select(HomeVisitRow.address)
        .where(
            HomeVisitRow.pupil_id.in_(pupil_ids),
            HomeVisitRow.home_of == home_of,
            HomeVisitRow.address != "",
        )
        .order_by(HomeVisitRow.updated_at.desc())
        .limit(1)
    )
    return session.scalar(query) or ""


# -- templates -------------------------------------------------------------------------------


def templates(session: Session) -> list[VisitTemplate]:
    rows = session.scalars(select(HomeVisitTemplateRow).order_by(HomeVisitTemplateRow.name))
    return [
        VisitTemplate(
            id=row.id,
            name=row.name,
            reasons=frozenset(VisitReason(v) for v in _split(row.reasons)),
            purposes=frozenset(VisitPurpose(v) for v in _split(row.purposes)),
            topics=_lines(row.topics),
            questions=_lines(row.questions),
            observation_points=_lines(row.observation_points),
        )
        for row in rows
    ]


def save_template(session: Session, template: VisitTemplate) -> int:
    """By name: saving under an existing name replaces that template."""
    row = session.scalar(
        select(HomeVisitTemplateRow).where(HomeVisitTemplateRow.name == template.name)
    )
    if row is None:
        row = HomeVisitTemplateRow(name=template.name)
        session.add(row)
    row.reasons, row.purposes = _joined(template.reasons), _joined(template.purposes)
    row.topics = _one_per_line(template.topics)
    row.questions = _one_per_line(template.questions)
    row.observation_points = _one_per_line(template.observation_points)
    session.flush()
    return row.id


def delete_template(session: Session, template_id: int) -> None:
    row = session.get(HomeVisitTemplateRow, template_id)
    if row is not None:
        session.delete(row)
        session.flush()


def _joined(values) -> str:
    return ",".join(sorted(value.value for value in values))


def _split(text: str) -> list[str]:
    return [value for value in text.split(",") if value]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.split("\n") if line.strip())


def _one_per_line(items: tuple[str, ...]) -> str:
    return "\n".join(" ".join(item.split()) for item in items)
