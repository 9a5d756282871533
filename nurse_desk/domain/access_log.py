"""The access log: who did what to which pupil's record, and when (pasientjournalforskriften
§14, patientdatalagen). Append-only and chained with a keyed hash; an anchor (the number of
entries and the last hash) kept outside the log shows entries cut off its end or a log
rewritten or replaced as a whole (docs/SECURITY.md, "The access log")."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from nurse_desk.domain.errors import NurseDeskError


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
    PROTECT = "protect"  # protected identity marked
    UNPROTECT = "unprotect"  # protected identity removed
    SHOW_ADDRESS = "show_address"  # a protected pupil's address or contacts shown on screen
    HAND_OVER = "hand_over"  # the record written to a transfer file for the next school's nurse
    RECEIVED = "received"  # a handed-over record taken into this vault
    ARCHIVED = "archived"  # the record deposited in the archive (PDF and open JSON)
    REMOVED = "removed"  # the pupil removed for good after the retention time; no health text
    SEARCH = "search"  # a pupil shown by a note search; the words searched are never kept
    LIST = "list"  # a pupil shown by a command-line list of health data (detail: the command)
    DISCARD_DRAFT = "discard_draft"  # an unsigned note thrown away (detail: "note 12")
    UNLOCK_FAILED = "unlock_failed"  # failed unlocks, counted outside and written at the next
    LOG_FINDING = "log_finding"  # an unlock found the log cut short, rewritten or replaced
    RESTORE = "restore"  # the vault was replaced by a backup: the log before it is gone


GENESIS = "0" * 64

# The detail of an export of the whole vault, which holds every pupil: its entry has no pupil,
# and a pupil's own log shows it too (who saw or took a pupil's data includes these).
WHOLE_VAULT = "whole vault"
# Who the log names until Settings has the nurse's name. Stored as it stands, in English like
# the entries' details; a window or a printout words it in its own language where it shows it.
NO_NAME = "(no name in Settings)"


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
    previous: str,
    at: datetime,
    actor: str,
    action: str,
    pupil_id: int | None,
    detail: str,
    *,
    key: bytes,
) -> str:
    """Each entry's hash covers the previous hash, so a changed, removed or reordered entry
    breaks every hash after it. The hash is keyed (HMAC-SHA256 with the vault's log key), so
    recomputing the chain takes the key, not only the source code."""
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
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def first_broken_entry(
    entries: Sequence[AccessEntry], key: bytes, previous: str = GENESIS
) -> int | None:
    """The id of the first entry whose hash does not follow from the ones before, or None;
    `previous` is the hash of the entry before the first given (a check that goes on from
    entries already checked).

    Any rows with these fields will do (the check reads plain rows, whatever their action)."""
    for entry in entries:
        expected = chain_hash(
            previous, entry.at, entry.actor, entry.action, entry.pupil_id, entry.detail, key=key
        )
        if not hmac.compare_digest(expected, entry.hash):
            return entry.id
        previous = entry.hash
    return None


@dataclass(frozen=True, slots=True)
class LogFilter:
    """Which entries the nurse asked to see: None is any."""

    pupil_id: int | None = None
    action: AccessAction | None = None
    since: datetime | None = None  # from this moment on
    until: datetime | None = None  # up to, not including, this moment


@dataclass(frozen=True, slots=True)
class CheckedChain:
    """How far the chain was found sound: `count` entries, the last of them entry `entry`
    with hash `head`. A later check goes on from there (see storage.access_log)."""

    count: int
    entry: int
    head: str


@dataclass(frozen=True, slots=True)
class LogAnchor:
    """How long the log was and how it ended when last seen: `count` entries, the last with
    hash `head`. The log may grow past it; it may never be shorter or end differently there."""

    count: int
    head: str

    def text(self) -> str:
        return f"{self.count}:{self.head}"

    @classmethod
    def parse(cls, text: str) -> LogAnchor | None:
        """None for anything that is not "count:head" (a hand-edited settings file)."""
        count, _, head = text.strip().partition(":")
        if not (count.isascii() and count.isdigit()) or len(head) not in (0, 64):
            return None
        if int(count) > 0 and len(head) != 64:
            return None
        return cls(int(count), head)


EMPTY_LOG = LogAnchor(0, "")


class LogProblem(StrEnum):
    BROKEN_CHAIN = "broken_chain"  # an entry's hash does not follow: edited or removed
    CUT_SHORT = "cut_short"  # fewer entries than the anchor counted
    REWRITTEN = "rewritten"  # the entry the anchor points at ends differently


class AnchorPlace(StrEnum):
    CHAIN = "chain"  # found by the chain itself
    VAULT = "vault"  # the anchor the vault keeps beside the log (and carries into backups)
    SETTINGS = "settings"  # the anchor in this computer's settings file


@dataclass(frozen=True, slots=True)
class LogFinding:
    problem: LogProblem
    entry: int  # the first bad entry: its id for a broken chain, else its place (1 = first)
    place: AnchorPlace

    def detail(self) -> str:
        """For the log entry that records the finding: words and numbers, no pupil data."""
        return f"{self.problem.value} at entry {self.entry} ({self.place.value} anchor)"


class AccessLogTampered(NurseDeskError):
    """The access log was cut short, rewritten or replaced outside the app."""

    def __init__(self, finding: LogFinding) -> None:
        super().__init__(finding.detail())
        self.finding = finding


def compare_with_anchor(
    count: int, hash_at_anchor: str | None, anchor: LogAnchor, place: AnchorPlace
) -> LogFinding | None:
    """`count` entries now, and the hash of the entry at the anchor's place (None if gone).

    Entries past the anchor are fine (the log grew since); fewer, or a different hash at the
    anchor's place, are not."""
    if count < anchor.count:
        return LogFinding(LogProblem.CUT_SHORT, count + 1, place)
    if anchor.count and (hash_at_anchor is None or hash_at_anchor != anchor.head):
        return LogFinding(LogProblem.REWRITTEN, anchor.count, place)
    return None


@dataclass(frozen=True, slots=True)
class FailedUnlocks:
    """Unlocks refused since the last good one: counted, with no trace of what was typed."""

    count: int
    first: datetime
    last: datetime

    def detail(self) -> str:
        first = self.first.isoformat(sep=" ", timespec="minutes")
        last = self.last.isoformat(sep=" ", timespec="minutes")
        return f"{self.count} failed unlocks, {first} to {last}"
