"""Class-list rows to pupils, the plan against the vault, and moving classes up a grade."""

from __future__ import annotations

from datetime import date

import pytest
from class_list_fixtures import class_list_text, made_up_pupils, norwegian_id, with_changes
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from nurse_desk.domain.class_list import (
    CLASS_LIST_FIELDS,
    group_pupils,
    is_protected_marker,
    national_id_reader,
    pupil_from_row,
    split_full_name,
)
from nurse_desk.domain.class_list_plan import ChangedField, PlanKind, plan_class_list
from nurse_desk.domain.import_mapping import convert_rows, guess_mapping, missing_fields
from nurse_desk.domain.import_values import Problem
from nurse_desk.domain.records import GuardianRecord, PupilRecord
from nurse_desk.domain.school_year import MoveKind, next_class_name, plan_new_school_year
from nurse_desk.domain.tabular import parse_csv_text


def read(text: str, school_name: str = "", country: str = "no"):
    """The file through the shared layer: table, guessed mapping, rows, grouped pupils."""
    table = parse_csv_text(text)
    mapping = guess_mapping(CLASS_LIST_FIELDS, table.headers)
    assert missing_fields(CLASS_LIST_FIELDS, mapping) == []
    reader = national_id_reader(country)
    converted = convert_rows(
        table, mapping, lambda c: pupil_from_row(c, national_id=reader, school_name=school_name)
    )
    pupils, conflicts = group_pupils(converted.rows, dict(mapping.columns))
    return pupils, sorted([*converted.errors, *conflicts], key=lambda e: e.line)


def plan(pupils, existing, *, full_school=False):
    return plan_class_list(pupils, existing, full_school=full_school, country="no")


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
    read_pupils, errors = read(class_list_text(pupils, per_guardian=per_guardian))
    assert errors == []
    assert [p.national_id for p in read_pupils] == [p.national_id for p in pupils]
    assert [p.class_name for p in read_pupils] == [p.klass for p in pupils]
    first = read_pupils[0]
    assert [g.name for g in first.guardians] == [g.name for g in pupils[0].guardians]
    assert first.guardians[0].phone == pupils[0].guardians[0].phone


def test_pair_rows_are_grouped_and_report_the_first_line():
    read_pupils, _ = read(class_list_text(made_up_pupils(3), per_guardian=True))
    assert [p.line for p in read_pupils] == [2, 4, 6]


def test_bad_id_is_reported_on_its_own_line():
    pupils = made_up_pupils(20)
    broken = pupils[15].national_id[:-1] + str((int(pupils[15].national_id[-1]) + 1) % 10)
    pupils[15] = with_changes(pupils[15], national_id=broken)
    read_pupils, errors = read(class_list_text(pupils))
    assert [(e.line, e.column, e.problem, e.value) for e in errors] == [
        (17, "Fødselsnummer", Problem.NATIONAL_ID, broken)
    ]
    assert len(read_pupils) == 19


def test_birth_date_that_contradicts_the_id_is_refused():
    pupils = made_up_pupils(1)
    text = class_list_text(pupils).replace(f"{pupils[0].born:%d.%m.%Y}", "01.01.2001")
    (error,) = read(text)[1]
    assert (error.line, error.column, error.problem) == (2, "Fødselsdato", Problem.INVALID)


def test_without_id_the_birth_date_is_needed_and_a_bad_date_is_named():
    pupils = [with_changes(p, national_id="") for p in made_up_pupils(2)]
    text = class_list_text(pupils).replace(f"{pupils[1].born:%d.%m.%Y}", "31.02.2014")
    read_pupils, errors = read(text)
    assert read_pupils[0].national_id is None
    assert [(e.line, e.problem) for e in errors] == [(3, Problem.DATE_NOT_EXIST)]


def test_an_empty_id_in_a_file_without_birth_dates_names_the_id_column():
    """Said 'line 3: birth_date is empty': a field the file has no column for, by its
    internal name, in every language. The cell to fill in is the empty national ID."""
    text = "Fornavn;Etternavn;Fødselsnummer;Klasse\n"
    text += f"Åse;Ødegård;{norwegian_id(date(2014, 3, 1), 1)};5A\nKari;Nord;;5A\n"
    read_pupils, errors = read(text, school_name="Granly skole")
    assert [(e.line, e.column, e.problem) for e in errors] == [
        (3, "Fødselsnummer", Problem.REQUIRED)
    ]
    assert len(read_pupils) == 1


