"""Which column of an export holds which field: field sets, guessing, and reading mapped rows.

API (shared by the absence import and the class-list import):
- ``ImportKind``: what is imported (the key remembered mappings are stored under).
- ``ImportField(key, aliases, required=False)``; ``FieldSet(kind, fields, identity)`` where
  ``identity`` lists alternative groups of keys, one of which must be fully mapped (e.g. the
  national ID, or name + birth date). ``IDENTITY_FIELDS`` / ``IDENTITY_GROUPS`` are the pupil
  columns both imports share.
- ``ColumnMapping(columns)``: field key -> header name in the file; ``guess_mapping(fields,
  headers)`` guesses it from nb/sv/en header names; ``missing_fields(fields, mapping)`` lists
  what is still needed (empty = complete); ``choose_mapping`` prefers a remembered mapping.
- ``SavedMapping``: a mapping the nurse named and kept (per import kind and school).
- ``convert_rows(table, mapping, convert, progress=None, *, quick=None)``: calls
  ``convert(cells)`` for each row with a ``RowCells`` reader (``text``/``date``/``number``/
  ``yes_no``; ``texts(keys)`` + ``parse(key, parser, text)`` as the fast path; ``raise
  cells.reject(key, problem, value)`` for the caller's own checks; ``cells.row.line``); a
  rejected value becomes a ``LineError`` and the file goes on, so every bad line is reported at
  once. A row with more values than headers is a TOO_MANY_VALUES error. ``quick(cells)`` may
  give a function that turns a row's plain cells into its
  value at once, or None to leave the row to ``convert`` (``cells.positions(keys)`` says
  where to read).
- ``ImportPreview(accepted, unknown, errors)``: (line, record) pairs, ``UnknownPupil(line, who)``
  rows and line errors; a feature subclasses it for its own counts (AbsencePreview).
  ``group_unknown`` gathers the unknown rows per pupil.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from operator import itemgetter
from typing import Generic, TypeVar

from nurse_desk.domain.bulk_work import bulk_allocation
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.import_values import (
    LineError,
    Problem,
    ValueRejected,
    parse_date,
    parse_number,
    parse_yes_no,
)
from nurse_desk.domain.tabular import Table, TableRow

T = TypeVar("T")


class ImportKind(StrEnum):
    ABSENCE = "absence"
    PUPILS = "pupils"


@dataclass(frozen=True, slots=True)
class ImportField:
    key: str
    aliases: tuple[str, ...]  # header names school systems use (nb, sv, en), any case
    required: bool = False


@dataclass(frozen=True, slots=True)
class FieldSet:
    kind: ImportKind
    fields: tuple[ImportField, ...]
    # Alternatives: at least one group must be fully mapped (empty = no such rule).
    identity: tuple[tuple[str, ...], ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


NATIONAL_ID, FULL_NAME, GIVEN_NAME, FAMILY_NAME, BIRTH_DATE, CLASS_NAME = (
    "national_id",
    "full_name",
    "given_name",
    "family_name",
    "birth_date",
    "class_name",
)
IDENTITY_FIELDS: tuple[ImportField, ...] = (
    ImportField(
        NATIONAL_ID,
        (
            "fødselsnummer", "fødselsnr", "fnr", "f.nr", "personnummer", "personnr", "pnr",
            "personnummer/samordningsnummer", "samordningsnummer", "d-nummer", "national id",
            "id-nummer", "elevens fødselsnummer", "ssn",
        ),
    ),
    ImportField(
        FULL_NAME,
        ("elev", "elevnavn", "elevnamn", "navn", "namn", "name", "pupil", "student", "fullt navn",
         "fullständigt namn", "elevens navn", "elevens namn", "pupil name", "student name"),
    ),
    ImportField(GIVEN_NAME, ("fornavn", "förnamn", "tilltalsnamn", "first name", "given name")),
    ImportField(FAMILY_NAME, ("etternavn", "efternamn", "last name", "surname", "family name")),
    ImportField(
        BIRTH_DATE,
        ("fødselsdato", "födelsedatum", "født", "född", "birth date", "date of birth", "dob",
         "fødd"),
    ),
    ImportField(
        CLASS_NAME,
        ("klasse", "klass", "class", "basisgruppe", "gruppe", "grupp", "klasse/gruppe",
         "kontaktlærergruppe", "form"),
    ),
)  # fmt: skip
IDENTITY_GROUPS: tuple[tuple[str, ...], ...] = (
    (NATIONAL_ID,),
    (FULL_NAME, BIRTH_DATE),
    (GIVEN_NAME, FAMILY_NAME, BIRTH_DATE),
)


class MappingIncomplete(NurseDeskError):
    def __init__(self, missing: Sequence[str]) -> None:
        super().__init__(", ".join(missing))
        self.missing = tuple(missing)


class MappingNotFound(NurseDeskError):
    """No remembered mapping has that name for this kind of import."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class MappingHeaderMissing(NurseDeskError):
    """A mapping names a column the file does not have."""

    def __init__(self, header: str) -> None:
        super().__init__(header)
        self.header = header


