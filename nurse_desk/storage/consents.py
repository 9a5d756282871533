"""Consents of a pupil: recorded, withdrawn, listed. Never deleted: a withdrawal is a date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.storage.orm import ConsentRow


def add(session: Session, consent: ConsentRecord) -> ConsentRecord:
    row = ConsentRow(
        pupil_id=consent.pupil_id,
        given_by=consent.given_by.value,
        guardian_name=consent.guardian_name,
        purpose=consent.purpose.value,
        partner=consent.partner,
        method=consent.method.value,
        given_on=consent.given_on,
        valid_until=consent.valid_until,
        withdrawn_on=consent.withdrawn_on,
        note=consent.note,
        pupil_mature=consent.pupil_mature,
    )
    session.add(row)
    session.flush()
    return record(row)


def get(session: Session, consent_id: int) -> ConsentRecord:
    row = session.get(ConsentRow, consent_id)
    if row is None:
        raise LookupError(consent_id)
    return record(row)


def withdraw(session: Session, consent_id: int, on: date) -> ConsentRecord:
    row = session.get(ConsentRow, consent_id)
    if row is None:
        raise LookupError(consent_id)
    row.withdrawn_on = on
    session.flush()
    return record(row)


def of_pupil(session: Session, pupil_id: int) -> list[ConsentRecord]:
    return plain_records(
        session,
        ConsentRow.pupil_id == pupil_id,
        order_by=(ConsentRow.given_on.desc(), ConsentRow.id.desc()),
    )


_COLUMNS = (
    ConsentRow.id,
    ConsentRow.pupil_id,
    ConsentRow.given_by,
    ConsentRow.guardian_name,
    ConsentRow.purpose,
    ConsentRow.partner,
    ConsentRow.method,
    ConsentRow.given_on,
    ConsentRow.valid_until,
    ConsentRow.withdrawn_on,
    ConsentRow.note,
    ConsentRow.pupil_mature,
)
_GIVERS = {giver.value: giver for giver in ConsentGiver}
_PURPOSES = {purpose.value: purpose for purpose in ConsentPurpose}
_METHODS = {method.value: method for method in ConsentMethod}


def plain_records(
    session: Session, where: ColumnElement[bool], *, order_by: Sequence[ColumnElement] = ()
) -> list[ConsentRecord]:
    """The consents `where` selects, read as plain columns: a list of home visits reads a few
    hundred per refresh, and ORM objects tripled the time of the read."""
    query = select(*_COLUMNS).where(where).order_by(*order_by)
    return [_consent(values) for values in session.connection().execute(query).all()]


def record(row: ConsentRow) -> ConsentRecord:
    return _consent([getattr(row, column.key) for column in _COLUMNS])


def _consent(values: Sequence) -> ConsentRecord:
    """The one mapping of a consent's stored columns (_COLUMNS, in its order) to its record,
    whether they come from a row or from a plain read."""
    (id_, pupil_id, given_by, guardian, purpose, partner, method, given_on, valid_until,
     withdrawn_on, note, mature) = values  # fmt: skip
    return ConsentRecord(
        id_, pupil_id, _GIVERS[given_by], guardian, _PURPOSES[purpose], partner, _METHODS[method],
        given_on, valid_until, withdrawn_on, note, mature,
    )  # fmt: skip
