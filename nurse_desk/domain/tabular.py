"""Tables from the school system's exports: decoding, delimiter sniffing, CSV parsing.

Pure functions over bytes and text; reading files (and XLSX) is done in services/import_files.py.

API:
- ``Table(headers, rows)``; each ``TableRow`` carries ``line`` (the line in the file where the
  record starts; for XLSX the sheet row number), ``cells`` (padded to the headers) and
  ``extra_cells`` (non-empty cells beyond the last header: a sign of a wrong delimiter).
- ``parse_csv_bytes(data) -> Table``: UTF-16 with its BOM, UTF-8 with or without BOM, else
  Windows-1252; delimiter ``;``, ``,`` or tab sniffed from the header line; CRLF or LF; blank
  lines skipped.
- ``table_from_rows(rows) -> Table``: the same shaping for rows read from a spreadsheet.
- Errors (all ``ImportFileError``, a ``NurseDeskError``): ``EmptyImportFile``, ``NotATable``
  (with the line where it went wrong, if any; reason ``unclosed_quote`` for a quotation mark
  never closed, which would swallow every line after it), ``UnreadableWorkbook``.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from nurse_desk.domain.bulk_work import bulk_allocation
from nurse_desk.domain.errors import NurseDeskError

DELIMITERS = (";", ",", "\t")
_BOM = "\ufeff"

# The csv module refuses a value longer than 131,072 characters (csv.Error) unless told
# otherwise, for the whole process. A school's export goes past that with one stray quote
# (the rest of the file read as one value) or with a first line that is one long run (an
# XML export saved as .txt): the stray quote must reach the check that names its line, the
# long line the search for the header, and a long value its line's own check. The whole
# file is in memory already, so no value can cost more than the file did.
csv.field_size_limit(2**31 - 1)  # the largest a C long holds on Windows too


class ImportFileError(NurseDeskError):
    """A file to import cannot be read as a table at all (nothing is imported)."""


class EmptyImportFile(ImportFileError):
    """The file has no bytes, or only blank lines."""


class HeaderOnlyFile(ImportFileError):
    """The file has its header line and no rows: exported with nothing chosen (a school, class
    or dates that hold no one). Importing it would only report counts of nothing."""


class NotATable(ImportFileError):
    """The file is not a table of columns (binary, one column only, broken quoting)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason if line is None else f"line {line}: {reason}")
        self.reason = reason
        self.line = line


class UnreadableWorkbook(ImportFileError):
    """An .xlsx file that openpyxl cannot open or read (damaged, encrypted, or not a
    workbook). `file_name` is the file's name (no folder), `reason` the failure's type."""

    def __init__(self, file_name: str = "", reason: str = "") -> None:
        super().__init__(reason or "unreadable workbook")
        self.file_name = file_name
        self.reason = reason


class TableRow(NamedTuple):
    """A named tuple, not a dataclass: a school year's export has ~200,000 of them."""

    line: int
    cells: tuple[str, ...]
    extra_cells: int = 0


@dataclass(frozen=True, slots=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]

    def with_rows(self) -> Table:
        """This table, or HeaderOnlyFile when it has no rows below its header line."""
        if not self.rows:
            raise HeaderOnlyFile()
        return self

    def column(self, header: str) -> int:
        """Index of a header; raises KeyError if the file has no such column."""
        return self.headers.index(header)


def decode_text(data: bytes) -> str:
    """UTF-16 when the bytes start with its byte-order mark (Excel's "Unicode text", tab
    separated); else strict UTF-8 (with or without BOM); what is not UTF-8 is read as
    Windows-1252, the encoding Excel on Windows writes for "CSV (semicolon separated)"."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(
        codecs.BOM_UTF32_LE
    ):
        try:
            return data.decode("utf-16")  # the mark tells the byte order and is dropped
        except UnicodeDecodeError:
            raise NotATable("binary") from None
    if b"\x00" in data[:4096]:
        raise NotATable("binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # The five bytes Windows-1252 leaves undefined are taken as Latin-1 rather than refused.
        text = data.decode("cp1252", errors="replace")
        if "\ufffd" in text:
            text = data.decode("latin-1")
    return text[1:] if text.startswith(_BOM) else text


def sniff_delimiter(header_line: str) -> str:
    """The delimiter that splits the header line into the most columns, quotes respected."""
    best, best_count = "", 1
    for delimiter in DELIMITERS:
        count = len(next(csv.reader([header_line], delimiter=delimiter), []))
        if count > best_count:
            best, best_count = delimiter, count
    if not best:
        raise NotATable("one_column", line=1)
    return best


# Lines of one cell before the header ("Fraværsrapport 8B", "Utskrevet 03.12.2026") are a
# title, not the table: so many are looked past to find the line the delimiter is read from.
_TITLE_LINES = 10


def _first_line(text: str) -> str:
    """The header line: the first non-blank line that some delimiter splits into columns,
    past up to _TITLE_LINES title lines (else the first non-blank line), read from the start
    of the text only (StringIO copies what it is given at four bytes a character: 50 MB for
    a school year's export)."""
    size = 65536
    while True:
        found: list[str] = []
        for line in io.StringIO(text[:size], newline=None):
            if line.strip() and (line.endswith("\n") or size >= len(text)):
                found.append(line.rstrip("\r\n"))
                if _splits(found[-1]):
                    return found[-1]
                if len(found) > _TITLE_LINES:
                    return found[0]
        if size >= len(text):
            if found:
                return found[0]
            raise EmptyImportFile()
        size *= 4


def _splits(line: str) -> bool:
    return any(
        len(next(csv.reader([line], delimiter=delimiter), [])) > 1 for delimiter in DELIMITERS
    )


# Line breaks str.splitlines() knows beyond the \r, \n and \r\n of a CSV file.
_OTHER_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def _lines(text: str) -> Iterable[str]:
    """The lines the csv reader gets from StringIO(text, newline=""): split at \r, \n, \r\n,
    ends kept. Without other line-break characters in the text splitlines() gives the same
    lines in a quarter of the memory. (One `in` per character: 4 ms for a school year's
    export, where a regular expression with the eight in a class took 110 ms.)"""
    if any(character in text for character in _OTHER_BREAKS):
        return io.StringIO(text, newline="")
    return text.splitlines(keepends=True)


def parse_csv_text(text: str) -> Table:
    """Split text into header and rows; each row keeps the line number where it starts."""
    if text.startswith(_BOM):
        text = text[1:]
    delimiter = sniff_delimiter(_first_line(text))
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=False)
    with bulk_allocation():
        return table_from_rows(_numbered(reader, text))


