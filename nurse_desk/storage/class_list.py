"""Writing a class-list import and a new school year inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from nurse_desk.domain.class_list import ImportedPupil
from nurse_desk.domain.class_list_plan import (
    ClassListPlan,
    PlanKind,
    PupilsToCompare,
    merged_guardians,
)
from nurse_desk.domain.records import GuardianRecord, PupilRecord
from nurse_desk.domain.school_year import ClassMove, MoveKind
from nurse_desk.storage.orm import GuardianRow, PupilRow, SchoolRow
from nurse_desk.storage.pupils import (
    all_schools,
    json_values,
    plain_pupils_with_guardians,
)


def pupils_to_compare(session: Session, wanted: PupilsToCompare) -> list[PupilRecord]:
    """The pupils `wanted` names, with guardians, in two queries and one pass over the pupils
    (no index on birth dates: the national IDs and schools are found in the same pass)."""
    schools = (
        [school.id for school in all_schools(session) if school.name.casefold() in wanted.schools]
        if wanted.schools  # a full school's list only
        else []
    )
    where = or_(
        PupilRow.national_id.in_(select(json_values(sorted(wanted.national_ids)))),
        type_coerce(PupilRow.birth_date, String).in_(
            select(json_values(sorted(day.isoformat() for day in wanted.birth_dates)))
        ),
        and_(PupilRow.school_id.in_(schools), PupilRow.active, PupilRow.left_on.is_(None)),
    )
    return plain_pupils_with_guardians(session, where)


def apply_plan(
    session: Session, plan: ClassListPlan, *, leaving: Iterable[int], today: date
) -> None:
    """Adds the new pupils, updates the changed ones, and marks `leaving` (ids of missing
    pupils the nurse chose) as left school today: archived, never deleted."""
    schools = _Schools(session)
    changed = {p.existing.id: p.imported for p in plan.of_kind(PlanKind.CHANGED) if p.existing}
    rows = _rows(session, list(changed))
    for pupil_id, imported in changed.items():
        assert imported is not None
        _update(rows[pupil_id], imported, schools)
    for planned in plan.of_kind(PlanKind.NEW):
        assert planned.imported is not None
        session.add(_new_row(planned.imported, schools))
    missing = {p.existing.id for p in plan.of_kind(PlanKind.MISSING) if p.existing}
    for row in _rows(session, [pid for pid in leaving if pid in missing]).values():
        row.active, row.left_on = False, today
    session.flush()


def apply_school_year(
    session: Session, moves: Sequence[ClassMove], *, archive_leavers: bool, today: date
) -> None:
    rows = _rows(session, [move.pupil_id for move in moves], with_guardians=False)
    for move in moves:
        row = rows[move.pupil_id]
        if move.kind is MoveKind.MOVES_UP:
            row.class_name = move.after
        elif move.kind is MoveKind.LEAVES and archive_leavers:
            row.active, row.left_on = False, today
    session.flush()


class _Schools:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._rows = {row.name.casefold(): row for row in session.scalars(select(SchoolRow))}

    def get(self, name: str) -> SchoolRow:
        row = self._rows.get(name.casefold())
        if row is None:
            row = self._rows[name.casefold()] = SchoolRow(name=name, municipality="")
            self._session.add(row)
        return row


def _rows(
    session: Session, ids: Sequence[int], *, with_guardians: bool = True
) -> dict[int, PupilRow]:
    query = select(PupilRow).where(PupilRow.id.in_(ids))
    if with_guardians:
        query = query.options(selectinload(PupilRow.guardians))
    return {row.id: row for row in session.scalars(query)}


def _new_row(pupil: ImportedPupil, schools: _Schools) -> PupilRow:
    return PupilRow(
        given_name=pupil.given_name,
        family_name=pupil.family_name,
        birth_date=pupil.birth_date,
        national_id=pupil.national_id,
        school=schools.get(pupil.school_name),
        class_name=pupil.class_name,
        active=True,
        protected_identity=pupil.protected_identity,
        guardians=[_guardian_row(g) for g in pupil.guardians],
    )


def _update(row: PupilRow, pupil: ImportedPupil, schools: _Schools) -> None:
    row.given_name, row.family_name = pupil.given_name, pupil.family_name
    row.national_id = pupil.national_id or row.national_id
    row.school = schools.get(pupil.school_name)
    row.class_name = pupil.class_name
    row.protected_identity = row.protected_identity or pupil.protected_identity
    row.active, row.left_on = True, None
    if pupil.guardians:
        before = [
            GuardianRecord(g.name, g.relation, g.phone, g.parental_responsibility)
            for g in row.guardians
        ]
        row.guardians = [_guardian_row(g) for g in merged_guardians(before, pupil.guardians)]


def _guardian_row(guardian: GuardianRecord) -> GuardianRow:
    return GuardianRow(
        name=guardian.name,
        relation=guardian.relation,
        phone=guardian.phone,
        parental_responsibility=guardian.parental_responsibility,
    )
