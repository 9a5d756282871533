"""Handing a pupil's record over to the next school's nurse, and receiving one.

The record travels as the open export's JSON restricted to the one pupil, inside a transfer
file (an encrypted file of its own) under a one-time passphrase the app makes up; the nurse
gives the passphrase separately (by phone, on paper), never with the file. The consent guard
runs first: without an active consent to transfer the record, nothing is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentPurpose, ConsentRecord
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.retention import NoSuchPupil, one_time_passphrase
from nurse_desk.services.consents import consent_or_refusal
from nurse_desk.services.open_export import encoded
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import hand_over, open_export, pupils, schema, transfer_file
from nurse_desk.storage.hand_over import Receipt
from nurse_desk.storage.orm import PupilRow
from nurse_desk.storage.vault import Vault

__all__ = [
    "DraftsNotSigned",
    "HandOverReasonMissing",
    "Receipt",
    "hand_over_record",
    "receive_record",
]

REASON_LENGTH = 120


class HandOverReasonMissing(NurseDeskError):
    """A record is handed over for a reason the access log keeps (e.g. "moved to Bergen")."""


class DraftsNotSigned(NurseDeskError):
    """The pupil has notes not yet signed. Only the nurse who wrote a draft can sign it: handed
    over, it would be the receiving nurse's to sign, under her name, for another's words."""

    def __init__(self, drafts: int) -> None:
        super().__init__(str(drafts))
        self.drafts = drafts


@dataclass(frozen=True, slots=True)
class HandedOver:
    passphrase: str  # shown once, to be given separately from the file
    consent_id: int


def record_bytes(
    vault: Vault, pupil_id: int, now: datetime, *, shield_protected: bool = False
) -> bytes:
    """The pupil's record as the open export's JSON (one transaction, one consistent picture).
    `shield_protected` for a plain file: see `services.open_export.encoded`."""
    with unit_of_work(vault) as work:
        return record_bytes_in(work, pupil_id, now, shield_protected=shield_protected)


def record_bytes_in(work: Work, pupil_id: int, now: datetime, *, shield_protected: bool) -> bytes:
    """record_bytes inside a caller's unit of work."""
    if work.session.get(PupilRow, pupil_id) is None:
        raise NoSuchPupil(str(pupil_id))
    content = hand_over.pupil_export(work.session, pupil_id, schema.head_revision())
    phones = pupils.protected_phones(work.session) if shield_protected else set()
    return encoded(content, now, shield_protected=shield_protected, protected_phones=phones)


def hand_over_record(
    vault: Vault,
    pupil_id: int,
    target: Path,
    reason: str,
    *,
    today: date | None = None,
    now: datetime | None = None,
    replace: bool = True,
) -> HandedOver:
    """Writes the transfer file and logs the hand-over; ConsentMissing (logged) without an
    active consent to transfer records; DraftsNotSigned while a note of the pupil is a draft
    and FileAlreadyThere for a file already at `target` without `replace` (nothing logged)."""
    reason = " ".join(reason.split())
    if not reason:
        raise HandOverReasonMissing()
    now = now or datetime.now()
    purpose, day = ConsentPurpose.TRANSFER_RECORDS, today or now.date()
    with unit_of_work(vault) as work:
        if drafts := hand_over.drafts_of(work.session, pupil_id):
            raise DraftsNotSigned(drafts)
        consent = consent_or_refusal(work, pupil_id, purpose, "", day)
        if isinstance(consent, ConsentRecord):
            passphrase = one_time_passphrase()
            # Encrypted, but bound for another service: like every file that leaves, it carries
            # no way to a protected pupil's home (that service asks the population register).
            made = record_bytes_in(work, pupil_id, now, shield_protected=True)
            transfer_file.write(target, made, passphrase, replace=replace)
            work.log(
                action=AccessAction.HAND_OVER,
                pupil_id=pupil_id,
                detail=f"transfer file, consent {consent.id}: {reason[:REASON_LENGTH]}",
                at=now,
            )
            return HandedOver(passphrase, consent.id)
    raise consent  # after the commit, so the refusal stays in the log


def receive_record(
    vault: Vault,
    source: Path,
    passphrase: str,
    *,
    school_name: str | None = None,
    now: datetime | None = None,
) -> Receipt:
    """Takes a handed-over record into this vault (the pupil found by national ID, nothing
    added twice) and logs it; WrongPassphrase, NotATransferFile or ExportNotReadable else."""
    now = now or datetime.now()
    content = open_export.decode(transfer_file.read(source, passphrase), schema.head_revision())
    with unit_of_work(vault) as work:
        school_id = pupils.school_by_name(work.session, school_name).id if school_name else None
        receipt = hand_over.receive(work.session, content, school_id=school_id, now=now)
        work.log(
            action=AccessAction.RECEIVED,
            pupil_id=receipt.pupil_id,
            detail=f"from {receipt.sender or 'another vault'}: "
            f"{receipt.added} added, {receipt.already_here} already here"[:200],
            at=now,
        )
        if receipt.marked_protected:
            work.log(action=AccessAction.PROTECT, pupil_id=receipt.pupil_id, at=now)
    return receipt
