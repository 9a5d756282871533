"""Absence rows from arbitrary (malformed) text: an entry, an unknown pupil, or a line error."""

from __future__ import annotations

from datetime import date
from functools import partial

from hypothesis import given, settings
from hypothesis import strategies as st

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_import import ABSENCE_FIELDS, AbsenceRows, absence_row, split_rows
from nurse_desk.domain.import_mapping import UnknownPupil, convert_rows, guess_mapping
from nurse_desk.domain.import_values import LineError
from nurse_desk.domain.pupil_matching import PupilKey, PupilMatcher
from nurse_desk.domain.tabular import NotATable, parse_csv_text

HEADER = "Fødselsnummer;Elev;Født;Dato;Time;Fag;Timer;Minutter;Meldt;Gyldig fravær;Årsak"
MATCHER = PupilMatcher([PupilKey(1, "15108695088", "Emil", "Aasen", date(1986, 10, 15))], "no")
MAPPING = guess_mapping(ABSENCE_FIELDS, HEADER.split(";"))

cell = st.one_of(
    st.sampled_from(
        ["", "15108695088", "15108695089", "Emil Aasen", "15.10.1986", "31.02.2026", "1.9.25",
         "2025-09-01", "ja", "nei", "x", "kanskje", "1,5", "-3", "99", "abc", '"', "2;3", "a" * 300]
    ),
    st.text(max_size=12),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(cell, min_size=0, max_size=13), max_size=15))
def test_malformed_lines_give_entries_unknowns_or_line_errors_only(rows):
    text = HEADER + "\n" + "\n".join(";".join(row) for row in rows) + "\n"
    try:
        table = parse_csv_text(text)
    except NotATable:  # a NUL character: the csv module refuses the file
        return
    converted = convert_rows(table, MAPPING, partial(absence_row, MATCHER))
    accepted, unknown, errors, repeated = split_rows(converted, dict(MAPPING.columns))
    assert all(isinstance(entry, AbsenceEntry) for _, entry in accepted)
    assert all(isinstance(row, UnknownPupil) for row in unknown)
    assert all(isinstance(error, LineError) and error.message for error in errors)
    lines = [line for line, _ in accepted] + [u.line for u in unknown] + [e.line for e in errors]
    assert sorted(lines) == sorted(set(lines))  # each line is accounted for once
    assert len(lines) == len(table.rows) - repeated  # identical repeats are merged


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(cell, min_size=0, max_size=13), max_size=15))
def test_the_per_file_memory_gives_exactly_what_each_row_alone_gives(rows):
    text = HEADER + "\n" + "\n".join(";".join(row) for row in rows) + "\n"
    try:
        table = parse_csv_text(text)
    except NotATable:
        return
    one_by_one = convert_rows(table, MAPPING, partial(absence_row, MATCHER))
    assert convert_rows(table, MAPPING, AbsenceRows(MATCHER)) == one_by_one
    rows = AbsenceRows(MATCHER)
    assert convert_rows(table, MAPPING, rows, quick=rows.quick_for) == one_by_one


def test_a_value_remembered_from_one_row_is_not_taken_for_a_different_one():
    fnr = "15108695088"
    text = (
        HEADER
        + "\n"
        + "\n".join(
            [
                f"{fnr};;;01.09.2025;1;Norsk;1;;ja;nei;",
                f"{fnr};;;01.09.2025;2;Norsk;2;;nei;ja;",
                f"{fnr};;;31.09.2025;3;Norsk;1;;ja;nei;",  # no such day
                f"{fnr};;;01.09.2025;4;Norsk;30;;ja;nei;",  # out of range
                f"{fnr};;;01.09.2025;5;Norsk;1;;kanskje;nei;",
                ";Emil Aasen;15.10.1986;01.09.2025;6;Norsk;1;;;;",  # no ID: matched by name
            ]
        )
    )
    rows = AbsenceRows(MATCHER)
    converted = convert_rows(parse_csv_text(text), MAPPING, rows)
    entries = [entry for _, entry in converted.rows]
    assert [(e.period, e.lessons, e.reported, e.excused) for e in entries] == [
        ("1", 1.0, True, False),
        ("2", 2.0, False, True),
        ("6", 1.0, False, False),
    ]
    assert all(e.pupil_id == 1 and e.day == date(2025, 9, 1) for e in entries)
    errors = [(e.line, e.column) for e in converted.errors]
    assert errors == [(4, "Dato"), (5, "Timer"), (6, "Meldt")]


def test_a_pupil_remembered_by_name_and_birth_date_is_not_taken_for_another_row():
    text = (
        HEADER
        + "\n"
        + "\n".join(
            [
                ";Emil Aasen;15.10.1986;01.09.2025;1;Norsk;1;;;;",
                ";Emil Aasen;15.10.1986;01.09.2025;2;Norsk;1;45;;;",  # minutes
                ";Emil Aasen;16.10.1986;01.09.2025;3;Norsk;1;;;;",  # another birth date
                ";Emil Aasen;31.02.1986;01.09.2025;4;Norsk;1;;;;",  # no such birth date
                "15108695089;Emil Aasen;15.10.1986;01.09.2025;5;Norsk;1;;;;",  # bad ID
                ";Emil Aasen;15.10.1986;01.09.2025;6;Norsk;1;;;;",
            ]
        )
    )
    table = parse_csv_text(text)
    rows = AbsenceRows(MATCHER)
    converted = convert_rows(table, MAPPING, rows, quick=rows.quick_for)
    assert converted == convert_rows(table, MAPPING, partial(absence_row, MATCHER))
    kinds = [(line, type(item).__name__) for line, item in converted.rows]
    assert kinds == [
        (2, "AbsenceEntry"),
        (3, "AbsenceEntry"),
        (4, "UnknownPupil"),
        (7, "AbsenceEntry"),
    ]
    assert converted.rows[1][1].hours == 0.75
    assert [(e.line, e.column) for e in converted.errors] == [(5, "Født"), (6, "Fødselsnummer")]


def test_a_lesson_given_twice_with_other_values_names_the_line_it_differs_from():
    """'the same row appears earlier in the file' was said of rows that differ, and not
    where the other one is."""
    row = "15108695088;Emil Aasen;15.10.1986;01.09.2025;2;Norsk;{};;ja;nei;"
    text = "\n".join([HEADER, row.format(1), row.format(2), row.format(1)]) + "\n"
    converted = convert_rows(parse_csv_text(text), MAPPING, partial(absence_row, MATCHER))
    accepted, _, errors, repeated = split_rows(converted, dict(MAPPING.columns))
    assert ([line for line, _ in accepted], repeated) == ([2], 1)
    assert [error.message for error in errors] == [
        "line 3: the same pupil, day and lesson are on line 2 with other values"
    ]