def test_school_comes_from_the_option_when_the_file_has_none():
    text = "Elev;Født;Klasse\r\nAasen, Emil;15.10.2012;8b\r\n"
    (pupil,), _ = read(text, school_name="Bø skole")
    assert (pupil.given_name, pupil.family_name, pupil.school_name) == ("Emil", "Aasen", "Bø skole")
    assert pupil.class_name == "8B"
    _, (error,) = read(text)
    assert (error.line, error.problem) == (2, Problem.REQUIRED)


def test_rows_of_one_id_that_disagree_are_refused():
    pupils = made_up_pupils(1)
    text = class_list_text([*pupils, with_changes(pupils[0], klass="9C")])
    _, (error,) = read(text)
    assert (error.line, error.problem, error.value) == (3, Problem.DUPLICATE, "2")
    # Said as it is: the rows differ, and the nurse is told which other line to compare.
    assert error.message.endswith(
        "line 3: the same pupil is on line 2 with another name, school or class"
    )


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
    planned = plan(read(class_list_text(pupils))[0], existing)
    assert [p.kind for p in planned.pupils] == [
        PlanKind.UNCHANGED,
        PlanKind.CHANGED,
        PlanKind.CHANGED,
        PlanKind.NEW,
    ]
    assert [(c.field, c.before, c.after) for c in planned.pupils[1].changes] == [
        (ChangedField.CLASS_NAME, "7A", pupils[1].klass)
    ]
    assert planned.pupils[2].changes[0].field is ChangedField.GUARDIANS


def test_pupil_without_id_in_the_vault_is_matched_by_name_and_birth_date():
    pupils = made_up_pupils(1)
    existing = [as_record(pupils[0], 7, national_id=None, given_name=pupils[0].given.upper())]
    planned = plan(read(class_list_text(pupils))[0], existing)
    assert planned.pupils[0].existing.id == 7
    assert {c.field for c in planned.pupils[0].changes} == {
        ChangedField.NAME,
        ChangedField.NATIONAL_ID,
    }


def test_same_name_and_birthday_with_another_id_is_another_child():
    pupils = made_up_pupils(1)
    existing = [as_record(pupils[0], 7, national_id="01010100000")]
    planned = plan(read(class_list_text(pupils))[0], existing)
    assert planned.pupils[0].kind is PlanKind.NEW


def test_full_school_list_offers_missing_pupils_of_listed_schools_only():
    pupils = made_up_pupils(3)
    gone = as_record(pupils[2], 3)
    elsewhere = as_record(made_up_pupils(1, school="Bø skole", seed=9)[0], 4)
    existing = [as_record(pupils[0], 1), gone, elsewhere]
    read_pupils, _ = read(class_list_text(pupils[:2]))
    planned = plan(read_pupils, existing, full_school=True)
    assert [p.existing.id for p in planned.of_kind(PlanKind.MISSING)] == [3]
    assert plan(read_pupils, existing).count(PlanKind.MISSING) == 0


def test_protection_is_added_never_lifted_by_a_list():
    pupils = made_up_pupils(3)[1:]
    protected_in_file = with_changes(pupils[0], protected=True)
    existing = [as_record(pupils[0], 1), as_record(pupils[1], 2, protected_identity=True)]
    text = class_list_text([protected_in_file, pupils[1]])
    planned = plan(read(text)[0], existing)
    assert [c.field for c in planned.pupils[0].changes] == [ChangedField.PROTECTED]
    assert planned.pupils[1].kind is PlanKind.UNCHANGED


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


def swedish_id(born: date, serial: int) -> str:
    digits = f"{born:%y%m%d}{serial:03d}"
    return f"{born:%Y%m%d}-{serial:03d}{luhn.calc_check_digit(digits)}"


