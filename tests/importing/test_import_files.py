from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook

from nurse_desk.domain.import_mapping import (
    ColumnMapping,
    ImportKind,
    MappingNotFound,
    SavedMapping,
)
from nurse_desk.domain.tabular import EmptyImportFile, NotATable, UnreadableWorkbook
from nurse_desk.services import importing
from nurse_desk.services.import_files import read_table


def test_xlsx_rows_keep_their_sheet_row_numbers_and_cell_types(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Fødselsnummer", "Dato", "Timer", "Gyldig"])
    sheet.append([9031412345, datetime(2026, 2, 3), 1.5, True])
    sheet.append([])
    sheet.append(["15108695088", date(2026, 2, 4), 2, None])
    path = tmp_path / "fravær.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ("Fødselsnummer", "Dato", "Timer", "Gyldig")
    assert [(r.line, r.cells) for r in table.rows] == [
        (2, ("9031412345", "2026-02-03", "1.5", "1")),
        (4, ("15108695088", "2026-02-04", "2", "")),
    ]


def test_a_damaged_xlsx_is_a_typed_error(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file")
    with pytest.raises(UnreadableWorkbook):
        read_table(path)


def test_an_xlsx_with_nothing_in_it_is_empty(tmp_path):
    path = tmp_path / "blank.xlsx"
    Workbook().save(path)
    with pytest.raises(EmptyImportFile):
        read_table(path)


@pytest.mark.parametrize("active", [0, 1], ids=["cover-sheet-active", "data-sheet-active"])
def test_a_workbook_with_a_cover_sheet_is_read_from_its_table(tmp_path, active):
    """An export with an information sheet first was refused as 'not a table: save it ... as
    an Excel workbook (.xlsx)', which it was: the rows were on its second sheet."""
    book = Workbook()
    cover = book.active
    cover.title = "Info"
    cover["A1"] = "Eksportert fra skolesystemet 03.12.2026"
    pupils = book.create_sheet("Elever")
    pupils.append(["Fornavn", "Etternavn", "Fødselsnummer", "Klasse"])
    pupils.append(["Åse", "Ødegård", "01031450035", "5A"])
    book.active = active
    path = tmp_path / "elever.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ("Fornavn", "Etternavn", "Fødselsnummer", "Klasse")
    assert [(r.line, r.cells) for r in table.rows] == [(2, ("Åse", "Ødegård", "01031450035", "5A"))]


def test_a_title_row_above_the_header_of_a_sheet_is_looked_past(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Klasseliste 5A – Bjørkås skole"])
    sheet.append([])
    sheet.append(["Fornavn", "Etternavn", "Fødselsnummer"])
    sheet.append(["Åse", "Ødegård", "01031450035"])
    path = tmp_path / "elever.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.headers == ("Fornavn", "Etternavn", "Fødselsnummer")
    assert [(r.line, r.cells) for r in table.rows] == [(4, ("Åse", "Ødegård", "01031450035"))]


def test_csv_files_are_read_by_content_not_by_name(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes("Elev\tDato\r\nÅse\t01.09.2025\r\n".encode("cp1252"))
    assert read_table(path).rows[0].cells == ("Åse", "01.09.2025")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(EmptyImportFile):
        read_table(tmp_path / "empty.csv")
    (tmp_path / "one.csv").write_text("Navn\nOla\n")
    with pytest.raises(NotATable):
        read_table(tmp_path / "one.csv")


def test_mappings_are_remembered_by_name_per_kind(vault):
    first = SavedMapping(ImportKind.ABSENCE, "Visma", ColumnMapping({"national_id": "Fnr"}))
    importing.remember_mapping(vault, first, now=lambda: datetime(2026, 1, 1))
    importing.remember_mapping(
        vault,
        SavedMapping(ImportKind.ABSENCE, "IST", ColumnMapping({"full_name": "Elev"}), "Granly"),
        now=lambda: datetime(2026, 1, 2),
    )
    importing.remember_mapping(
        vault,
        SavedMapping(ImportKind.ABSENCE, "Visma", ColumnMapping({"national_id": "Fødselsnr"})),
        now=lambda: datetime(2026, 1, 3),
    )
    names = [m.name for m in importing.remembered_mappings(vault, ImportKind.ABSENCE)]
    assert names == ["Visma", "IST"]
    visma = importing.mapping_named(vault, ImportKind.ABSENCE, "Visma")
    assert dict(visma.mapping.columns) == {"national_id": "Fødselsnr"}
    assert importing.mapping_named(vault, ImportKind.ABSENCE, "IST").school == "Granly"
    assert importing.remembered_mappings(vault, ImportKind.PUPILS) == []
    with pytest.raises(MappingNotFound):
        importing.mapping_named(vault, ImportKind.PUPILS, "Visma")
