"""Absence rows from arbitrary (malformed) text: an entry, an unknown pupil, or a line error."""

from __future__ import annotations

from datetime import date
from functools import partial

from hypothesis import given, settings
from hypothesis import strategies as st

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_import import ABSENCE_FIELDS, absence_row, split_rows
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
