"""The access log's details in a nurse's words, in the window language.

The log stores a short English detail per entry ("referral 25 partner 2 consent 128", "note 7",
"absence"); domain/access_log_details.py reads it, and the window words what it read here: what
was shown or sent, and to whom, never a database number. The printed record words the same
reading in its own language (printing/log_details.py).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.access_log import NO_NAME, AnchorPlace
from nurse_desk.domain.access_log_details import (
    DetailKind,
    LoggedDetail,
    SheetKind,
    SheetPart,
    Value,
    read_detail,
)
from nurse_desk.ui.common.dates import date_text, moment_text
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import word

_C = "AccessLogWords"
_A_PARTNER = QT_TRANSLATE_NOOP("AccessLogWords", "a partner")
_WITH_REASON = QT_TRANSLATE_NOOP("AccessLogWords", "%1. Reason: %2")
_AS_READ = "%1"  # a refused share (its purpose's word) or a detail not known: no words of its own
# Each kind's words, with %1, %2, … for its values in the order the domain reads them.
KIND_WORDS: dict[DetailKind, str] = {
    DetailKind.NOTHING: "",
    DetailKind.ABSENCE_CHARTS: QT_TRANSLATE_NOOP("AccessLogWords", "Absence charts"),
    DetailKind.ABSENCE_LIST: QT_TRANSLATE_NOOP("AccessLogWords", "Absence list"),
    DetailKind.NOTE_SEARCH: QT_TRANSLATE_NOOP("AccessLogWords", "Search in the notes"),
    DetailKind.PUPILS_LIST: QT_TRANSLATE_NOOP("AccessLogWords", "The list of pupils"),
    DetailKind.AGENDA_LIST: QT_TRANSLATE_NOOP("AccessLogWords", "The agenda"),
    DetailKind.RETENTION_LIST: QT_TRANSLATE_NOOP(
        "AccessLogWords", "The list of pupils who left school"
    ),
    DetailKind.RECORD_PDF: QT_TRANSLATE_NOOP("AccessLogWords", "The whole record, as a PDF file"),
    DetailKind.RECORD_PDF_FOR: QT_TRANSLATE_NOOP(
        "AccessLogWords", "The whole record, as a PDF file, asked for by: %1"
    ),
    DetailKind.ARCHIVED: QT_TRANSLATE_NOOP(
        "AccessLogWords", "The whole record, as PDF and open files, for the archive"
    ),
    DetailKind.GUARDIANS_CONTACTS: QT_TRANSLATE_NOOP("AccessLogWords", "Guardians' contacts"),
    DetailKind.RESTORED: QT_TRANSLATE_NOOP("AccessLogWords", "Restored from a backup"),
    DetailKind.WHOLE_VAULT_PLAIN: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Every record, as an unencrypted file"
    ),
    DetailKind.WHOLE_VAULT_ENCRYPTED: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Every record, as an encrypted transfer file"
    ),
    DetailKind.WHOLE_VAULT_BACKUP: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Every record, as a backup under another passphrase"
    ),
    DetailKind.REFERRAL: QT_TRANSLATE_NOOP("AccessLogWords", "Referral to %1, with consent"),
    DetailKind.NOTE: QT_TRANSLATE_NOOP("AccessLogWords", "Conversation note"),
    DetailKind.CONSENT: QT_TRANSLATE_NOOP("AccessLogWords", "Consent"),
    DetailKind.VISIT: QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit plan"),
    DetailKind.VISIT_SHEET: _AS_READ,  # its kind and parts, below
    DetailKind.SHARE_REFUSED: _AS_READ,
    DetailKind.AGENDA_WEEK: QT_TRANSLATE_NOOP("AccessLogWords", "Week %1 of the agenda"),
    DetailKind.AGENDA_WEEK_PDF: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Week %1 of the agenda, as a PDF"
    ),
    DetailKind.AGENDA_CALENDAR: QT_TRANSLATE_NOOP("AccessLogWords", "Calendar file from %1"),
    DetailKind.YEARLY_FIGURES: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Yearly figures from %1, no pupil named"
    ),
    DetailKind.HAND_OVER: QT_TRANSLATE_NOOP(
        "AccessLogWords", "The record handed over, as a transfer file"
    ),
    DetailKind.RECEIVED: QT_TRANSLATE_NOOP(
        "AccessLogWords", "A handed-over record from %1: %2 added, %3 already here"
    ),
    DetailKind.RECEIVED_UNNAMED: QT_TRANSLATE_NOOP(
        "AccessLogWords", "A handed-over record from another vault: %1 added, %2 already here"
    ),
    DetailKind.REMOVED: QT_TRANSLATE_NOOP(
        "AccessLogWords", "%1 rows removed after the retention time; deposited in the archive %2"
    ),
    DetailKind.LOG_BROKEN_CHAIN: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Entry %1 did not follow from the entries before it (found by %2)"
    ),
    DetailKind.LOG_CUT_SHORT: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Entries from number %1 on were missing (found by %2)"
    ),
    DetailKind.LOG_REWRITTEN: QT_TRANSLATE_NOOP(
        "AccessLogWords", "The log no longer ended as it did at entry %1 (found by %2)"
    ),
    DetailKind.FAILED_UNLOCKS: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Failed unlocks: %1, from %2 to %3"
    ),
    DetailKind.CLASS_LIST: QT_TRANSLATE_NOOP(
        "AccessLogWords",
        "Class list: %1 new, %2 changed, %3 unchanged, %4 left school, %5 lines skipped",
    ),
    DetailKind.NEW_SCHOOL_YEAR: QT_TRANSLATE_NOOP(
        "AccessLogWords", "New school year: %1 moved up, %2 leaving, %3 not moved"
    ),
    DetailKind.NEW_SCHOOL_YEAR_MARKED: QT_TRANSLATE_NOOP(
        "AccessLogWords",
        "New school year: %1 moved up, %2 leaving (marked as left school), %3 not moved",
    ),
    DetailKind.ABSENCE_IMPORT: QT_TRANSLATE_NOOP(
        "AccessLogWords",
        "Absence import: %1 rows saved (%2 new, %3 updated), %4 lines skipped, "
        "%5 rows of unknown pupils",
    ),
    DetailKind.MEASURES_IMPORT: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Measures catalogue: %1 added, %2 updated"
    ),
    DetailKind.UNKNOWN: _AS_READ,
}
SHEET_KINDS = {
    SheetKind.NAMED: QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit sheet, with name"),
    SheetKind.PRIVATE: QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit sheet, private"),
    SheetKind.PRIVATE_WITHOUT_SCHOOL: QT_TRANSLATE_NOOP(
        "AccessLogWords", "Home-visit sheet, private, without school"
    ),
}
SHEET_PARTS = {
    SheetPart.PRINTED: QT_TRANSLATE_NOOP("AccessLogWords", "printed"),
    SheetPart.SAVED: QT_TRANSLATE_NOOP("AccessLogWords", "saved as a file"),
    SheetPart.COMMAND_LINE: QT_TRANSLATE_NOOP("AccessLogWords", "from the command line"),
    SheetPart.FOR_PARTNER: QT_TRANSLATE_NOOP("AccessLogWords", "for %1"),
    SheetPart.AS_SIBLING: QT_TRANSLATE_NOOP(
        "AccessLogWords", "as a brother or sister on the sheet"
    ),
}
# What found a damaged log: each place keeps its own record of how the log ended.
PLACES = {
    AnchorPlace.CHAIN: QT_TRANSLATE_NOOP("AccessLogWords", "the log's own chain"),
    AnchorPlace.VAULT: QT_TRANSLATE_NOOP("AccessLogWords", "the record the vault keeps of its log"),
    AnchorPlace.SETTINGS: QT_TRANSLATE_NOOP(
        "AccessLogWords", "the record this computer keeps of the log"
    ),
}


def actor_words(actor: str) -> str:
    """Who the entry names: the nurse's name, or "no name yet" in the window language (the
    log stores that placeholder in English, access_log.NO_NAME)."""
    if actor == NO_NAME:
        return QCoreApplication.translate("AccessLogWords", "(no name in Settings)")
    return actor


def _t(source: str) -> str:
    return QCoreApplication.translate(_C, source) if source else source


def detail_words(detail: str, partners: dict[int, str]) -> str:
    """`partners` names the partner of a referral by its id; the reason given for a print or
    an export follows what left; a detail not known here is shown as stored."""
    read = read_detail(detail)
    words = _base_words(read, partners)
    return placed(_t(_WITH_REASON), words, read.reason) if read.reason else words


def _base_words(read: LoggedDetail, partners: dict[int, str]) -> str:
    if read.kind is DetailKind.VISIT_SHEET:
        return ", ".join(_sheet_value(value, read.partner) for value in read.values)
    if read.partner_id is not None:  # a referral: %1 is the partner it went to
        return placed(_t(KIND_WORDS[read.kind]), partners.get(read.partner_id, _t(_A_PARTNER)))
    return placed(_t(KIND_WORDS[read.kind]), *(_value(value) for value in read.values))


def _sheet_value(value: Value, partner: str) -> str:
    if isinstance(value, SheetKind):
        return _t(SHEET_KINDS[value])
    if isinstance(value, SheetPart):
        return placed(_t(SHEET_PARTS[value]), partner)
    return str(value)  # a part not known here, as stored


def _value(value: Value) -> str:
    if isinstance(value, AnchorPlace):
        return _t(PLACES[value])
    if isinstance(value, StrEnum):  # who asked, a consent's purpose: the catalogue's words
        return word(value)
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return date_text(value)
    return str(value)
