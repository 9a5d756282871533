"""Words for the errors of imports from the school system, and for one rejected line."""

from __future__ import annotations

from nurse_desk.domain.absence_patterns import InvalidThreshold
from nurse_desk.domain.class_list import SchoolNotChosen
from nurse_desk.domain.import_mapping import (
    MappingHeaderMissing,
    MappingIncomplete,
    MappingNotFound,
)
from nurse_desk.domain.import_values import LineError, Problem
from nurse_desk.domain.tabular import (
    EmptyImportFile,
    HeaderOnlyFile,
    NotATable,
    UnreadableWorkbook,
)
from nurse_desk.services.absence_import import ImportHasErrors
from nurse_desk.wording import QT_TRANSLATE_NOOP, Wording
from nurse_desk.wording.table import Messages, fixed, with_values

_PROBLEMS = {
    Problem.REQUIRED: QT_TRANSLATE_NOOP("ImportWording", "%1 is empty"),
    Problem.DATE_FORMAT: QT_TRANSLATE_NOOP(
        "ImportWording", "'%2' is not a date (use dd.mm.yyyy or yyyy-mm-dd)"
    ),
    Problem.DATE_NOT_EXIST: QT_TRANSLATE_NOOP("ImportWording", "date '%2' does not exist"),
    Problem.DATE_AHEAD: QT_TRANSLATE_NOOP("ImportWording", "date '%2' is more than a year ahead"),
    Problem.DATE_LONG_AGO: QT_TRANSLATE_NOOP(
        "ImportWording", "date '%2' is more than 13 years ago"
    ),
    Problem.NUMBER: QT_TRANSLATE_NOOP("ImportWording", "'%2' is not a number"),
    Problem.YES_NO: QT_TRANSLATE_NOOP("ImportWording", "'%2' is not yes or no"),
    Problem.NATIONAL_ID: QT_TRANSLATE_NOOP("ImportWording", "national ID '%2' is not valid"),
    Problem.NATIONAL_ID_OTHER_COUNTRY: QT_TRANSLATE_NOOP(
        "ImportWording",
        "national ID '%2' is valid for the other country, not the one this vault is set to: "
        "check Settings → Country",
    ),
    Problem.TOO_LONG: QT_TRANSLATE_NOOP("ImportWording", "%1 is too long"),
    Problem.TOO_MANY_VALUES: QT_TRANSLATE_NOOP(
        "ImportWording", "more values than the header has columns (check the delimiter)"
    ),
    Problem.OUT_OF_RANGE: QT_TRANSLATE_NOOP("ImportWording", "%1 '%2' is out of range"),
    Problem.DUPLICATE: QT_TRANSLATE_NOOP(
        "ImportWording", "the same pupil is on line %2 with another name, school or class"
    ),
    Problem.LESSON_DIFFERS: QT_TRANSLATE_NOOP(
        "ImportWording", "the same pupil, day and lesson are on line %2 with other values"
    ),
    Problem.INVALID: QT_TRANSLATE_NOOP("ImportWording", "%1 '%2' is not valid"),
    Problem.WEB_ADDRESS: QT_TRANSLATE_NOOP(
        "ImportWording", "%1 '%2' is not a web address (start with http:// or https://)"
    ),
    Problem.REPEATED: QT_TRANSLATE_NOOP("ImportWording", "%1 '%2' appears earlier in the file"),
    Problem.PHONE: QT_TRANSLATE_NOOP(
        "ImportWording", "%1 '%2' is not a phone number (digits, spaces, +, - and ())"
    ),
}
_LINE = QT_TRANSLATE_NOOP("ImportWording", "line %1: %2")


def line_error_text(error: LineError, wording: Wording) -> str:
    """'line 4: date '31.02.2026' does not exist'; a long value is cut to 40 characters."""
    value = error.value if len(error.value) <= 40 else error.value[:39] + "…"
    detail = wording.text("ImportWording", _PROBLEMS[error.problem], error.column, value)
    return wording.text("ImportWording", _LINE, error.line, detail)


_UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is not a readable Excel workbook: it may be damaged or password-protected.",
)
_UNREADABLE_NAMED = QT_TRANSLATE_NOOP(
    "Messages",
    "“%1” is not a readable Excel workbook: it may be damaged or password-protected.",
)


def _unreadable(error: UnreadableWorkbook, wording: Wording) -> str:
    if error.file_name:
        return wording.text("Messages", _UNREADABLE_NAMED, error.file_name)
    return wording.text("Messages", _UNREADABLE)


_NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is not a table: save it from the school system as CSV (columns separated "
    "by ; , or tab) or as an Excel workbook (.xlsx).",
)
_UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "Messages",
    'Line %1 of the file opens a quotation mark (") that is never closed, so every line after '
    "it would be read as part of line %1. Nothing was imported: remove or close that quotation "
    "mark and import the file again.",
)


def _not_a_table(error: NotATable, wording: Wording) -> str:
    if error.reason == "unclosed_quote" and error.line is not None:
        return wording.text("Messages", _UNCLOSED_QUOTE, error.line)
    return wording.text("Messages", _NOT_A_TABLE)


MESSAGES: Messages = {
    EmptyImportFile: fixed(
        QT_TRANSLATE_NOOP("Messages", "The file is empty: there is nothing to import.")
    ),
    HeaderOnlyFile: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file has a header line but no rows below it: there is nothing to import. Check "
            "what was chosen when the file was exported (school, class, dates).",
        )
    ),
    NotATable: _not_a_table,
    UnreadableWorkbook: _unreadable,
    SchoolNotChosen: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Which school are the pupils at? The file has no school column: choose the column "
            "that holds the school, or the school of every pupil.",
        )
    ),
    InvalidThreshold: fixed(
        QT_TRANSLATE_NOOP("Messages", "Each threshold must be above zero, a share at most 100 %.")
    ),
    ImportHasErrors: with_values(
        QT_TRANSLATE_NOOP("Messages", "The file has %1 lines with errors; nothing was imported."),
        lambda error: error.count,
    ),
    MappingNotFound: with_values(
        QT_TRANSLATE_NOOP("Messages", "There is no saved column mapping named '%1'."),
        lambda error: error.name,
    ),
    MappingHeaderMissing: with_values(
        QT_TRANSLATE_NOOP("Messages", "The file has no column named '%1'."),
        lambda error: error.header,
    ),
    MappingIncomplete: with_values(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Cannot tell which column holds: %1. Choose the columns in the import dialog.",
        ),
        lambda error: ", ".join(error.missing),
    ),
}
