"""The nurse's words for line-level import errors (the command line uses the English ones)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.import_values import LineError, Problem

_PROBLEMS = {
    Problem.REQUIRED: QT_TRANSLATE_NOOP("ImportWording", "%1 is empty"),
    Problem.DATE_FORMAT: QT_TRANSLATE_NOOP(
        "ImportWording", "'%2' is not a date (use dd.mm.yyyy or yyyy-mm-dd)"
    ),
    Problem.DATE_NOT_EXIST: QT_TRANSLATE_NOOP("ImportWording", "date '%2' does not exist"),
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
        "ImportWording", "the same row appears earlier in the file"
    ),
    Problem.INVALID: QT_TRANSLATE_NOOP("ImportWording", "%1 '%2' is not valid"),
    Problem.WEB_ADDRESS: QT_TRANSLATE_NOOP(
        "ImportWording", "%1 '%2' is not a web address (start with http:// or https://)"
    ),
    Problem.REPEATED: QT_TRANSLATE_NOOP("ImportWording", "%1 '%2' appears earlier in the file"),
}
_LINE = QT_TRANSLATE_NOOP("ImportWording", "line %1: %2")
# The pupil columns every import shares (domain/import_mapping.py IDENTITY_FIELDS).
IDENTITY_LABELS = {
    "national_id": QT_TRANSLATE_NOOP("ImportWording", "Na&tional ID:"),
    "full_name": QT_TRANSLATE_NOOP("ImportWording", "Pupil's &name:"),
    "given_name": QT_TRANSLATE_NOOP("ImportWording", "&Given name:"),
    "family_name": QT_TRANSLATE_NOOP("ImportWording", "Famil&y name:"),
    "birth_date": QT_TRANSLATE_NOOP("ImportWording", "&Birth date:"),
    "class_name": QT_TRANSLATE_NOOP("ImportWording", "&Class:"),
}


def _t(source: str) -> str:
    return QCoreApplication.translate("ImportWording", source)


def line_error_text(error: LineError) -> str:
    value = error.value if len(error.value) <= 40 else error.value[:39] + "…"
    detail = _t(_PROBLEMS[error.problem]).replace("%1", error.column).replace("%2", value)
    return _t(_LINE).replace("%1", str(error.line)).replace("%2", detail)


def identity_label(key: str) -> str:
    """The translated label of a shared pupil column, or the key itself for another field."""
    source = IDENTITY_LABELS.get(key)
    return _t(source) if source else key
