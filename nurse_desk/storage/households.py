"""What the household rule (domain/households.py) reads: guardians' names and phones, and the
addresses of earlier home visits, as plain columns."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.domain.households import GuardianLine
from nurse_desk.storage.orm import GuardianRow
from nurse_desk.storage.orm_visits import HomeVisitRow, HomeVisitSiblingRow


def guardian_lines(session: Session) -> list[GuardianLine]:
    """Every guardian of every pupil: a phone number cannot be matched in SQL (it is written
    in many ways), and a school's guardians are a few thousand short rows."""
    query = select(GuardianRow.pupil_id, GuardianRow.name, GuardianRow.phone)
    return [GuardianLine(*values) for values in session.connection().execute(query).all()]


def visited_addresses(session: Session) -> list[tuple[int, str]]:
    """(pupil id, address) of every home visit with an address, for the pupil visited and for
    each sibling seen on the same visit."""
    own = select(HomeVisitRow.pupil_id, HomeVisitRow.address).where(HomeVisitRow.address != "")
    siblings = (
        select(HomeVisitSiblingRow.pupil_id, HomeVisitRow.address)
        .join(HomeVisitRow, HomeVisitRow.id == HomeVisitSiblingRow.visit_id)
        .where(HomeVisitRow.address != "")
    )
    connection = session.connection()
    return [tuple(row) for query in (own, siblings) for row in connection.execute(query).all()]
