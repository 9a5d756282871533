"""Class-list rows to pupils, the plan against the vault, and moving classes up a grade."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from class_list_fixtures import class_list_text, made_up_pupils, with_changes

from nurse_desk.domain.class_list import (
    ClassListField,
    ClassListLine,
    LineProblem,
    is_protected_marker,
    read_class_list,
    split_full_name,
)
from nurse_desk.domain.class_list_plan import ChangedField, PlanKind, plan_class_list
from nurse_desk.domain.records import GuardianRecord, PupilRecord
from nurse_desk.domain.school_year import MoveKind, next_class_name, plan_new_school_year

F = ClassListField
HEADERS = {
    "Fødselsnummer": F.NATIONAL_ID,
    "Fornavn": F.GIVEN_NAME,
    "Etternavn": F.FAMILY_NAME,
    "Fødselsdato": F.BIRTH_DATE,
    "Skole": F.SCHOOL,
    "Klasse": F.CLASS_NAME,
    "Foresatt 1": F.GUARDIAN_NAME,
    "Relasjon 1": F.GUARDIAN_RELATION,
    "Telefon 1": F.GUARDIAN_PHONE,
    "Foresatt 2": F.GUARDIAN2_NAME,
    "Relasjon 2": F.GUARDIAN2_RELATION,
    "Telefon 2": F.GUARDIAN2_PHONE,
    "Foresatt": F.GUARDIAN_NAME,
    "Relasjon": F.GUARDIAN_RELATION,
    "Telefon": F.GUARDIAN_PHONE,
    "Skjermet": F.PROTECTED,
}


def norwegian_date(text: str) -> date:
    return datetime.strptime(text, "%d.%m.%Y").date()


def lines_of(text: str) -> list[ClassListLine]:
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = [HEADERS[name] for name in rows[0]]
    return [
        ClassListLine(number, dict(zip(header, row, strict=True)))
        for number, row in enumerate(rows[1:], start=2)
    ]


def read(text: str, **options):
    return read_class_list(lines_of(text), country="no", parse_date=norwegian_date, **options)


def as_record(pupil, pupil_id: int, **changes) -> PupilRecord:
    values = dict(
        id=pupil_id,
        given_name=pupil.given,
        family_name=pupil.family,
        birth_date=pupil.born,
        national_id=pupil.national_id,
        school_name=pupil.school,
        class_name=pupil.klass,
        active=True,
        protected_identity=pupil.protected,
        guardians=tuple(GuardianRecord(g.name, g.relation, g.phone) for g in pupil.guardians),
    )
    values.update(changes)
    return PupilRecord(**values)


@pytest.mark.parametrize("per_guardian", [False, True])
def test_both_row_shapes_give_the_same_pupils(per_guardian):
    pupils = made_up_pupils(12)
    reading = read(class_list_text(pupils, per_guardian=per_guardian))
    assert reading.errors == []
    assert [p.national_id for p in reading.pupils] == [p.national_id for p in pupils]
    first = reading.pupils[0]
    assert [g.name for g in first.guardians] == [g.name for g in pupils[0].guardians]
    assert first.guardians[0].phone == pupils[0].guardians[0].phone


def test_pair_rows_are_grouped_and_report_the_first_line():
    reading = read(class_list_text(made_up_pupils(3), per_guardian=True))
    assert [p.line for p in reading.pupils] == [2, 4, 6]


def test_bad_id_is_reported_on_its_own_line():
    pupils = made_up_pupils(20)
    broken = pupils[15].national_id[:-1] + str((int(pupils[15].national_id[-1]) + 1) % 10)
    pupils[15] = with_changes(pupils[15], national_id=broken)
    reading = read(class_list_text(pupils))
    assert [(e.line, e.problem, e.detail) for e in reading.errors] == [
        (17, LineProblem.BAD_NATIONAL_ID, "checksum")
    ]
    assert len(reading.pupils) == 19


def test_birth_date_that_contradicts_the_id_is_refused():
    pupils = made_up_pupils(1)
    text = class_list_text(pupils).replace(f"{pupils[0].born:%d.%m.%Y}", "01.01.2001")
    assert read(text).errors[0].problem is LineProblem.BIRTH_DATE_NOT_ID


def test_without_id_the_birth_date_is_needed_and_a_bad_date_is_named():
    pupils = [with_changes(p, national_id="") for p in made_up_pupils(2)]
    text = class_list_text(pupils).replace(f"{pupils[1].born:%d.%m.%Y}", "31.02.2014")
    reading = read(text)
    assert reading.pupils[0].national_id is None
    assert (reading.errors[0].line, reading.errors[0].problem) == (3, LineProblem.BAD_BIRTH_DATE)


def test_school_comes_from_the_option_when_the_file_has_none():
    lines = [ClassListLine(2, {F.FULL_NAME: "Aasen, Emil", F.BIRTH_DATE: "15.10.2012"})]
    reading = read_class_list(lines, country="no", parse_date=norwegian_date, school_name="Bø")
    assert reading.pupils[0].school_name == "Bø"
    assert (reading.pupils[0].given_name, reading.pupils[0].family_name) == ("Emil", "Aasen")
    missing = read_class_list(lines, country="no", parse_date=norwegian_date)
    assert missing.errors[0].problem is LineProblem.MISSING_SCHOOL


def test_rows_of_one_id_that_disagree_are_refused():
    pupils = made_up_pupils(1)
    text = class_list_text([*pupils, with_changes(pupils[0], klass="9C")])
    reading = read(text)
    assert (reading.errors[0].line, reading.errors[0].problem) == (3, LineProblem.CONFLICTING_ROWS)
    assert reading.errors[0].detail == "2"


@pytest.mark.parametrize("text", ["Ja", "X", "Kode 6", "Skyddad", "strengt fortrolig", "1"])
def test_protected_markers(text):
    assert is_protected_marker(text)


@pytest.mark.parametrize("text", ["", " ", "Nei", "nej", "0", "false"])
def test_not_protected_markers(text):
    assert not is_protected_marker(text)


def test_full_name_forms():
    assert split_full_name("Hansen, Ola  Nordmann") == ("Ola Nordmann", "Hansen")
    assert split_full_name("Ola Nordmann Hansen") == ("Ola Nordmann", "Hansen")


def test_plan_sorts_new_changed_unchanged_and_says_what_changes():
    pupils = made_up_pupils(4)
    existing = [as_record(pupils[0], 1), as_record(pupils[1], 2, class_name="7A")]
    existing.append(as_record(pupils[2], 3, guardians=existing[0].guardians[:0]))
    plan = plan_class_list(read(class_list_text(pupils)).pupils, existing, full_school=False)
    assert [p.kind for p in plan.pupils] == [
        PlanKind.UNCHANGED,
        PlanKind.CHANGED,
        PlanKind.CHANGED,
        PlanKind.NEW,
    ]
    assert [(c.field, c.before, c.after) for c in plan.pupils[1].changes] == [
        (ChangedField.CLASS_NAME, "7A", pupils[1].klass)
    ]
    assert plan.pupils[2].changes[0].field is ChangedField.GUARDIANS


def test_pupil_without_id_in_the_vault_is_matched_by_name_and_birth_date():
    pupils = made_up_pupils(1)
    existing = [as_record(pupils[0], 7, national_id=None, given_name=pupils[0].given.upper())]
    plan = plan_class_list(read(class_list_text(pupils)).pupils, existing, full_school=False)
    assert plan.pupils[0].existing.id == 7
    assert {c.field for c in plan.pupils[0].changes} == {
        ChangedField.NAME,
        ChangedField.NATIONAL_ID,
    }


def test_same_name_and_birthday_with_another_id_is_another_child():
    pupils = made_up_pupils(1)
    existing = [as_record(pupils[0], 7, national_id="01010100000")]
    plan = plan_class_list(read(class_list_text(pupils)).pupils, existing, full_school=False)
    assert plan.pupils[0].kind is PlanKind.NEW


def test_full_school_list_offers_missing_pupils_of_listed_schools_only():
    pupils = made_up_pupils(3)
    gone = as_record(pupils[2], 3)
    elsewhere = as_record(made_up_pupils(1, school="Bø skole", seed=9)[0], 4)
    existing = [as_record(pupils[0], 1), gone, elsewhere]
    reading = read(class_list_text(pupils[:2]))
    plan = plan_class_list(reading.pupils, existing, full_school=True)
    assert [p.existing.id for p in plan.of_kind(PlanKind.MISSING)] == [3]
    assert plan_class_list(reading.pupils, existing, full_school=False).count(PlanKind.MISSING) == 0


def test_protection_is_added_never_lifted_by_a_list():
    pupils = made_up_pupils(3)[1:]
    protected_in_file = with_changes(pupils[0], protected=True)
    existing = [as_record(pupils[0], 1), as_record(pupils[1], 2, protected_identity=True)]
    text = class_list_text([protected_in_file, pupils[1]])
    plan = plan_class_list(read(text).pupils, existing, full_school=False)
    assert [c.field for c in plan.pupils[0].changes] == [ChangedField.PROTECTED]
    assert plan.pupils[1].kind is PlanKind.UNCHANGED


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("8B", (MoveKind.MOVES_UP, "9B")),
        ("5A", (MoveKind.MOVES_UP, "6A")),
        ("VG1A", (MoveKind.MOVES_UP, "VG2A")),
        ("10C", (MoveKind.LEAVES, "")),
        ("F", (MoveKind.MOVES_UP, "1")),
        ("Fb", (MoveKind.MOVES_UP, "1B")),
        ("Gul gruppe", (MoveKind.NOT_MOVED, "")),
    ],
)
def test_next_class_name(before, after):
    assert next_class_name(before, top_grade=10) == after


def test_new_school_year_moves_one_school_and_skips_left_pupils():
    pupils = made_up_pupils(12)
    records = [as_record(p, i) for i, p in enumerate(pupils, start=1)]
    records[0] = as_record(pupils[0], 1, active=False, left_on=date(2026, 6, 20))
    other = as_record(made_up_pupils(1, school="Bø skole")[0], 99)
    moves = plan_new_school_year([*records, other], "Granly skole", top_grade=10)
    assert len(moves) == 11
    assert {m.pupil_id for m in moves if m.kind is MoveKind.LEAVES} == {10}
