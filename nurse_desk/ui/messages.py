"""The nurse's words for every expected error; shared by the windows and the command line.

Texts go through Qt's translation system; the command line installs no translator and so
prints English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain import errors
from nurse_desk.domain.absence_patterns import InvalidThreshold
from nurse_desk.domain.access_log import AccessLogTampered, LogProblem
from nurse_desk.domain.class_list import SchoolNotChosen
from nurse_desk.domain.consent import ConsentMissing
from nurse_desk.domain.disclosure import ReasonMissing
from nurse_desk.domain.home_visits import (
    InvalidVisit,
    VisitLocked,
    VisitNotFound,
    VisitNotReady,
    WrongVisitStatus,
)
from nurse_desk.domain.import_mapping import (
    MappingHeaderMissing,
    MappingIncomplete,
    MappingNotFound,
)
from nurse_desk.domain.journal import MissingReason, NoteLocked, TextTooLong
from nurse_desk.domain.national_id import InvalidNationalId, NationalIdInUse
from nurse_desk.domain.tabular import EmptyImportFile, NotATable, UnreadableWorkbook
from nurse_desk.services.absence_import import ImportHasErrors
from nurse_desk.services.consents import InvalidConsent
from nurse_desk.services.settings import AuthorMissing
from nurse_desk.ui.figures.wording import figures_message
from nurse_desk.ui.followups.error_words import follow_up_error_text
from nurse_desk.ui.records.wording import records_message
from nurse_desk.ui.referrals.wording import referral_message
from nurse_desk.ui.visits.wording import missing_text

_BY_TYPE: tuple[tuple[type[BaseException], str], ...] = (
    (
        errors.WrongPassphrase,
        QT_TRANSLATE_NOOP(
            "Messages", "Wrong passphrase or not a Nurse Desk vault. Nothing was changed."
        ),
    ),
    (errors.VaultMissing, QT_TRANSLATE_NOOP("Messages", "There is no vault at this place.")),
    (
        errors.VaultAlreadyExists,
        QT_TRANSLATE_NOOP("Messages", "A file already exists there; choose another name."),
    ),
    (
        errors.EmptyFile,
        QT_TRANSLATE_NOOP("Messages", "The file is empty: it is not a Nurse Desk vault."),
    ),
    (
        errors.PlainSqliteFile,
        QT_TRANSLATE_NOOP(
            "Messages",
            "This is an unencrypted database, not a Nurse Desk vault; it was not opened.",
        ),
    ),
    (
        errors.TruncatedVault,
        QT_TRANSLATE_NOOP(
            "Messages", "The vault file is cut short (truncated); restore it from a backup."
        ),
    ),
    (
        errors.NotAVault,
        QT_TRANSLATE_NOOP("Messages", "This file is not a Nurse Desk vault; it was not opened."),
    ),
    (
        errors.VaultFromNewerVersion,
        QT_TRANSLATE_NOOP(
            "Messages", "This vault was written by a newer Nurse Desk. Update the app to open it."
        ),
    ),
    (errors.VaultLocked, QT_TRANSLATE_NOOP("Messages", "The vault is locked.")),
    (
        errors.UnsafeBuild,
        QT_TRANSLATE_NOOP(
            "Messages", "The encryption library on this computer is not safe to use."
        ),
    ),
    (
        errors.BackupFailed,
        QT_TRANSLATE_NOOP("Messages", "The copy could not be verified; nothing was replaced."),
    ),
)
_DAMAGED_AT = QT_TRANSLATE_NOOP(
    "Messages", "The vault is damaged at page %1; restore it from a backup."
)
_DAMAGED = QT_TRANSLATE_NOOP("Messages", "The vault is damaged; restore it from a backup.")
_BACKUP_REFUSED = {
    "missing": QT_TRANSLATE_NOOP("Messages", "There is no backup at this place."),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Nurse Desk backup. The vault was not changed."
    ),
    "passphrase": QT_TRANSLATE_NOOP(
        "Messages",
        "This backup has another passphrase, or it is not a Nurse Desk backup."
        " The vault was not changed.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "Messages", "This backup is damaged; choose another one. The vault was not changed."
    ),
}
_DISK_REFUSED = {
    "full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk is full, so this was not saved. Free some space, then try again: "
        "nothing already saved was lost.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault's folder cannot be written to (it is read-only, or your rights to it were "
        "taken away), so this was not saved. Nothing already saved was lost.",
    ),
    "gone": QT_TRANSLATE_NOOP(
        "Messages",
        "The vault's file or folder cannot be reached (was a USB stick or network drive "
        "removed?), so this was not saved. Nothing already saved was lost.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk reported a read or write error, so this was not saved. The disk may be "
        "failing: make a backup to another disk.",
    ),
}
_COPY_REFUSED = {
    "full": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup could not be written: that disk is full. Free some space or choose "
        "another place. The vault was not changed.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup could not be written: that folder is read-only, or you have no rights to "
        "it. Choose another place. The vault was not changed.",
    ),
    "gone": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup could not be written: that folder cannot be reached (was a USB stick "
        "removed?). The vault was not changed.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup could not be written: that disk reported a read or write error. Choose "
        "another disk. The vault was not changed.",
    ),
}
_IN_USE = QT_TRANSLATE_NOOP(
    "Messages",
    "This vault is already open on this computer, in another Nurse Desk window or program. "
    "Use that one, or close it first.",
)
_PASSPHRASE_REASONS = {
    "mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases are not the same."),
    "too_short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too short: use at least 12 characters, e.g. four words."
    ),
    "too_weak": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too easy to guess: add a word or two."
    ),
}
_DOMAIN_MESSAGES: tuple[tuple[type[BaseException], str], ...] = (
    (
        ReasonMissing,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Say briefly why pupils' data is printed or exported (on the command line: "
            "--reason TEXT). Nothing was written.",
        ),
    ),
    (
        NoteLocked,
        QT_TRANSLATE_NOOP("Messages", "This note is signed and locked. Add an amendment instead."),
    ),
    (MissingReason, QT_TRANSLATE_NOOP("Messages", "Please give a reason (or a name).")),
    (
        AuthorMissing,
        QT_TRANSLATE_NOOP(
            "Messages", "Enter your name and title in Settings first: they are stamped on signing."
        ),
    ),
    (errors.DuplicateName, QT_TRANSLATE_NOOP("Messages", "That name is already used.")),
    (
        EmptyImportFile,
        QT_TRANSLATE_NOOP("Messages", "The file is empty: there is nothing to import."),
    ),
    (
        NotATable,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file is not a table: save it from the school system as CSV (columns separated "
            "by ; , or tab) or as an Excel workbook (.xlsx).",
        ),
    ),
    (
        UnreadableWorkbook,
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file is not a readable Excel workbook: it may be damaged or password-protected.",
        ),
    ),
    (
        SchoolNotChosen,
        QT_TRANSLATE_NOOP(
            "Messages",
            "Which school are the pupils at? The file has no school column: choose the column "
            "that holds the school, or the school of every pupil.",
        ),
    ),
    (
        NationalIdInUse,
        QT_TRANSLATE_NOOP("Messages", "Another pupil already has this national ID."),
    ),
    (
        InvalidThreshold,
        QT_TRANSLATE_NOOP("Messages", "Each threshold must be above zero, a share at most 100 %."),
    ),
    (
        ConsentMissing,
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is no active consent for this. Record the consent first, or share an "
            "anonymised version.",
        ),
    ),
)
_ID_REASONS = {
    "checksum": QT_TRANSLATE_NOOP(
        "Messages", "The national ID's check digits do not add up: please check each digit."
    ),
    "date": QT_TRANSLATE_NOOP("Messages", "The national ID holds a date that does not exist."),
    "format": QT_TRANSLATE_NOOP(
        "Messages", "A national ID has 11 digits (Norway) or 10–12 digits (Sweden)."
    ),
    "digits": QT_TRANSLATE_NOOP(
        "Messages", "Type the national ID with the digits 0–9 only (no ² or other digit signs)."
    ),
}
# Valid for the other country: the vault is most likely set to the wrong one.
_ID_OF_OTHER_COUNTRY = {
    "se": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a valid Swedish ID number, but this vault is set to Norway. If your pupils "
        "are in Sweden, change the country under Settings → Country.",
    ),
    "no": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a valid Norwegian ID number, but this vault is set to Sweden. If your pupils "
        "are in Norway, change the country under Settings → Country.",
    ),
}
_CONSENT_REASONS = {
    "ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The consent ends before it starts: check the dates."
    ),
    "partner_missing": QT_TRANSLATE_NOOP("Messages", "Name the partner the consent is for."),
    "maturity_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Record whether you judge the pupil mature enough to decide alone: in Sweden that "
        "decides whose consent holds.",
    ),
}
_UNREADABLE_WORKBOOK = QT_TRANSLATE_NOOP(
    "Messages",
    "“%1” is not a readable Excel workbook: it may be damaged or password-protected.",
)
_MAPPING_NOT_FOUND = QT_TRANSLATE_NOOP("Messages", "There is no saved column mapping named '%1'.")
_MAPPING_HEADER = QT_TRANSLATE_NOOP("Messages", "The file has no column named '%1'.")
_MAPPING_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Messages", "Cannot tell which column holds: %1. Choose the columns in the import dialog."
)
_IMPORT_ERRORS = QT_TRANSLATE_NOOP(
    "Messages", "The file has %1 lines with errors; nothing was imported."
)
_NOT_READY = QT_TRANSLATE_NOOP(
    "Messages", "The visit cannot be marked ready yet. Still missing: %1."
)
_VISIT_MESSAGES: tuple[tuple[type[BaseException], str], ...] = (
    (
        VisitLocked,
        QT_TRANSLATE_NOOP(
            "Messages", "This visit has taken place; its plan is kept as it was and not changed."
        ),
    ),
    (
        WrongVisitStatus,
        QT_TRANSLATE_NOOP(
            "Messages",
            "That step does not fit the visit's status (draft, ready, done, documented).",
        ),
    ),
    (VisitNotFound, QT_TRANSLATE_NOOP("Messages", "There is no home visit with that number.")),
)
_VISIT_REASONS = {
    "duration": QT_TRANSLATE_NOOP("Messages", "A visit lasts from 5 minutes to 8 hours."),
    "sibling_is_pupil": QT_TRANSLATE_NOOP("Messages", "The pupil cannot be their own sibling."),
    "too_many_items": QT_TRANSLATE_NOOP(
        "Messages", "At most 60 topics, questions or observation points in one plan."
    ),
    "companion_name": QT_TRANSLATE_NOOP("Messages", "Each person who comes along needs a name."),
    "follow_up_what": QT_TRANSLATE_NOOP("Messages", "Each agreed follow-up needs a text."),
    "template_name": QT_TRANSLATE_NOOP("Messages", "Give the template a name."),
}
_LOG_PROBLEMS = {
    LogProblem.BROKEN_CHAIN: QT_TRANSLATE_NOOP(
        "Messages",
        "The access log was changed outside Nurse Desk: entry %1 does not follow from the "
        "entries before it.",
    ),
    LogProblem.CUT_SHORT: QT_TRANSLATE_NOOP(
        "Messages",
        "The access log was cut short outside Nurse Desk: entries from number %1 on are missing.",
    ),
    LogProblem.REWRITTEN: QT_TRANSLATE_NOOP(
        "Messages",
        "The access log was rewritten or replaced outside Nurse Desk: it no longer ends as it "
        "did at entry %1.",
    ),
}
_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The text is too long: at most %1 characters.")
_FILE_PROBLEM = QT_TRANSLATE_NOOP("Messages", "The file could not be read or written (%1).")
_UNEXPECTED = QT_TRANSLATE_NOOP("Messages", "Something unexpected went wrong; nothing was changed.")


def _t(source: str) -> str:
    return QCoreApplication.translate("Messages", source)


def describe(error: BaseException) -> str:
    """One sentence, no key material, no pupil data."""
    if (referral_text := referral_message(error)) is not None:
        return referral_text
    if (records_text := records_message(error)) is not None:
        return records_text
    if (figures_text := figures_message(error)) is not None:
        return figures_text
    if isinstance(error, errors.DamagedVault):
        if error.page is not None:
            return _t(_DAMAGED_AT).replace("%1", str(error.page))
        return _t(_DAMAGED)
    if isinstance(error, errors.DiskRefused):
        words = _COPY_REFUSED if error.copy else _DISK_REFUSED
        return _t(words.get(error.reason, words["io"]))
    if isinstance(error, errors.VaultInUse):
        return _t(_IN_USE)
    if isinstance(error, AccessLogTampered):
        source = _LOG_PROBLEMS[error.finding.problem]
        return _t(source).replace("%1", str(error.finding.entry))
    if isinstance(error, errors.BackupRefused):
        return _t(_BACKUP_REFUSED.get(error.reason, _BACKUP_REFUSED["damaged"]))
    if isinstance(error, InvalidNationalId):
        if error.valid_in in _ID_OF_OTHER_COUNTRY:
            return _t(_ID_OF_OTHER_COUNTRY[error.valid_in])
        return _t(_ID_REASONS.get(error.reason, _ID_REASONS["format"]))
    if isinstance(error, InvalidConsent):
        return _t(_CONSENT_REASONS.get(error.reason, _CONSENT_REASONS["partner_missing"]))
    if isinstance(error, UnreadableWorkbook) and error.file_name:
        return _t(_UNREADABLE_WORKBOOK).replace("%1", error.file_name)
    if isinstance(error, ImportHasErrors):
        return _t(_IMPORT_ERRORS).replace("%1", str(error.count))
    if isinstance(error, MappingNotFound):
        return _t(_MAPPING_NOT_FOUND).replace("%1", error.name)
    if isinstance(error, MappingHeaderMissing):
        return _t(_MAPPING_HEADER).replace("%1", error.header)
    if isinstance(error, MappingIncomplete):
        return _t(_MAPPING_INCOMPLETE).replace("%1", ", ".join(error.missing))
    if isinstance(error, InvalidVisit):
        return _t(_VISIT_REASONS.get(error.reason, _VISIT_REASONS["duration"]))
    if isinstance(error, VisitNotReady):
        return _t(_NOT_READY).replace("%1", missing_text(error.missing))
    for kind, source in _VISIT_MESSAGES:
        if isinstance(error, kind):
            return _t(source)
    if (text := follow_up_error_text(error)) is not None:
        return text
    if isinstance(error, TextTooLong):
        return _t(_TOO_LONG).replace("%1", str(error.limit))
    for kind, source in _DOMAIN_MESSAGES:
        if isinstance(error, kind):
            return _t(source)
    if isinstance(error, errors.FileNotWritable):
        return _t(_FILE_PROBLEM).replace("%1", error.detail)
    if isinstance(error, errors.PassphraseRejected):
        return _t(_PASSPHRASE_REASONS.get(error.reason, _PASSPHRASE_REASONS["too_weak"]))
    for kind, source in _BY_TYPE:
        if isinstance(error, kind):
            return _t(source)
    if isinstance(error, OSError):
        return _t(_FILE_PROBLEM).replace("%1", error.strerror or type(error).__name__)
    if isinstance(error, UnicodeError):
        return _t(_FILE_PROBLEM).replace("%1", "not UTF-8 text")
    if isinstance(error, errors.VaultError):
        return _t(_FILE_PROBLEM).replace("%1", str(error) or type(error).__name__)
    return _t(_UNEXPECTED)
