"""The measures catalogue (docs/CARE-RULES.md, "Worrying absence": a local catalogue of measure,
target group, short description, link) and reading it from a table (CSV or XLSX, read by the shared
import layer: domain/tabular.py, services/import_files.py)."""

from __future__ import annotations

from dataclasses import dataclass

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.import_values import LineError, Problem
from nurse_desk.domain.tabular import Table

MAX_NAME = 200
MAX_TARGET = 300
MAX_DESCRIPTION = 2000
MAX_LINK = 500


class InvalidMeasure(NurseDeskError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # one of the MeasureProblem values


class MeasureProblem:
    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"
    TARGET_TOO_LONG = "target_too_long"
    DESCRIPTION_TOO_LONG = "description_too_long"
    LINK_TOO_LONG = "link_too_long"
    LINK_NOT_WEB = "link_not_web"


class MeasureFileRejected(NurseDeskError):
    """The file has errors; nothing was imported (all or nothing)."""

    def __init__(self, lines: tuple[LineError, ...], problem: str = "") -> None:
        super().__init__(problem or f"{len(lines)} line(s)")
        self.lines = lines
        self.problem = problem  # "no_headings", "no_measures" for whole-file problems


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
        return MeasureProblem.NAME_EMPTY
    if len(draft.name) > MAX_NAME:
        return MeasureProblem.NAME_TOO_LONG
    if len(draft.target_group) > MAX_TARGET:
        return MeasureProblem.TARGET_TOO_LONG
    if len(draft.description) > MAX_DESCRIPTION:
        return MeasureProblem.DESCRIPTION_TOO_LONG
    if len(draft.link) > MAX_LINK:
        return MeasureProblem.LINK_TOO_LONG
    if draft.link and not draft.link.lower().startswith(("http://", "https://")):
        return MeasureProblem.LINK_NOT_WEB
    return None


def check_measure(draft: MeasureDraft) -> MeasureDraft:
    cleaned = _cleaned(draft.name, draft.target_group, draft.description, draft.link)
    problem = measure_problem(cleaned)
    if problem is not None:
        raise InvalidMeasure(problem)
    return cleaned


def _cleaned(name: str, target: str, description: str, link: str) -> MeasureDraft:
    return MeasureDraft(name.strip(), target.strip(), description.strip(), link.strip())


# Column headings recognised in the header line (English, Norwegian, Swedish). Other columns
# are left out; a measure column is required. Files without a header line are refused, as in
# every other import: the first line of a headerless file would otherwise become a measure.
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
# A measure's problem as a line of the file: the column it is about and the shared problem.
_AS_LINE = {
    MeasureProblem.NAME_EMPTY: ("name", Problem.REQUIRED),
    MeasureProblem.NAME_TOO_LONG: ("name", Problem.TOO_LONG),
    MeasureProblem.TARGET_TOO_LONG: ("target_group", Problem.TOO_LONG),
    MeasureProblem.DESCRIPTION_TOO_LONG: ("description", Problem.TOO_LONG),
    MeasureProblem.LINK_TOO_LONG: ("link", Problem.TOO_LONG),
    MeasureProblem.LINK_NOT_WEB: ("link", Problem.WEB_ADDRESS),
}


def _heading_columns(headers: tuple[str, ...]) -> dict[str, int]:
    """Which column holds each field (the first one with a recognised heading)."""
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        heading = header.strip().casefold()
        field = next((f for f, names in _HEADINGS.items() if heading in names), None)
        if field is not None:
            columns.setdefault(field, index)
    return columns


def measures_from_table(table: Table) -> list[MeasureDraft]:
    """Every measure in the table, or MeasureFileRejected listing every bad line (line numbers
    as the file has them, so the nurse finds each one in the spreadsheet)."""
    columns = _heading_columns(table.headers)
    if "name" not in columns:
        raise MeasureFileRejected((), "no_headings")
    drafts: list[MeasureDraft] = []
    errors: list[LineError] = []
    seen: set[str] = set()
    for row in table.rows:
        if row.extra_cells:
            errors.append(LineError(row.line, "", Problem.TOO_MANY_VALUES))
            continue
        values = {field: row.cells[index] for field, index in columns.items()}
        draft = _cleaned(*(values.get(field, "") for field in _FIELDS))
        problem = measure_problem(draft)
        if problem is not None:
            field, shared = _AS_LINE[problem]
            errors.append(LineError(row.line, table.headers[columns[field]], shared, values[field]))
        elif draft.name.casefold() in seen:
            errors.append(
                LineError(row.line, table.headers[columns["name"]], Problem.REPEATED, draft.name)
            )
        else:
            seen.add(draft.name.casefold())
            drafts.append(draft)
    if errors:
        raise MeasureFileRejected(tuple(errors))
    if not drafts:
        raise MeasureFileRejected((), "no_measures")
    return drafts
