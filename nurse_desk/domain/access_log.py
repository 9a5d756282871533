"""The access log: who did what to which pupil's record, and when (pasientjournalforskriften
§14, patientdatalagen). Append-only and hash-chained so an edit behind the app's back shows."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AccessAction(StrEnum):
    OPEN_PUPIL = "open_pupil"
    SIGN = "sign"
    AMEND = "amend"
    PRINT = "print"
    EXPORT = "export"
    CONSENT_RECORDED = "consent_recorded"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    SHARE_REFUSED = "share_refused"
    DISCLOSE = "disclose"  # told a partner about the pupil (a referral), on a consent
    IMPORT = "import"  # a file import or the new school year: many pupils, counts only
    HAND_OVER = "hand_over"  # the record written to a transfer file for the next school's nurse
    RECEIVED = "received"  # a handed-over record taken into this vault
    ARCHIVED = "archived"  # the record deposited in the archive (PDF and open JSON)
    REMOVED = "removed"  # the pupil removed for good after the retention time; no health text


GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AccessEntry:
    id: int
    at: datetime
    actor: str
    action: AccessAction
    pupil_id: int | None
    detail: str
    hash: str


def chain_hash(
    previous: str, at: datetime, actor: str, action: str, pupil_id: int | None, detail: str
) -> str:
    """Each entry's hash covers the previous hash, so a changed, removed or reordered entry
    breaks every hash after it."""
    payload = "\x1f".join(
        (
            previous,
            at.isoformat(timespec="microseconds"),
            actor,
            action,
            "" if pupil_id is None else str(pupil_id),
            detail,
        )
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def first_broken_entry(entries: list[AccessEntry]) -> int | None:
    """The id of the first entry whose hash does not follow from the ones before, or None."""
    previous = GENESIS
    for entry in entries:
        expected = chain_hash(
            previous, entry.at, entry.actor, entry.action, entry.pupil_id, entry.detail
        )
        if expected != entry.hash:
            return entry.id
        previous = entry.hash
    return None
