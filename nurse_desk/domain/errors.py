"""Typed errors the services raise; the UI and CLI turn them into the nurse's words.

No error carries a passphrase, key material or pupil data in its text.
"""

from __future__ import annotations


class NurseDeskError(Exception):
    """Base of every error the app expects and explains."""


class VaultError(NurseDeskError):
    """Something about the vault file itself."""


class VaultMissing(VaultError):
    """No vault at the given path."""


class VaultAlreadyExists(VaultError):
    """Refuses to overwrite an existing vault."""


class WrongPassphrase(VaultError):
    """The key does not open the file: a wrong passphrase or a file that is not a vault.

    SQLCipher cannot tell these apart (page 1 fails its HMAC either way), so neither can we.
    """


class WrongTransferPassphrase(WrongPassphrase):
    """The passphrase given for a transfer file (a handed-over record, an export) does not open
    it, or the file is not one: the nurse's vault passphrase is not in question."""


class EmptyFile(VaultError):
    """The file has no bytes at all."""


class PlainSqliteFile(VaultError):
    """An unencrypted SQLite database: refused, never opened as a vault."""


class TruncatedVault(VaultError):
    """The file looks like a vault (ciphertext) but is not a whole number of pages."""


class NotAVault(VaultError):
    """Not a whole number of pages and not ciphertext either (text, or a few bytes)."""


class DamagedVault(VaultError):
    """The key is right but a page fails its integrity check."""

    def __init__(self, detail: str, page: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.page = page


class VaultFromNewerVersion(VaultError):
    """The vault was written by a newer Nurse Desk than this one."""

    def __init__(self, found: int | str, supported: int | str) -> None:
        super().__init__(f"vault format {found}, this app reads up to {supported}")
        self.found = found
        self.supported = supported


class VaultLocked(VaultError):
    """An action needs an unlocked vault."""


class UnsafeBuild(VaultError):
    """The SQLCipher library lacks a property the vault relies on."""


class PassphraseRejected(NurseDeskError):
    """A new passphrase does not meet the minimum."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WouldReplaceTheVault(VaultError):
    """A printout or export was to be written over the open vault or one of its files: refused,
    nothing written. `path`: the file, as the nurse gave it."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class FileAlreadyThere(NurseDeskError):
    """A file is already where a backup, printout or export was to go: kept, and nothing was
    written. Replaced only when the nurse says so (a save dialog's question, `--replace`).

    `path`: that file, as the nurse gave it."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


class BackupExists(FileAlreadyThere, VaultError):
    """A file is already where the backup was to go: kept, and no backup was written."""


class BackupFailed(VaultError):
    """A backup or restore could not be verified; nothing was replaced."""


class BackupRefused(VaultError):
    """A restore would not use this backup; the vault was not touched.

    `reason`: "missing", "not_a_backup", "passphrase" (another passphrase, or not a backup:
    SQLCipher cannot tell these apart) or "damaged"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class FileNotWritable(VaultError):
    """A copy could not be written where the nurse asked (missing folder, full disk, no rights)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class DiskRefused(VaultError):
    """The disk refused a write (or a read); what was being saved was not saved.

    `reason`: "full" (no space left, or a file-size limit), "read_only" (a read-only disk or
    folder, or the rights to it taken away), "gone" (the file or its folder vanished, e.g. a
    removed USB stick) or "io" (the disk reported an input/output error).
    `copy`: True when the refused file was a copy (a backup), not the vault itself."""

    REASONS = ("full", "read_only", "gone", "io")

    def __init__(self, reason: str, *, copy: bool = False) -> None:
        super().__init__(f"{reason} ({'copy' if copy else 'vault'})")
        self.reason = reason
        self.copy = copy


class VaultInUse(VaultError):
    """Another Nurse Desk (another window or program) on this computer has the vault open."""


class DuplicateName(NurseDeskError):
    """A name that must be unique (a school, a template) is already used."""
