"""Words for the errors of the yearly figures and of the export and transfer files."""

from __future__ import annotations

from nurse_desk.domain.figures import InvalidPeriod
from nurse_desk.services.figures import UnknownSchool
from nurse_desk.services.open_export import ExportNotReadable, NotATransferFile
from nurse_desk.wording import QT_TRANSLATE_NOOP, Wording
from nurse_desk.wording.records import NOT_A_RECORD
from nurse_desk.wording.table import Messages, by_reason, fixed, with_values

_EXPORT_REFUSED = {
    "not_json": QT_TRANSLATE_NOOP("Figures", "The file is not a Nurse Desk export."),
    "not_export": QT_TRANSLATE_NOOP("Figures", "The file is not a Nurse Desk export."),
    "newer_format": QT_TRANSLATE_NOOP(
        "Figures", "The export was written by a newer Nurse Desk; update Nurse Desk first."
    ),
    "other_schema": QT_TRANSLATE_NOOP(
        "Figures", "The export comes from another version of Nurse Desk; import it with that one."
    ),
    "content": QT_TRANSLATE_NOOP(
        "Figures", "The export was changed or is damaged; nothing was imported."
    ),
}
_export_refused = by_reason(_EXPORT_REFUSED, "content", "Figures")


def _not_readable(error: ExportNotReadable, wording: Wording) -> str:
    """A handed-over record that is not one is said so; any other file as an export."""
    if error.reason == "not_record":
        return wording.text("Records", NOT_A_RECORD)
    return _export_refused(error, wording)


MESSAGES: Messages = {
    UnknownSchool: with_values(
        QT_TRANSLATE_NOOP("Figures", "There is no school named %1."),
        lambda error: error.name,
        context="Figures",
    ),
    InvalidPeriod: fixed(
        QT_TRANSLATE_NOOP("Figures", "The period's last day is before its first day."), "Figures"
    ),
    ExportNotReadable: _not_readable,
    NotATransferFile: fixed(
        QT_TRANSLATE_NOOP(
            "Figures",
            "This file is not a Nurse Desk transfer file, or it is damaged. Nothing was changed.",
        ),
        "Figures",
    ),
}
