"""Reading and writing schools and pupils; hands out frozen records only."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.domain.records import NewPupil, PupilRecord, SchoolRecord
from nurse_desk.storage.orm import PupilRow, SchoolRow


def school_by_name(session: Session, name: str, municipality: str = "") -> SchoolRow:
    row = session.scalar(select(SchoolRow).where(SchoolRow.name == name))
    if row is None:
        row = SchoolRow(name=name, municipality=municipality)
        session.add(row)
        session.flush()
    return row


def add_pupils(session: Session, pupils: Iterable[NewPupil]) -> int:
    schools: dict[str, SchoolRow] = {}
    count = 0
    for pupil in pupils:
        if pupil.school_name not in schools:
            schools[pupil.school_name] = school_by_name(session, pupil.school_name)
        session.add(
            PupilRow(
                given_name=pupil.given_name,
                family_name=pupil.family_name,
                birth_date=pupil.birth_date,
                national_id=pupil.national_id,
                school=schools[pupil.school_name],
                class_name=pupil.class_name,
                active=True,
            )
        )
        count += 1
    return count


def all_pupils(session: Session) -> list[PupilRecord]:
    rows = session.execute(
        select(PupilRow, SchoolRow.name)
        .join(SchoolRow, PupilRow.school_id == SchoolRow.id)
        .order_by(PupilRow.family_name, PupilRow.given_name)
    )
    return [
        PupilRecord(
            id=pupil.id,
            given_name=pupil.given_name,
            family_name=pupil.family_name,
            birth_date=pupil.birth_date,
            national_id=pupil.national_id,
            school_name=school_name,
            class_name=pupil.class_name,
            active=pupil.active,
        )
        for pupil, school_name in rows
    ]


def all_schools(session: Session) -> list[SchoolRecord]:
    rows = session.scalars(select(SchoolRow).order_by(SchoolRow.name))
    return [SchoolRecord(row.id, row.name, row.municipality) for row in rows]