def test_a_swedish_export_with_personnummer_and_protected_identity():
    born = date(2014, 3, 5)
    elsa_id = swedish_id(born, 123)
    text = (
        "Personnummer;Förnamn;Efternamn;Klass;Skola;Vårdnadshavare 1;Telefon 1;"
        "Vårdnadshavare 2;Telefon 2;Skyddad identitet\n"
        f"{elsa_id};Elsa;Öberg;6b;Björkskolan;Karin Öberg;070-1234567;Lars Öberg;;Ja\n"
        f"{swedish_id(born, 124)};Ali;Nilsson;6B;Björkskolan;;;;;Nej\n"
    )
    pupils, errors = read(text, country="se")
    assert errors == []
    elsa, ali = pupils
    assert elsa.national_id == elsa_id.replace("-", "")
    assert (elsa.birth_date, elsa.class_name, elsa.school_name) == (born, "6B", "Björkskolan")
    assert [g.name for g in elsa.guardians] == ["Karin Öberg", "Lars Öberg"]
    assert elsa.protected_identity and not ali.protected_identity
    assert next_class_name("F", top_grade=9) == (MoveKind.MOVES_UP, "1")
    assert next_class_name("9A", top_grade=9) == (MoveKind.LEAVES, "")


def test_a_spreadsheet_that_dropped_the_leading_zero_of_an_id_is_forgiven():
    born = date(2014, 1, 5)
    full = next(
        candidate
        for candidate in (norwegian_id(born, serial) for serial in range(50))
        if candidate.startswith("0")
    )
    text = f"Fødselsnummer;Fornavn;Etternavn\n{full[1:]};Ola;Nordmann\n"
    (ola,), errors = read(text, school_name="Bø skole")
    assert errors == [] and ola.national_id == full and ola.birth_date == born


_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=15)


@given(st.lists(st.tuples(_cell, _cell, _cell, _cell, _cell), max_size=8))
def test_any_cells_give_pupils_or_line_errors_never_an_exception(rows):
    from nurse_desk.domain.tabular import Table, TableRow

    headers = ("Fødselsnummer", "Elev", "Fødselsdato", "Klasse", "Skjermet")
    table = Table(headers, tuple(TableRow(n, row) for n, row in enumerate(rows, start=2)))
    mapping = guess_mapping(CLASS_LIST_FIELDS, headers)
    reader = national_id_reader("no")
    converted = convert_rows(
        table, mapping, lambda c: pupil_from_row(c, national_id=reader, school_name="Bø")
    )
    pupils, conflicts = group_pupils(converted.rows, dict(mapping.columns))
    assert len(converted.rows) + len(converted.errors) == len(rows)
    assert len(pupils) + len(conflicts) <= len(converted.rows)
    assert all(p.given_name and p.family_name for p in pupils)


def test_ids_are_matched_before_names_so_no_id_is_given_twice():
    twin = made_up_pupils(1)[0]
    # The vault: the pupil with her ID. The file: a line without ID naming her first (same
    # name and birth date), then her line with the ID.
    existing = [as_record(twin, 1)]
    no_id = with_changes(twin, national_id="", given=twin.given)
    text = class_list_text([no_id, twin])
    read_pupils, errors = read(text)
    planned = plan(read_pupils, existing)
    assert errors == []
    by_line = {p.imported.line: p for p in planned.pupils}
    assert by_line[3].existing.id == 1 and by_line[2].kind is PlanKind.NEW


def test_school_spelt_in_another_case_is_no_change():
    pupil = made_up_pupils(1)[0]
    existing = [as_record(pupil, 1)]
    text = class_list_text([with_changes(pupil, school=pupil.school.upper())])
    assert plan(read(text)[0], existing).pupils[0].kind is PlanKind.UNCHANGED


def test_guardian_cells_are_tidied_and_a_too_long_one_is_a_line_error():
    from class_list_fixtures import Guardian

    listed = made_up_pupils(3)
    kari = Guardian("  Kari   Nordmann ", " mor", " 912  34 567 ")
    listed[0] = with_changes(listed[0], guardians=(kari,))
    listed[1] = with_changes(
        listed[1], guardians=(listed[1].guardians[0], Guardian("Per", "far", "9" * 51))
    )
    listed[2] = with_changes(listed[2], guardians=(Guardian("", "mor", "9" * 51),))
    pupils, errors = read(class_list_text(listed))
    assert [(e.line, e.column, e.problem) for e in errors] == [(3, "Telefon 2", Problem.TOO_LONG)]
    first, third = pupils
    assert first.guardians == (GuardianRecord("Kari Nordmann", "mor", "912 34 567"),)
    assert third.guardians == ()  # no name: the rest of the guardian's cells are not read
