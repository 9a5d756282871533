"""Reading an export file into a Table: CSV (any of the usual encodings and delimiters) or XLSX.

API: ``read_table(path) -> Table`` (domain/tabular.py); raises EmptyImportFile, NotATable,
UnreadableWorkbook, or OSError when the file cannot be opened. For XLSX the first sheet is read
(read_only) and each row's line is its sheet row number.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from pathlib import Path

from nurse_desk.domain.bulk_work import bulk_allocation
from nurse_desk.domain.tabular import (
    EmptyImportFile,
    ImportFileError,
    NotATable,
    Table,
    UnreadableWorkbook,
    parse_csv_bytes,
    table_from_rows,
)

_ZIP_MAGIC = b"PK\x03\x04"


def read_table(path: Path) -> Table:
    data = Path(path).read_bytes()
    if not data:
        raise EmptyImportFile()
    if data.startswith(_ZIP_MAGIC) or Path(path).suffix.casefold() in (".xlsx", ".xlsm"):
        return read_workbook(path)
    return parse_csv_bytes(data)


def read_workbook(path: Path) -> Table:
    """A damaged workbook fails in openpyxl with whatever its parts raise (BadZipFile,
    KeyError, an XML ParseError, TypeError, ...), on opening or only while the rows are read
    (read_only reads lazily): every such failure is UnreadableWorkbook naming the file."""
    from openpyxl import load_workbook  # only when a workbook is opened: it is slow to import

    name = Path(path).name
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise UnreadableWorkbook(name, type(error).__name__) from None
    try:
        return _first_table(workbook)
    except ImportFileError:
        raise
    except Exception as error:
        raise UnreadableWorkbook(name, type(error).__name__) from None
    finally:
        with contextlib.suppress(Exception):  # closing a damaged archive may fail again
            workbook.close()


def _first_table(workbook) -> Table:
    """The sheet the workbook opens on, else the first other sheet that is a table: an
    export may put a page about itself (school, date) before or after its rows."""
    sheets = list(workbook.worksheets)
    if not sheets:
        raise EmptyImportFile()
    active = workbook.active if workbook.active in sheets else sheets[0]
    refused: ImportFileError | None = None
    for sheet in [active, *(other for other in sheets if other is not active)]:
        try:
            with bulk_allocation():
                return table_from_rows(_sheet_rows(sheet.iter_rows(values_only=True)))
        except (EmptyImportFile, NotATable) as error:
            refused = refused or error  # the first sheet's reason, if none is a table
    raise refused


def _sheet_rows(rows) -> Iterator[tuple[int, Sequence[str]]]:
    for number, row in enumerate(rows, start=1):
        yield number, [cell_text(value) for value in row]


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text an export would hold: dates as yyyy-mm-dd, whole
    numbers without '.0' (a national ID stored as a number), other numbers with a point."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
