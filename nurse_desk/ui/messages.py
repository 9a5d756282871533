"""The nurse's words for every expected error; shared by the windows and the command line.

Texts go through Qt's translation system; the command line installs no translator and so
prints English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nurse_desk.domain import errors


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def describe(error: BaseException) -> str:
    """One sentence, no key material, no pupil data."""
    match error:
        case errors.WrongPassphrase():
            return _t("Wrong passphrase or not a Nurse Desk vault. Nothing was changed.")
        case errors.VaultMissing():
            return _t("There is no vault at this place.")
        case errors.VaultAlreadyExists():
            return _t("A file already exists there; choose another name.")
        case errors.EmptyFile():
            return _t("The file is empty: it is not a Nurse Desk vault.")
        case errors.PlainSqliteFile():
            return _t("This is an unencrypted database, not a Nurse Desk vault; it was not opened.")
        case errors.TruncatedVault():
            return _t("The vault file is cut short (truncated); restore it from a backup.")
        case errors.DamagedVault(page=int() as page):
            return _t("The vault is damaged at page %1; restore it from a backup.").replace(
                "%1", str(page)
            )
        case errors.DamagedVault():
            return _t("The vault is damaged; restore it from a backup.")
        case errors.VaultFromNewerVersion():
            return _t("This vault was written by a newer Nurse Desk. Update the app to open it.")
        case errors.VaultLocked():
            return _t("The vault is locked.")
        case errors.UnsafeBuild():
            return _t("The encryption library on this computer is not safe to use.")
        case errors.BackupFailed():
            return _t("The copy could not be verified; nothing was replaced.")
        case errors.PassphraseRejected(reason="mismatch"):
            return _t("The two passphrases are not the same.")
        case errors.PassphraseRejected(reason="too_short"):
            return _t("The passphrase is too short: use at least 12 characters, e.g. four words.")
        case errors.PassphraseRejected():
            return _t("The passphrase is too easy to guess: add a word or two.")
        case OSError():
            return _t("The file could not be read or written (%1).").replace(
                "%1", error.strerror or type(error).__name__
            )
    return _t("Something unexpected went wrong; nothing was changed.")
