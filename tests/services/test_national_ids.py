from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain.national_id import IdKind, InvalidNationalId, parse_national_id
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import pupils


def test_valid_fodselsnummer_gives_its_birth_date():
    parsed = parse_national_id("151086 95088", "no")
    assert parsed == parsed.__class__("15108695088", IdKind.FODSELSNUMMER, date(1986, 10, 15))


def test_wrong_check_digit_is_named_as_such():
    with pytest.raises(InvalidNationalId) as caught:
        parse_national_id("15108695089", "no")
    assert caught.value.reason == "checksum"


def test_d_number_is_recognised():
    parsed = parse_national_id("41018036736", "no")
    assert parsed.kind is IdKind.D_NUMBER
    assert parsed.birth_date == date(1980, 1, 1)


def test_swedish_personnummer_is_stored_with_century():
    parsed = parse_national_id("880320-0016", "se")
    assert parsed.number == "198803200016"
    assert parsed.kind is IdKind.PERSONNUMMER


def test_swedish_samordningsnummer_shifts_the_day_back():
    parsed = parse_national_id("880380-0112", "se")
    assert parsed.kind is IdKind.SAMORDNINGSNUMMER
    assert parsed.birth_date == date(1988, 3, 20)
    with pytest.raises(InvalidNationalId):
        parse_national_id("880380-0113", "se")


def test_too_short_is_a_format_problem():
    with pytest.raises(InvalidNationalId) as caught:
        parse_national_id("1234", "no")
    assert caught.value.reason == "format"


@given(st.text(max_size=30))
def test_any_text_is_either_accepted_or_refused_with_a_reason(text):
    for country in ("no", "se"):
        try:
            parse_national_id(text, country)
        except InvalidNationalId as refused:
            assert refused.reason in {"format", "checksum", "date", "digits"}


def test_adding_a_pupil_with_a_wrong_id_writes_nothing(vault):
    before = len(pupils.list_pupils(vault))
    with pytest.raises(InvalidNationalId):
        pupils.add_pupil(
            vault,
            NewPupil(
                "Ida", "Lie", date(1986, 10, 15), "Granly skole", "1A", national_id="15108695089"
            ),
        )
    assert len(pupils.list_pupils(vault)) == before


def test_a_pupil_who_left_is_archived_not_deleted(vault, pupil_id):
    from dataclasses import replace

    from nurse_desk.services.access import open_pupil_page

    page = open_pupil_page(vault, pupil_id)
    pupil = page.pupil
    changed = NewPupil(
        pupil.given_name,
        pupil.family_name,
        pupil.birth_date,
        pupil.school_name,
        pupil.class_name,
        guardians=pupil.guardians,
    )
    pupils.update_pupil(vault, pupil_id, replace(changed, left_on=date(2026, 6, 20)))
    (record,) = [p for p in pupils.list_pupils(vault) if p.id == pupil_id]
    assert not record.active and record.left_on == date(2026, 6, 20)


def test_schools_are_added_renamed_and_kept_unique(vault, pupil_id):
    from nurse_desk.domain.errors import DuplicateName
    from nurse_desk.domain.records import SchoolRecord

    (granly,) = pupils.list_schools(vault)
    pupils.save_school(vault, SchoolRecord(granly.id, "Granly skole", "Bærum", date(2026, 8, 17)))
    new_id = pupils.save_school(vault, SchoolRecord(0, "Solbakken skole", "Bærum", None))
    assert {s.name: s.municipality for s in pupils.list_schools(vault)} == {
        "Granly skole": "Bærum",
        "Solbakken skole": "Bærum",
    }
    with pytest.raises(DuplicateName):
        pupils.save_school(vault, SchoolRecord(new_id, "Granly skole", "", None))
    assert {s.name for s in pupils.list_schools(vault)} == {"Granly skole", "Solbakken skole"}