def _numbered(reader, text: str) -> Iterator[tuple[int, list[str]]]:
    """Records with the line each starts on, one at a time: a school year's raw records are
    never all in memory beside the table made of them."""
    start = last = 1
    try:
        for record in reader:
            yield start, record
            last, start = start, reader.line_num + 1
    except csv.Error as error:
        raise NotATable(str(error), line=start) from None
    if reader.line_num > last and _quote_left_open(text, last):
        raise NotATable("unclosed_quote", line=last)


def _quote_left_open(text: str, line: int) -> bool:
    """Whether the record starting at `line`, the last, ran to the end of the file inside
    quotes. The csv reader (not strict) then gives every line after the opening quote as one
    value: a stray quote would take the rest of the file with it, unseen. Quotes come in
    pairs ("" inside a quoted value too), so an odd count from that line on is one left open.
    Read only when the last record spans lines, which only quotes make it do."""
    rest = itertools.islice(_lines(text), line - 1, None)
    return sum(part.count('"') for part in rest) % 2 == 1


def parse_csv_bytes(data: bytes) -> Table:
    if not data.strip():
        raise EmptyImportFile()
    return parse_csv_text(decode_text(data))


def table_from_rows(numbered: Iterable[tuple[int, Sequence[str]]]) -> Table:
    """Header = first row of two cells or more (rows of one cell before it are a title);
    blank rows dropped; short rows padded, long rows counted.

    Equal cells share one string: an export repeats each pupil's ID and name, each day and
    each yes/no hundreds of times, and one string per cell was most of a school year's table
    (~120 MB instead of ~45 MB for 200,000 rows)."""
    headers: tuple[str, ...] | None = None
    title_at: int | None = None  # a line of one cell before the header: a title
    rows: list[TableRow] = []
    append, make_row = rows.append, tuple.__new__  # TableRow's own __new__ is a Python call
    share = _SharedCells().__getitem__
    for line, record in numbered:
        cells = tuple(map(share, record))
        if not any(cells):
            continue
        if headers is None:
            if sum(1 for cell in cells if cell) < 2:
                title_at = line if title_at is None else title_at
                continue
            headers = _unique_headers(cells)
            width = len(headers)
            continue
        if len(cells) == width:
            append(make_row(TableRow, (line, cells, 0)))
            continue
        extra = sum(1 for cell in cells[width:] if cell)
        rows.append(TableRow(line, cells[:width] + ("",) * (width - len(cells)), extra))
    if headers is None:
        if title_at is not None:  # every line one cell: no table
            raise NotATable("one_column", line=title_at)
        raise EmptyImportFile()
    return Table(headers, tuple(rows))


class _SharedCells(dict[str, str]):
    """A cell as read -> the same text stripped, one string for all equal cells."""

    def __missing__(self, raw: str) -> str:
        stripped = raw.strip()
        shared = self.get(stripped, stripped)
        self[raw] = self[stripped] = shared
        return shared


def _unique_headers(cells: tuple[str, ...]) -> tuple[str, ...]:
    # Trailing empty header cells are spreadsheet padding, not columns.
    cells = cells[: max(i + 1 for i, cell in enumerate(cells) if cell)]
    seen: dict[str, int] = {}
    headers = []
    for index, cell in enumerate(cells, start=1):
        name = cell.lstrip(_BOM) or f"#{index}"
        seen[name] = seen.get(name, 0) + 1
        headers.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(headers)
