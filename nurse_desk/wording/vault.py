"""Words for the vault's own errors: opening, damage, backups, passphrases and files."""

from __future__ import annotations

from nurse_desk.domain import errors
from nurse_desk.wording import QT_TRANSLATE_NOOP, Wording
from nurse_desk.wording.table import Messages, by_reason, fixed, with_values

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
_PASSPHRASE_REASONS = {
    "mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases are not the same."),
    "too_short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too short: use at least 12 characters, e.g. four words."
    ),
    "too_weak": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase is too easy to guess: add a word or two."
    ),
}
FILE_PROBLEM = QT_TRANSLATE_NOOP("Messages", "The file could not be read or written (%1).")


def _damaged(error: errors.DamagedVault, wording: Wording) -> str:
    if error.page is not None:
        return wording.text("Messages", _DAMAGED_AT, error.page)
    return wording.text("Messages", _DAMAGED)


def _disk_refused(error: errors.DiskRefused, wording: Wording) -> str:
    """A refused backup copy leaves the vault as it was; a refused vault write loses no
    earlier work: each is said so."""
    texts = _COPY_REFUSED if error.copy else _DISK_REFUSED
    return wording.text("Messages", texts.get(error.reason, texts["io"]))


MESSAGES: Messages = {
    errors.WrongPassphrase: fixed(
        QT_TRANSLATE_NOOP(
            "Messages", "Wrong passphrase or not a Nurse Desk vault. Nothing was changed."
        )
    ),
    errors.WrongTransferPassphrase: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This passphrase does not open the transfer file, or the file is not a Nurse Desk "
            "transfer file. Nothing was changed.",
        )
    ),
    errors.VaultMissing: fixed(QT_TRANSLATE_NOOP("Messages", "There is no vault at this place.")),
    errors.VaultAlreadyExists: fixed(
        QT_TRANSLATE_NOOP("Messages", "A file already exists there; choose another name.")
    ),
    errors.EmptyFile: fixed(
        QT_TRANSLATE_NOOP("Messages", "The file is empty: it is not a Nurse Desk vault.")
    ),
    errors.PlainSqliteFile: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This is an unencrypted database, not a Nurse Desk vault; it was not opened.",
        )
    ),
    errors.TruncatedVault: fixed(
        QT_TRANSLATE_NOOP(
            "Messages", "The vault file is cut short (truncated); restore it from a backup."
        )
    ),
    errors.NotAVault: fixed(
        QT_TRANSLATE_NOOP("Messages", "This file is not a Nurse Desk vault; it was not opened.")
    ),
    errors.VaultFromNewerVersion: fixed(
        QT_TRANSLATE_NOOP(
            "Messages", "This vault was written by a newer Nurse Desk. Update the app to open it."
        )
    ),
    errors.VaultLocked: fixed(QT_TRANSLATE_NOOP("Messages", "The vault is locked.")),
    errors.UnsafeBuild: fixed(
        QT_TRANSLATE_NOOP("Messages", "The encryption library on this computer is not safe to use.")
    ),
    errors.WouldReplaceTheVault: with_values(
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 is the open vault or one of its files; nothing was written. Choose another name.",
        ),
        lambda error: error.path,
    ),
    errors.FileAlreadyThere: with_values(
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 is already there and was kept; nothing was written. Choose another name, "
            "or replace that file on purpose.",
        ),
        lambda error: error.path,
    ),
    errors.BackupExists: with_values(
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 is already there and was kept; no backup was written. Choose another name, "
            "or replace that file on purpose.",
        ),
        lambda error: error.path,
    ),
    errors.BackupFailed: fixed(
        QT_TRANSLATE_NOOP("Messages", "The copy could not be verified; nothing was replaced.")
    ),
    errors.DamagedVault: _damaged,
    errors.DiskRefused: _disk_refused,
    errors.VaultInUse: fixed(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This vault is already open on this computer, in another Nurse Desk window or "
            "program. Use that one, or close it first.",
        )
    ),
    errors.BackupRefused: by_reason(_BACKUP_REFUSED, "damaged"),
    errors.PassphraseRejected: by_reason(_PASSPHRASE_REASONS, "too_weak"),
    errors.FileNotWritable: with_values(FILE_PROBLEM, lambda error: error.detail),
    # The last resorts for the vault and the file system: the detail says what went wrong.
    errors.VaultError: with_values(FILE_PROBLEM, lambda error: str(error) or type(error).__name__),
    OSError: with_values(FILE_PROBLEM, lambda error: error.strerror or type(error).__name__),
    UnicodeError: with_values(FILE_PROBLEM, lambda error: "not UTF-8 text"),
}
