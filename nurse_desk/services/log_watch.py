"""What is kept about a vault outside it, and compared at every unlock: the access log's anchor
and the failed unlocks since the last good one (docs/SECURITY.md, "The access log").

A failed unlock cannot be written into the vault (the key is wrong, so nothing can be), and
the attempt may not be the nurse's; it is counted in the app's settings file, with no trace
of what was typed, and written to the access log at the next unlock that succeeds.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from nurse_desk.domain import errors
from nurse_desk.domain.access_log import AccessAction, FailedUnlocks, LogAnchor, LogFinding
from nurse_desk.domain.access_log_details import DetailKind
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import access_log
from nurse_desk.storage.vault import Vault

log = logging.getLogger(__name__)


class OutsideRecord(Protocol):
    """Kept per vault file in the app's settings (nurse_desk.preferences.Preferences), never in the
    vault: what an attacker who edits the vault does not edit with it."""

    def log_anchor(self, vault_path: Path) -> LogAnchor | None: ...

    def keep_log_anchor(self, vault_path: Path, anchor: LogAnchor) -> None: ...

    def failed_unlocks(self, vault_path: Path) -> FailedUnlocks | None: ...

    def count_failed_unlock(self, vault_path: Path, at: datetime) -> None: ...

    def forget_failed_unlocks(self, vault_path: Path) -> None: ...


def unlock_watched(path: Path, secret: str, outside: OutsideRecord | None) -> Vault:
    """Unlock; a wrong passphrase is counted outside. Call `after_unlock` next."""
    try:
        return Vault.open(path, secret)
    except errors.WrongPassphrase:
        if outside is not None:
            outside.count_failed_unlock(path, datetime.now())
        raise


def after_unlock(vault: Vault, outside: OutsideRecord | None) -> LogFinding | None:
    """Writes the failed unlocks counted outside, compares the log with both anchors, and
    writes what it found into the log itself (so a later look at the log shows it) before
    the anchor outside moves on. One unit of work."""
    failed = outside.failed_unlocks(vault.path) if outside is not None else None
    kept = outside.log_anchor(vault.path) if outside is not None else None
    try:
        with unit_of_work(vault) as work:
            finding = access_log.compare_anchors(work.session, kept)
            _write_unlock_entries(work, finding, failed)
            now = access_log.current_anchor(work.session)
    except DBAPIError:  # a damaged page under the log: said as such, never a raw error
        raise errors.DamagedVault("the access log cannot be read") from None
    if outside is not None:
        outside.forget_failed_unlocks(vault.path)
        outside.keep_log_anchor(vault.path, now)
    return finding


def _write_unlock_entries(
    work: Work, finding: LogFinding | None, failed: FailedUnlocks | None
) -> None:
    session, actor = work.session, work.actor
    if finding is not None:
        access_log.append(
            session,
            actor=actor,
            action=AccessAction.LOG_FINDING,
            pupil_id=None,
            detail=finding.detail(),
        )
    if failed is not None:
        access_log.append(
            session,
            actor=actor,
            action=AccessAction.UNLOCK_FAILED,
            pupil_id=None,
            detail=failed.detail(),
        )


def after_create(vault: Vault, outside: OutsideRecord | None) -> None:
    """A new vault starts a new log: whatever was kept for an earlier file at this place goes."""
    if outside is not None:
        outside.forget_failed_unlocks(vault.path)
        keep_anchor(vault, outside)


def keep_anchor(vault: Vault, outside: OutsideRecord | None) -> None:
    """At lock and at the end of a command: the anchor outside moves on to the log's end.

    A vault that cannot be read now still locks: the anchor kept at unlock stays, and the
    entries written since are only covered by the chain and the vault's own anchor."""
    if outside is None:
        return
    try:
        with unit_of_work(vault) as work:
            now = access_log.current_anchor(work.session)
    except (SQLAlchemyError, errors.NurseDeskError):
        log.warning("the access log's anchor could not be read at lock; the last one stays")
        return
    outside.keep_log_anchor(vault.path, now)


def after_restore(vault: Vault, outside: OutsideRecord | None) -> None:
    """A restored backup carries its own, older log: that is the point of restoring, not a
    log cut short. The restore is logged and the anchor outside starts from the backup's."""
    with unit_of_work(vault) as work:
        work.log(
            action=AccessAction.RESTORE,
            pupil_id=None,
            detail=DetailKind.RESTORED.value,
        )
        now = access_log.current_anchor(work.session)
    if outside is not None:
        outside.keep_log_anchor(vault.path, now)
