"""The measures catalogue (DOMAIN.md, "Worrying absence": Bærum's catalogue of measure, target
group, short description, link) and reading it from a CSV file exported from a spreadsheet."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from nurse_desk.domain.errors import NurseDeskError

MAX_NAME = 200
MAX_TARGET = 300
MAX_DESCRIPTION = 2000
MAX_LINK = 500


class InvalidMeasure(NurseDeskError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # one of the LineProblem values


class LineProblem:
    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"
    TARGET_TOO_LONG = "target_too_long"
    DESCRIPTION_TOO_LONG = "description_too_long"
    LINK_TOO_LONG = "link_too_long"
    LINK_NOT_WEB = "link_not_web"
    TOO_MANY_COLUMNS = "too_many_columns"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class LineError:
    line: int  # as a spreadsheet shows it: the header is line 1
    problem: str


class MeasureFileRejected(NurseDeskError):
    """The file has errors; nothing was imported (all or nothing)."""

    def __init__(self, lines: tuple[LineError, ...], problem: str = "") -> None:
        super().__init__(problem or f"{len(lines)} line(s)")
        self.lines = lines
        self.problem = problem  # "empty", "no_measures" for whole-file problems


@dataclass(frozen=True, slots=True)
class MeasureDraft:
    name: str
    target_group: str = ""
    description: str = ""
    link: str = ""


@dataclass(frozen=True, slots=True)
class MeasureRecord:
    id: int
    name: str
    target_group: str
    description: str
    link: str
    archived: bool
    citations: int = 0

    def draft(self) -> MeasureDraft:
        return MeasureDraft(self.name, self.target_group, self.description, self.link)


def measure_problem(draft: MeasureDraft) -> str | None:
    if not draft.name:
        return LineProblem.NAME_EMPTY
    if len(draft.name) > MAX_NAME:
        return LineProblem.NAME_TOO_LONG
    if len(draft.target_group) > MAX_TARGET:
        return LineProblem.TARGET_TOO_LONG
    if len(draft.description) > MAX_DESCRIPTION:
        return LineProblem.DESCRIPTION_TOO_LONG
    if len(draft.link) > MAX_LINK:
        return LineProblem.LINK_TOO_LONG
    if draft.link and not draft.link.lower().startswith(("http://", "https://")):
        return LineProblem.LINK_NOT_WEB
    return None


def check_measure(draft: MeasureDraft) -> MeasureDraft:
    cleaned = _cleaned(draft.name, draft.target_group, draft.description, draft.link)
    problem = measure_problem(cleaned)
    if problem is not None:
        raise InvalidMeasure(problem)
    return cleaned


def _cleaned(name: str, target: str, description: str, link: str) -> MeasureDraft:
    return MeasureDraft(name.strip(), target.strip(), description.strip(), link.strip())


# Column headings recognised in the first line (English, Norwegian, Swedish); without them the
# columns are taken in the catalogue's order: measure, target group, description, link.
_HEADINGS = {
    "name": ("measure", "name", "tiltak", "åtgärd", "insats", "navn", "namn"),
    "target_group": ("target group", "målgruppe", "målgrupp"),
    "description": (
        "description",
        "short description",
        "kort beskrivelse",
        "beskrivelse",
        "beskrivning",
        "kort beskrivning",
    ),
    "link": ("link", "url", "lenke", "länk"),
}
_FIELDS = tuple(_HEADINGS)


def decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM Excel writes) or else Windows-1252, Excel's older default."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_measures(data: bytes) -> list[MeasureDraft]:
    """Every measure in the file, or MeasureFileRejected listing every bad line."""
    text = decode(data)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        raise MeasureFileRejected((), "empty")
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns: tuple[str, ...] = _FIELDS
    drafts: list[MeasureDraft] = []
    errors: list[LineError] = []
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if line == _first_line(lines) and (found := _heading_columns(row)):
            columns = found
            continue
        if len(row) > len(columns) and any(cell.strip() for cell in row[len(columns) :]):
            errors.append(LineError(line, LineProblem.TOO_MANY_COLUMNS))
            continue
        values = dict(zip(columns, row, strict=False))
        draft = _cleaned(*(values.get(field, "") for field in _FIELDS))
        problem = measure_problem(draft)
        if problem is None and draft.name.casefold() in seen:
            problem = LineProblem.DUPLICATE
        if problem is not None:
            errors.append(LineError(line, problem))
            continue
        seen.add(draft.name.casefold())
        drafts.append(draft)
    if errors:
        raise MeasureFileRejected(tuple(errors))
    if not drafts:
        raise MeasureFileRejected((), "no_measures")
    return drafts


def _delimiter(text: str) -> str:
    """`;` (Excel in Norway and Sweden) or `,`: a heading row settles it; otherwise the one that
    splits every line into the same two to four columns, then the one used most in the first
    line outside quotes. Without headings a file can be ambiguous; with them it never is."""
    scores = {}
    for candidate in (";", ","):
        rows = [
            row
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=candidate)
            if any(cell.strip() for cell in row)
        ]
        if rows and _heading_columns(rows[0]):
            return candidate
        widths = {len(row) for row in rows}
        steady = len(widths) == 1 and 2 <= min(widths) <= len(_FIELDS)
        scores[candidate] = (steady, _unquoted_count(text, candidate))
    return max(scores, key=lambda candidate: scores[candidate])


def _unquoted_count(text: str, delimiter: str) -> int:
    """How often `delimiter` occurs in the first record outside quoted cells."""
    count, quoted = 0, False
    for char in text.lstrip("\r\n"):
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char == delimiter:
            count += 1
    return count


def _first_line(lines: list[str]) -> int:
    return next(number for number, line in enumerate(lines, 1) if line.strip())


def _heading_columns(row: list[str]) -> tuple[str, ...] | None:
    columns = []
    for cell in row:
        heading = cell.strip().casefold()
        field = next((f for f, names in _HEADINGS.items() if heading in names), None)
        if field is None and heading:
            return None
        columns.append(field or "")
    return tuple(columns) if "name" in columns else None
