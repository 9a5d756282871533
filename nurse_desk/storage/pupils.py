"""Reading and writing schools and pupils; hands out frozen records only."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date

from sqlalchemy import ColumnElement, String, func, select, type_coerce
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from nurse_desk.domain.errors import DuplicateName
from nurse_desk.domain.households import phone_key
from nurse_desk.domain.records import GuardianRecord, NewPupil, PupilRecord, SchoolRecord
from nurse_desk.storage.orm import GuardianRow, PupilRow, SchoolRow


class PupilNotFound(LookupError):
    pass


def school_by_name(session: Session, name: str, municipality: str = "") -> SchoolRow:
    row = session.scalar(select(SchoolRow).where(SchoolRow.name == name))
    if row is None:
        row = SchoolRow(name=name, municipality=municipality)
        session.add(row)
        session.flush()
    return row


def add_pupils(session: Session, pupils: Iterable[NewPupil]) -> list[int]:
    schools: dict[str, SchoolRow] = {}
    rows = []
    for pupil in pupils:
        if pupil.school_name not in schools:
            schools[pupil.school_name] = school_by_name(session, pupil.school_name)
        row = PupilRow(school=schools[pupil.school_name], active=True)
        _copy(row, pupil)
        session.add(row)
        rows.append(row)
    session.flush()
    return [row.id for row in rows]


def update_pupil(session: Session, pupil_id: int, pupil: NewPupil) -> None:
    row = _get(session, pupil_id)
    row.school = school_by_name(session, pupil.school_name)
    _copy(row, pupil)
    session.flush()


def _copy(row: PupilRow, pupil: NewPupil) -> None:
    row.given_name = pupil.given_name
    row.family_name = pupil.family_name
    row.birth_date = pupil.birth_date
    row.national_id = pupil.national_id
    row.class_name = pupil.class_name
    row.language = pupil.language
    row.needs_interpreter = pupil.needs_interpreter
    row.notes = pupil.notes
    row.left_on = pupil.left_on
    row.guardians = [
        GuardianRow(
            name=g.name,
            relation=g.relation,
            phone=g.phone,
            parental_responsibility=g.parental_responsibility,
        )
        for g in pupil.guardians
    ]


def _get(session: Session, pupil_id: int) -> PupilRow:
    row = session.get(PupilRow, pupil_id, options=[selectinload(PupilRow.guardians)])
    if row is None:
        raise PupilNotFound(pupil_id)
    return row


def set_protected(session: Session, pupil_id: int, protected: bool) -> bool:
    """Marks or unmarks protected identity; True if that changed anything."""
    row = _get(session, pupil_id)
    if row.protected_identity == protected:
        return False
    row.protected_identity = protected
    session.flush()
    return True


def protected_ids(session: Session, among: Iterable[int] | None = None) -> set[int]:
    """The pupils with protected identity (of `among`, when given): one query."""
    query = select(PupilRow.id).where(PupilRow.protected_identity.is_(True))
    if among is not None:
        query = query.where(PupilRow.id.in_(set(among)))
    return set(session.scalars(query))


def protected_phones(session: Session) -> set[str]:
    """The phone keys (domain.households.phone_key) of protected pupils' guardians. The phone
    is how the app knows a household: a brother or sister with a guardian of the same number
    lives with a protected child, and that number is the protected child's family's too."""
    phones = session.scalars(
        select(GuardianRow.phone)
        .join(PupilRow, PupilRow.id == GuardianRow.pupil_id)
        .where(PupilRow.protected_identity.is_(True))
    )
    return {key for phone in phones if (key := phone_key(phone))}


def get_pupil(session: Session, pupil_id: int) -> PupilRecord:
    row = _get(session, pupil_id)
    return _record(row, row.school.name, with_guardians=True)


def pupil_with_national_id(session: Session, national_id: str) -> PupilRecord | None:
    row = session.scalar(select(PupilRow).where(PupilRow.national_id == national_id))
    return None if row is None else _record(row, row.school.name)


def all_pupils(
    session: Session, guardians: Mapping[int, tuple[GuardianRecord, ...]] | None = None
) -> list[PupilRecord]:
    """The list view's rows: plain columns (no ORM objects), one query; at 3,000 pupils this
    halves the time of loading whole rows. Read through the session's connection (no ORM
    result layer), dates as ISO text parsed here. Guardians only as given, by pupil id (read
    by the caller; none by default)."""
    return _plain_records(session, None, guardians or {})


def plain_pupil(session: Session, pupil_id: int) -> PupilRecord:
    """One pupil as all_pupils reads them, without guardians: one query where get_pupil's
    ORM read takes three (the pupil, its guardians, its school)."""
    found = _plain_records(session, PupilRow.id == pupil_id, {})
    if not found:
        raise PupilNotFound(pupil_id)
    return found[0]


def plain_pupils_with_guardians(session: Session, where: ColumnElement[bool]) -> list[PupilRecord]:
    """The pupils `where` selects, as all_pupils reads them, with their guardians: two
    queries, the guardians only of the pupils found."""
    rows = session.connection().execute(_plain_query(where)).all()
    return _plain_from_rows(rows, guardians_of(session, [row[0] for row in rows]))


def pupils_with_guardians(session: Session, pupil_ids: Iterable[int]) -> list[PupilRecord]:
    """These pupils with their guardians, as plain_pupils_with_guardians reads them: two
    queries however many (the ids as one JSON array parameter)."""
    return plain_pupils_with_guardians(
        session, PupilRow.id.in_(select(json_values(sorted(set(pupil_ids)))))
    )


def guardians_of(
    session: Session, pupil_ids: Iterable[int]
) -> dict[int, tuple[GuardianRecord, ...]]:
    """The guardians of the pupils, by pupil id, in the order they were added. The ids go as one
    JSON array (one parameter however many pupils: SQLite limits the number of parameters)."""
    wanted = select(json_values(sorted(set(pupil_ids))))
    query = (
        select(
            GuardianRow.pupil_id,
            GuardianRow.name,
            GuardianRow.relation,
            GuardianRow.phone,
            GuardianRow.parental_responsibility,
        )
        .where(GuardianRow.pupil_id.in_(wanted))
        .order_by(GuardianRow.id)
    )
    found: dict[int, list[GuardianRecord]] = {}
    for pupil_id, name, relation, phone, responsible in session.connection().execute(query).all():
        found.setdefault(pupil_id, []).append(GuardianRecord(name, relation, phone, responsible))
    return {pupil_id: tuple(guardians) for pupil_id, guardians in found.items()}


def json_values(values: Iterable[str | int]) -> ColumnElement:
    """The values as one JSON array parameter, for `column.in_(select(json_values(...)))`."""
    return func.json_each(json.dumps(list(values))).table_valued("value").c.value


def _plain_records(
    session: Session,
    where: ColumnElement[bool] | None,
    guardians: Mapping[int, tuple[GuardianRecord, ...]],
) -> list[PupilRecord]:
    rows = session.connection().execute(_plain_query(where)).all()
    return _plain_from_rows(rows, guardians)


def _plain_query(where: ColumnElement[bool] | None):
    query = (
        select(
            PupilRow.id,
            PupilRow.given_name,
            PupilRow.family_name,
            type_coerce(PupilRow.birth_date, String),
            PupilRow.national_id,
            SchoolRow.name,
            PupilRow.class_name,
            PupilRow.active,
            PupilRow.language,
            PupilRow.needs_interpreter,
            PupilRow.protected_identity,
            PupilRow.notes,
            type_coerce(PupilRow.left_on, String),
        )
        .join(SchoolRow, PupilRow.school_id == SchoolRow.id)
        .order_by(PupilRow.family_name, PupilRow.given_name)
    )
    return query if where is None else query.where(where)


def _plain_from_rows(
    rows: Iterable, guardians: Mapping[int, tuple[GuardianRecord, ...]]
) -> list[PupilRecord]:
    day = date.fromisoformat
    return [
        PupilRecord(  # positional, in the record's order: the quickest way to build 3,000
            pid,
            given,
            family,
            day(born),
            nid,
            school,
            klass,
            active and left_on is None,
            language,
            interpreter,
            protected,
            notes,
            day(left_on) if left_on else None,
            guardians.get(pid, ()),
        )
        for (
            pid,
            given,
            family,
            born,
            nid,
            school,
            klass,
            active,
            language,
            interpreter,
            protected,
            notes,
            left_on,
        ) in rows
    ]


def _record(row: PupilRow, school_name: str, *, with_guardians: bool = False) -> PupilRecord:
    guardians = (
        tuple(
            GuardianRecord(g.name, g.relation, g.phone, g.parental_responsibility)
            for g in row.guardians
        )
        if with_guardians
        else ()
    )
    return PupilRecord(
        id=row.id,
        given_name=row.given_name,
        family_name=row.family_name,
        birth_date=row.birth_date,
        national_id=row.national_id,
        school_name=school_name,
        class_name=row.class_name,
        active=row.left_on is None and row.active,
        language=row.language,
        needs_interpreter=row.needs_interpreter,
        protected_identity=row.protected_identity,
        notes=row.notes,
        left_on=row.left_on,
        guardians=guardians,
    )


def save_school(session: Session, school: SchoolRecord) -> int:
    """id 0 adds a school; otherwise the school's name, municipality and year start change."""
    row = SchoolRow() if school.id == 0 else session.get(SchoolRow, school.id)
    if row is None:
        raise LookupError(school.id)
    row.name, row.municipality = school.name, school.municipality
    row.school_year_start = school.school_year_start
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        raise DuplicateName(school.name) from None
    return row.id


def all_schools(session: Session) -> list[SchoolRecord]:
    rows = session.scalars(select(SchoolRow).order_by(SchoolRow.name))
    return [SchoolRecord(row.id, row.name, row.municipality, row.school_year_start) for row in rows]


def names(session: Session) -> list[tuple[int, str, str]]:
    """(id, family name, given name) of every pupil, by name: a list to choose a pupil from
    needs no more than that (3,000 whole records took most of the access log's opening)."""
    query = select(PupilRow.id, PupilRow.family_name, PupilRow.given_name).order_by(
        PupilRow.family_name, PupilRow.given_name
    )
    return [
        (pid, family, given) for pid, family, given in session.connection().execute(query).all()
    ]