@dataclass(frozen=True)
class ColumnMapping:
    columns: Mapping[str, str] = field(default_factory=dict)  # field key -> header

    def header(self, key: str) -> str | None:
        return self.columns.get(key) or None

    def without_missing(self, headers: Sequence[str]) -> ColumnMapping:
        return ColumnMapping({k: h for k, h in self.columns.items() if h in headers})


@dataclass(frozen=True)
class SavedMapping:
    kind: ImportKind
    name: str
    mapping: ColumnMapping
    school: str = ""  # "" = any school


def normalise_header(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def guess_mapping(fields: FieldSet, headers: Sequence[str]) -> ColumnMapping:
    """Exact names first (for every field), then headers that start with a known name followed
    by a non-letter ("Fravær (timer)", not "Fraværstype"); each header serves one field."""
    chosen: dict[str, str] = {}
    used: set[int] = set()
    for exact in (True, False):
        for wanted in fields.fields:
            if wanted.key in chosen:
                continue
            index = _find_header(wanted, headers, used, exact=exact)
            if index is not None:
                chosen[wanted.key] = headers[index]
                used.add(index)
    return ColumnMapping({key: chosen[key] for key in fields.keys if key in chosen})


def _find_header(
    wanted: ImportField, headers: Sequence[str], used: set[int], *, exact: bool
) -> int | None:
    for alias in wanted.aliases:
        plain, folded = normalise_header(alias), alias.casefold()
        for index, header in enumerate(headers):
            if index in used:
                continue
            if exact and normalise_header(header) == plain:
                return index
            text = header.strip().casefold()
            if (
                not exact
                and len(folded) >= 4
                and text.startswith(folded)
                and not text[len(folded) :][:1].isalpha()
            ):
                return index
    return None


def missing_fields(fields: FieldSet, mapping: ColumnMapping) -> list[str]:
    """Keys still to map: required fields, then the smallest identity group (if none is whole)."""
    missing = [f.key for f in fields.fields if f.required and not mapping.header(f.key)]
    if fields.identity and not any(
        all(mapping.header(k) for k in group) for group in fields.identity
    ):

        def distance(group: tuple[str, ...]) -> tuple[int, int]:
            mapped = sum(1 for k in group if mapping.header(k))
            return (len(group) - mapped, -mapped)

        closest = min(fields.identity, key=distance)
        missing.extend(k for k in closest if not mapping.header(k))
    return missing


def choose_mapping(
    fields: FieldSet, headers: Sequence[str], saved: Iterable[SavedMapping], school: str = ""
) -> tuple[ColumnMapping, str]:
    """The first remembered mapping (newest first) whose columns are all in this file and that
    is complete, for this school or any school; else the guess. Returns (mapping, its name)."""
    for candidate in saved:
        if candidate.kind != fields.kind or candidate.school not in ("", school):
            continue
        columns = candidate.mapping.columns.values()
        if all(h in headers for h in columns) and not missing_fields(fields, candidate.mapping):
            return candidate.mapping, candidate.name
    return guess_mapping(fields, headers), ""


PROGRESS_EVERY = 5000  # rows between two progress reports of convert_rows


class CellRejected(Exception):
    """Internal: carries a rejected value up to convert_rows, which turns it into a LineError."""

    def __init__(self, key: str, rejected: ValueRejected) -> None:
        super().__init__(key)
        self.key = key
        self.rejected = rejected


class RowCells:
    """The mapped values of one row, read by field key; a bad value raises CellRejected."""

    __slots__ = ("_getters", "_index", "row")

    def __init__(self, index: Mapping[str, int]) -> None:
        self._index = index
        self._getters: dict[tuple[str, ...], Callable] = {}
        self.row = TableRow(0, ())

    def has(self, key: str) -> bool:
        return key in self._index

    def texts(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        """Several raw values at once ("" when unmapped): the fast path for big files."""
        getter = self._getters.get(keys)
        if getter is None:
            getter = self._getters[keys] = self.getter(keys)
        return getter(self.row.cells)

    def getter(self, keys: tuple[str, ...]) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
        """A function from a row's cells to the raw values of `keys` ("" when unmapped)."""
        positions = self.positions(keys)
        pick = itemgetter(*positions) if len(keys) > 1 else lambda c: (c[positions[0]],)
        if -1 in positions:
            return lambda cells: pick((*cells, ""))
        return pick

    def positions(self, keys: tuple[str, ...]) -> list[int]:
        """Where each key's value is in a row's cells, -1 when unmapped: for a loop over many
        rows (see convert_rows' `quick`) that reads `itemgetter(*positions)((*cells, ""))`."""
        return [self._index.get(key, -1) for key in keys]

    def text(self, key: str, *, required: bool = False, max_length: int | None = None) -> str:
        position = self._index.get(key)
        value = "" if position is None else self.row.cells[position]
        if value:
            if max_length is not None and len(value) > max_length:
                raise CellRejected(key, ValueRejected(Problem.TOO_LONG, value))
        elif required:
            raise CellRejected(key, ValueRejected(Problem.REQUIRED))
        return value

    def date(self, key: str, *, required: bool = False) -> date | None:
        value = self.text(key, required=required)
        return self.parse(key, parse_date, value) if value else None

    def number(self, key: str, default: float | None = None) -> float | None:
        value = self.text(key)
        return self.parse(key, parse_number, value) if value else default

    def yes_no(self, key: str, default: bool = False) -> bool:
        answer = self.parse(key, parse_yes_no, self.text(key))
        return default if answer is None else answer

    def reject(self, key: str, problem: Problem, value: str = "") -> CellRejected:
        """For the caller's own checks: `raise cells.reject(key, Problem.OUT_OF_RANGE, v)`."""
        return CellRejected(key, ValueRejected(problem, value))

    @staticmethod
    def parse(key: str, parse: Callable, value: str):
        """`parse(value)`, with a ValueRejected turned into a CellRejected for `key`."""
        try:
            return parse(value)
        except ValueRejected as rejected:
            raise CellRejected(key, rejected) from None


@dataclass(frozen=True, slots=True)
class ConvertedRows(Generic[T]):
    rows: tuple[tuple[int, T], ...]  # (line, converted value)
    errors: tuple[LineError, ...]


# Given the RowCells of a file: a function from a row's cells to its value when that can be
# told at once (values seen before), or None when `convert` and its full checks must decide.
QuickConvert = Callable[[RowCells], Callable[[tuple[str, ...]], T | None]]


def convert_rows(
    table: Table,
    mapping: ColumnMapping,
    convert: Callable[[RowCells], T],
    progress: Callable[[int, int], None] | None = None,
    *,
    quick: QuickConvert[T] | None = None,
) -> ConvertedRows[T]:
    """Convert every row; one LineError per bad line (its first bad value), never an exception.
    With `quick`, a row it answers is taken without a RowCells or a call to `convert`: it must
    give what `convert` would (a school year's absence is ~200,000 rows).

    Raises MappingHeaderMissing if the mapping names a column the file lacks."""
    cells = RowCells(_column_index(table, mapping))
    quick_row = quick(cells) if quick is not None else None
    rows: list[tuple[int, T]] = []
    errors: list[LineError] = []
    append, total = rows.append, len(table.rows)
    with bulk_allocation():
        for start in range(0, total, PROGRESS_EVERY):
            if progress is not None:
                progress(start, total)
            for row in table.rows[start : start + PROGRESS_EVERY]:
                if quick_row is not None and not row.extra_cells:
                    value = quick_row(row.cells)
                    if value is not None:
                        append((row.line, value))
                        continue
                _convert_row(row, cells, convert, mapping, rows, errors)
    return ConvertedRows(tuple(rows), tuple(errors))


def _column_index(table: Table, mapping: ColumnMapping) -> dict[str, int]:
    index: dict[str, int] = {}
    for key, header in mapping.columns.items():
        if not header:
            continue
        if header not in table.headers:
            raise MappingHeaderMissing(header)
        index[key] = table.column(header)
    return index


def _convert_row(
    row: TableRow,
    cells: RowCells,
    convert: Callable[[RowCells], T],
    mapping: ColumnMapping,
    rows: list[tuple[int, T]],
    errors: list[LineError],
) -> None:
    if row.extra_cells:
        errors.append(LineError(row.line, "", Problem.TOO_MANY_VALUES))
        return
    cells.row = row
    try:
        rows.append((row.line, convert(cells)))
    except CellRejected as bad:
        problem, value = bad.rejected.problem, bad.rejected.value
        errors.append(LineError(row.line, mapping.columns.get(bad.key, bad.key), problem, value))


@dataclass(frozen=True, slots=True)
class UnknownPupil:
    line: int
    who: str  # what the file says about the pupil (name and birth date, or the ID)


@dataclass(frozen=True, slots=True)
class ImportPreview(Generic[T]):
    """What an import would do, before anything is written."""

    accepted: tuple[tuple[int, T], ...]  # (line, record)
    unknown: tuple[UnknownPupil, ...]
    errors: tuple[LineError, ...]

    @property
    def has_problems(self) -> bool:
        return bool(self.errors)


def group_unknown(unknown: Iterable[UnknownPupil]) -> list[tuple[str, tuple[int, ...]]]:
    """One entry per unknown pupil with the lines about them, in file order."""
    lines: dict[str, list[int]] = {}
    for row in unknown:
        lines.setdefault(row.who, []).append(row.line)
    return [(who, tuple(numbers)) for who, numbers in lines.items()]
