"""Whatever bytes a nurse offers as an export, reading them ends in a table or the app's own error
(ImportFileError and kin): never an XML, zip or decoding error from the libraries underneath."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from nurse_desk.domain.class_list import SchoolNotChosen
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.import_values import Problem
from nurse_desk.domain.tabular import UnreadableWorkbook, parse_csv_bytes
from nurse_desk.services import class_list
from nurse_desk.services.import_files import read_table

MODEST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "cp850")
CELL_TEXT = st.text(alphabet=st.sampled_from([*'abcæøåÅÄÖ";,\t\r\n 0123456789²\x00\x85\u2028']))


def good_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["Fødselsnummer", "Navn", "Klasse"])
    sheet.append(["15108695088", "Ida Lie", "4A"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GOOD_WORKBOOK = good_workbook()
with zipfile.ZipFile(io.BytesIO(GOOD_WORKBOOK)) as _book:
    PARTS = {name: _book.read(name) for name in _book.namelist()}


def read_bytes_as_file(folder: Path, data: bytes, name: str) -> None:
    path = folder / name
    path.write_bytes(data)
    try:
        table = read_table(path)
    except NurseDeskError:
        return
    assert len(table.headers) >= 2


@MODEST
@given(st.lists(CELL_TEXT, max_size=8), st.sampled_from(ENCODINGS), st.binary(max_size=40))
def test_csv_text_in_any_encoding_is_a_table_or_refused_in_words(cells, encoding, tail):
    data = ";".join(cells).encode(encoding, errors="replace") + tail
    try:
        table = parse_csv_bytes(data)
    except NurseDeskError:
        return
    assert len(table.headers) >= 2


@MODEST
@given(st.binary(max_size=600), st.sampled_from(["export.csv", "export.xlsx", "export.txt"]))
def test_any_bytes_under_any_name_are_a_table_or_refused_in_words(tmp_path, data, name):
    read_bytes_as_file(tmp_path, data, name)


@MODEST
@given(
    st.sampled_from(sorted(PARTS)),
    st.integers(min_value=0, max_value=5000),
    st.binary(min_size=1, max_size=8),
    st.booleans(),
)
def test_a_workbook_with_a_damaged_or_missing_part_is_refused_in_words(
    tmp_path, part, position, junk, drop
):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        for name, data in PARTS.items():
            if name == part:
                if drop:
                    continue
                at = position % (len(data) + 1)
                data = data[:at] + junk + data[at + len(junk) :]
            book.writestr(name, data)
    read_bytes_as_file(tmp_path, out.getvalue(), "klasseliste.xlsx")


@MODEST
@given(st.integers(min_value=0, max_value=len(GOOD_WORKBOOK)), st.binary(min_size=1, max_size=16))
def test_a_workbook_with_damaged_bytes_is_refused_in_words(tmp_path, position, junk):
    data = GOOD_WORKBOOK[:position] + junk + GOOD_WORKBOOK[position + len(junk) :]
    read_bytes_as_file(tmp_path, data, "klasseliste.xlsx")


def test_a_sheet_with_broken_xml_names_the_file(tmp_path):
    """openpyxl reads a sheet lazily: the XML ParseError came only while the rows were read."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as book:
        for name, data in PARTS.items():
            if name == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData><row><c>&broken;")
            book.writestr(name, data)
    path = tmp_path / "klasseliste høst.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(UnreadableWorkbook) as caught:
        read_table(path)
    assert caught.value.file_name == "klasseliste høst.xlsx"
    assert caught.value.reason == "ParseError"


def test_a_class_list_without_a_school_column_asks_once_for_the_school(vault, tmp_path):
    path = tmp_path / "uten skole.csv"
    lines = ["Fødselsnummer;Navn;Klasse"]
    lines += ["15108695088;Ida Lie;4A"] * 300
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(SchoolNotChosen):
        class_list.preview_class_list_file(vault, path)
    preview = class_list.preview_class_list_file(vault, path, school_name="Granly skole")
    assert {p.school_name for p in preview.pupils} == {"Granly skole"}


def test_a_class_list_birth_date_no_pupil_can_have_is_a_line_error(vault, tmp_path):
    """Without an ID column a birth date in 2062 (for 2026) or 1915 (for 2015) was imported."""
    path = tmp_path / "uten fødselsnummer.csv"
    rows = ["Ida Lie;04.03.2015;4A", "Ola Berg;04.03.2062;4A", "Kari Nord;04.03.1915;4A"]
    path.write_text("\n".join(["Navn;Fødselsdato;Klasse", *rows]), encoding="utf-8")
    preview = class_list.preview_class_list_file(vault, path, school_name="Granly skole")
    assert [(e.line, e.column, e.problem, e.value) for e in preview.errors] == [
        (3, "Fødselsdato", Problem.OUT_OF_RANGE, "04.03.2062"),
        (4, "Fødselsdato", Problem.OUT_OF_RANGE, "04.03.1915"),
    ]
    assert [p.given_name for p in preview.pupils] == ["Ida"]
