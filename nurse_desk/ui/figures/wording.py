"""The nurse's words for the yearly figures' sections and rows, and for export errors."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.absence_patterns import PatternKind
from nurse_desk.domain.figures import InvalidPeriod
from nurse_desk.domain.journal import NoteKind, Topic
from nurse_desk.domain.referrals import PartnerKind
from nurse_desk.services.figures import UnknownSchool
from nurse_desk.services.open_export import ExportNotReadable, NotATransferFile
from nurse_desk.ui.absence.wording import pattern_name
from nurse_desk.ui.journal.wording import word as journal_word
from nurse_desk.ui.referrals.wording import word as referral_word

_SECTIONS = {
    "overview": QT_TRANSLATE_NOOP("Figures", "Overview"),
    "pupils_seen": QT_TRANSLATE_NOOP("Figures", "Pupils seen"),
    "conversations": QT_TRANSLATE_NOOP("Figures", "Conversations"),
    "conversations_by_kind": QT_TRANSLATE_NOOP("Figures", "Conversations by kind"),
    "conversations_by_topic": QT_TRANSLATE_NOOP("Figures", "Conversations by topic"),
    "home_visits": QT_TRANSLATE_NOOP("Figures", "Home visits"),
    "referrals_by_partner": QT_TRANSLATE_NOOP("Figures", "Referrals by partner"),
    "follow_ups": QT_TRANSLATE_NOOP("Figures", "Follow-up work"),
    "consents": QT_TRANSLATE_NOOP("Figures", "Consents"),
    "absence_flags_by_pattern": QT_TRANSLATE_NOOP(
        "Figures", "Pupils with worrying absence, by pattern"
    ),
}
_ROWS = {
    ("home_visits", "planned"): QT_TRANSLATE_NOOP("Figures", "Visits planned"),
    ("home_visits", "done"): QT_TRANSLATE_NOOP("Figures", "Visits done"),
    ("home_visits", "documented"): QT_TRANSLATE_NOOP("Figures", "Visits documented"),
    ("follow_ups", "done"): QT_TRANSLATE_NOOP("Figures", "Follow-ups done"),
    ("follow_ups", "overdue"): QT_TRANSLATE_NOOP("Figures", "Follow-ups overdue"),
    ("consents", "recorded"): QT_TRANSLATE_NOOP("Figures", "Consents recorded"),
    ("consents", "withdrawn"): QT_TRANSLATE_NOOP("Figures", "Consents withdrawn"),
}
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


def _t(source: str) -> str:
    return QCoreApplication.translate("Figures", source)


def section_name(section: str) -> str:
    return _t(_SECTIONS[section])


def row_name(section: str, row: str) -> str:
    """A row's words; a value an older app wrote keeps its key."""
    try:
        if section == "conversations_by_kind":
            return journal_word(NoteKind(row))
        if section == "conversations_by_topic":
            return journal_word(Topic(row))
        if section == "referrals_by_partner":
            return referral_word(PartnerKind(row))
        if section == "absence_flags_by_pattern":
            return pattern_name(PatternKind(row))
    except ValueError:
        return row
    return _t(_ROWS[(section, row)]) if (section, row) in _ROWS else row


def figures_message(error: BaseException) -> str | None:
    """The words for an error of the figures or the export, None for any other error."""
    if isinstance(error, UnknownSchool):
        return QCoreApplication.translate("Figures", "There is no school named %1.").replace(
            "%1", error.name
        )
    if isinstance(error, InvalidPeriod):
        return QCoreApplication.translate(
            "Figures", "The period's last day is before its first day."
        )
    if isinstance(error, ExportNotReadable):
        return _t(_EXPORT_REFUSED.get(error.reason, _EXPORT_REFUSED["content"]))
    if isinstance(error, NotATransferFile):
        return QCoreApplication.translate(
            "Figures", "The file opened, but it is not a Nurse Desk transfer file."
        )
    return None
