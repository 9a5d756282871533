"""Pupils: the list, adding and editing with national-ID checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from nurse_desk.domain.journal import MissingReason
from nurse_desk.domain.national_id import NationalIdInUse, parse_national_id
from nurse_desk.domain.phone_numbers import check_phone
from nurse_desk.domain.records import NewPupil, PupilRecord, SchoolRecord, check_birth_date
from nurse_desk.domain.school_days import school_year_start
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.vault import Vault


def list_pupils(vault: Vault) -> list[PupilRecord]:
    """Every pupil with the school's name, sorted by family name."""
    with unit_of_work(vault) as work:
        return pupil_store.all_pupils(work.session)


def pupil_names(vault: Vault) -> list[tuple[int, str]]:
    """Every pupil's id and "Family, Given", sorted by family name."""
    with unit_of_work(vault) as work:
        found = pupil_store.names(work.session)
    return [(pid, f"{family}, {given}") for pid, family, given in found]


def list_schools(vault: Vault) -> list[SchoolRecord]:
    with unit_of_work(vault) as work:
        return pupil_store.all_schools(work.session)


def usual_school_year_start(vault: Vault, today: date) -> date:
    """The start of the school year `today` is in, for a school with no start of its own:
    the vault's country's usual day."""
    with unit_of_work(vault) as work:
        return school_year_start(today, None, work.country)


def save_school(vault: Vault, school: SchoolRecord) -> int:
    """Add (id 0) or change a school; names must be unique and not empty."""
    if not school.name.strip():
        raise MissingReason()
    with unit_of_work(vault) as work:
        return pupil_store.save_school(work.session, replace(school, name=school.name.strip()))


def _checked(country: str, pupil: NewPupil, known_phones: frozenset[str] = frozenset()) -> NewPupil:
    """Normalises the national ID (InvalidNationalId says why it is wrong); a birth date no
    pupil can have is BirthDateOutOfRange; a guardian's phone that cannot be one is
    InvalidPhone, unless it is one of `known_phones` (the pupil's numbers as stored)."""
    check_birth_date(pupil.birth_date, date.today())
    for guardian in pupil.guardians:
        check_phone(guardian.phone, known=known_phones)
    if not pupil.national_id or not pupil.national_id.strip():
        return replace(pupil, national_id=None)
    parsed = parse_national_id(pupil.national_id, country)
    return replace(pupil, national_id=parsed.number)


def add_pupil(vault: Vault, pupil: NewPupil) -> int:
    """NationalIdInUse when another pupil has the ID, BirthDateOutOfRange for a birth date
    no pupil can have, InvalidPhone for a guardian phone that is no number (nothing is
    written)."""
    with unit_of_work(vault) as work:
        pupil = _checked(work.country, pupil)
        _refuse_a_taken_id(work.session, pupil, pupil_id=None)
        return pupil_store.add_pupils(work.session, [pupil])[0]


def update_pupil(vault: Vault, pupil_id: int, pupil: NewPupil) -> None:
    """NationalIdInUse when another pupil has the ID, BirthDateOutOfRange for a birth date
    no pupil can have, InvalidPhone for a new guardian phone that is no number (nothing is
    written); a number stored before stays as it was."""
    with unit_of_work(vault) as work:
        stored = pupil_store.guardians_of(work.session, [pupil_id]).get(pupil_id, ())
        pupil = _checked(work.country, pupil, frozenset(g.phone for g in stored))
        _refuse_a_taken_id(work.session, pupil, pupil_id=pupil_id)
        pupil_store.update_pupil(work.session, pupil_id, pupil)


def _refuse_a_taken_id(session, pupil: NewPupil, *, pupil_id: int | None) -> None:
    """Asked in the writing transaction, so the database's unique rule is never what says no."""
    if not pupil.national_id:
        return
    holder = pupil_store.pupil_with_national_id(session, pupil.national_id)
    if holder is not None and holder.id != pupil_id:
        raise NationalIdInUse(holder)
