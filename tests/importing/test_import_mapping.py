from __future__ import annotations

from datetime import date

import pytest
from import_fixtures import fodselsnummer

from nurse_desk.domain.import_mapping import (
    BIRTH_DATE,
    FULL_NAME,
    IDENTITY_FIELDS,
    IDENTITY_GROUPS,
    NATIONAL_ID,
    ColumnMapping,
    FieldSet,
    ImportField,
    ImportKind,
    MappingHeaderMissing,
    SavedMapping,
    choose_mapping,
    convert_rows,
    guess_mapping,
    missing_fields,
)
from nurse_desk.domain.import_values import Problem
from nurse_desk.domain.pupil_matching import PupilKey, PupilMatcher
from nurse_desk.domain.tabular import parse_csv_text

FIELDS = FieldSet(
    ImportKind.ABSENCE,
    (*IDENTITY_FIELDS, ImportField("day", ("dato", "datum", "date"), required=True)),
    IDENTITY_GROUPS,
)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ("Fødselsnummer", "Elev", "Klasse", "Dato"),
            {"national_id": "Fødselsnummer", "full_name": "Elev", "class_name": "Klasse",
             "day": "Dato"},
        ),
        (
            ("Personnummer", "Förnamn", "Efternamn", "Klass", "Datum"),
            {"national_id": "Personnummer", "given_name": "Förnamn", "family_name": "Efternamn",
             "class_name": "Klass", "day": "Datum"},
        ),
        (
            ("PUPIL NAME", "Date of birth", "Class", "Date"),
            {"full_name": "PUPIL NAME", "birth_date": "Date of birth", "class_name": "Class",
             "day": "Date"},
        ),
    ],
)  # fmt: skip
def test_mapping_is_guessed_from_nb_sv_and_en_headers(headers, expected):
    assert dict(guess_mapping(FIELDS, headers).columns) == expected


def test_identity_needs_the_id_or_name_and_birth_date():
    assert missing_fields(FIELDS, ColumnMapping({"day": "D", NATIONAL_ID: "F"})) == []
    assert missing_fields(FIELDS, ColumnMapping({"day": "D", FULL_NAME: "E"})) == [BIRTH_DATE]
    assert missing_fields(FIELDS, ColumnMapping({FULL_NAME: "E", BIRTH_DATE: "B"})) == ["day"]


def test_a_remembered_mapping_wins_when_the_file_has_its_columns():
    saved = SavedMapping(
        ImportKind.ABSENCE, "Visma", ColumnMapping({NATIONAL_ID: "Id", "day": "Når"})
    )
    mapping, name = choose_mapping(FIELDS, ("Id", "Når", "Dato"), [saved])
    assert (mapping, name) == (saved.mapping, "Visma")
    mapping, name = choose_mapping(FIELDS, ("Fnr", "Dato"), [saved])
    assert name == "" and dict(mapping.columns) == {NATIONAL_ID: "Fnr", "day": "Dato"}


def test_a_mapping_of_another_school_is_not_chosen():
    saved = SavedMapping(
        ImportKind.ABSENCE, "A", ColumnMapping({NATIONAL_ID: "Id", "day": "Når"}), "Granly"
    )
    assert choose_mapping(FIELDS, ("Id", "Når"), [saved], "Solbakken")[1] == ""
    assert choose_mapping(FIELDS, ("Id", "Når"), [saved], "Granly")[1] == "A"


def test_every_bad_line_is_reported_with_its_line_and_column():
    text = "Elev;Dato\nOla;01.09.2025\nKari;31.02.2026\n;02.09.2025\nPer;1.9.25;x\n"
    table = parse_csv_text(text)
    mapping = ColumnMapping({FULL_NAME: "Elev", "day": "Dato"})
    result = convert_rows(
        table, mapping, lambda c: (c.text(FULL_NAME, required=True), c.date("day"))
    )
    assert result.rows == ((2, ("Ola", date(2025, 9, 1))),)
    assert [(e.line, e.column, e.problem) for e in result.errors] == [
        (3, "Dato", Problem.DATE_NOT_EXIST),
        (4, "Elev", Problem.REQUIRED),
        (5, "", Problem.TOO_MANY_VALUES),
    ]
    assert result.errors[0].message == "line 3: date '31.02.2026' does not exist"


def test_a_mapping_naming_a_missing_column_is_refused():
    table = parse_csv_text("A;B\n1;2\n")
    with pytest.raises(MappingHeaderMissing):
        convert_rows(table, ColumnMapping({"day": "Dato"}), lambda c: None)


def test_pupils_are_found_by_id_else_by_name_and_birth_date():
    born = date(2014, 3, 9)
    number = fodselsnummer(born, 512)
    matcher = PupilMatcher(
        [
            PupilKey(1, number, "Ola", "Nordmann", born),
            PupilKey(2, None, "Kari  Anne", "Aasen", born),
            PupilKey(3, None, "Per", "Berg", born),
            PupilKey(4, None, "Per", "Berg", born),  # twins with the same name: neither
        ],
        "no",
    )
    assert matcher.find(national_id=f"{number[:6]} {number[6:]}") == 1
    assert matcher.find(name="kari anne AASEN", born=born) == 2
    assert matcher.find(name="Aasen, Kari Anne", born=born) == 2
    assert matcher.find(name="Aasen Kari Anne", born=born) == 2
    assert matcher.find(name="Kari Anne Aasen", born=date(2014, 3, 10)) is None
    assert matcher.find(name="Per Berg", born=born) is None


def test_an_invalid_id_is_a_line_error_and_an_unknown_one_is_not():
    born = date(2014, 3, 9)
    known, other = fodselsnummer(born, 512), fodselsnummer(born, 600)
    matcher = PupilMatcher([PupilKey(1, known, "Ola", "Nordmann", born)], "no")
    table = parse_csv_text(f"Fnr;Dato\n{known};1.9.25\n{other};1.9.25\n12345678901;1.9.25\n")
    result = convert_rows(table, ColumnMapping({NATIONAL_ID: "Fnr"}), matcher.find_row)
    assert [pupil for _, pupil in result.rows] == [1, None]
    assert [(e.line, e.problem) for e in result.errors] == [(4, Problem.NATIONAL_ID)]


def test_a_leading_zero_dropped_by_a_spreadsheet_is_put_back():
    born = date(2014, 3, 9)
    number = fodselsnummer(born, 512)
    matcher = PupilMatcher([PupilKey(1, number, "Ola", "Nordmann", born)], "no")
    assert number.startswith("0")
    assert matcher.find(national_id=number[1:]) == 1
