"""Retention: the rule per country, the pupils who left school, the deposit of a record in the
archive, and removing a pupil for good once the deposit is made and the time has passed.

docs/retention.md gives the defaults and the law they follow; the nurse must check her own
municipality's rule and can change it in Settings."""

from __future__ import annotations

import contextlib
from datetime import date, datetime
from pathlib import Path

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.access_log_details import DetailKind
from nurse_desk.domain.disclosure import Requester
from nurse_desk.domain.retention import (
    LONGEST_YEARS,
    LeftPupil,
    NoSuchPupil,
    RemovalRefused,
    RetentionRule,
    removal_refusal,
)
from nurse_desk.services.hand_over import record_bytes
from nurse_desk.services.record_export import export_record
from nurse_desk.services.saved_files import write_private_file
from nurse_desk.services.unit_of_work import (
    KEEP,
    RETENTION_FROM,
    RETENTION_YEARS,
    Work,
    unit_of_work,
)
from nurse_desk.storage import removal, retention, vault_settings
from nurse_desk.storage.leftovers import refuse_to_replace
from nurse_desk.storage.orm import PupilRow
from nurse_desk.storage.vault import Vault


def retention_rule(vault: Vault, country: str) -> RetentionRule:
    with unit_of_work(vault) as work:
        return work.retention_rule(country)


def save_retention_rule(vault: Vault, country: str, kept: RetentionRule) -> None:
    if kept.years is not None and not 1 <= kept.years <= LONGEST_YEARS:
        raise ValueError(kept.years)
    years = KEEP if kept.years is None else str(kept.years)
    with unit_of_work(vault) as work:
        vault_settings.put(work.session, RETENTION_YEARS.format(country=country), years)
        vault_settings.put(
            work.session, RETENTION_FROM.format(country=country), kept.counted_from.value
        )


def left_school(vault: Vault) -> list[LeftPupil]:
    """The pupils who left, under the rule of the vault's country."""
    with unit_of_work(vault) as work:
        return _left_in(work)


def _left_in(work: Work) -> list[LeftPupil]:
    return retention.left_pupils(work.session, work.retention_rule(work.country))


def _left_pupil(work: Work, pupil_id: int) -> LeftPupil | None:
    if work.session.get(PupilRow, pupil_id) is None:
        raise NoSuchPupil(str(pupil_id))
    return next((p for p in _left_in(work) if p.pupil_id == pupil_id), None)


# The reason the access log keeps for the record export a deposit makes.
DEPOSIT_REASON = "deposit in the municipality's archive"


def deposit(
    vault: Vault,
    pupil_id: int,
    folder: Path,
    *,
    language: str = "nb",
    now: datetime | None = None,
    replace: bool = True,
) -> tuple[Path, Path]:
    """The complete record as PDF and as the open JSON for the municipality's archive, in
    `folder`; logged. The PDF is an ordinary PDF with its fonts embedded: ReportLab's free
    edition cannot write PDF/A, so the open JSON beside it is the lasting copy. Without
    `replace`, either file already there (a deposit of the same day) is kept: FileAlreadyThere
    before anything is made or logged. The record's export is logged only once its PDF is
    written (a folder that refuses it leaves no entry)."""
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        if _left_pupil(work, pupil_id) is None:
            raise RemovalRefused("still_at_school")
    stem = f"pupil-{pupil_id}-record-{now:%Y-%m-%d}"
    pdf, json = folder / f"{stem}.pdf", folder / f"{stem}.json"
    if not replace:
        refuse_to_replace(pdf, json)  # before the record export below is logged
    export_record(  # written to `pdf` in the unit of work that logs it: no file, no entry
        vault,
        pupil_id,
        reason=DEPOSIT_REASON,
        requester=Requester.AUTHORITY,
        language=language,
        now=now,
        out=pdf,
        replace=replace,
    )
    # a plain file like the PDF: a protected pupil's whereabouts stay out of both
    write_private_file(
        json, record_bytes(vault, pupil_id, now, shield_protected=True), replace=replace
    )
    with unit_of_work(vault) as work:
        work.log(
            action=AccessAction.ARCHIVED,
            pupil_id=pupil_id,
            detail=DetailKind.ARCHIVED.value,
            at=now,
        )
    return pdf, json


def remove_for_good(vault: Vault, pupil_id: int, *, today: date | None = None) -> int:
    """Deletes every row of the pupil's record, then vacuums the file; the access log keeps
    its entries (ids and kinds only) and gets one more saying the record was removed.
    RemovalRefused unless the pupil left, was deposited (after the record's last change) and
    the retention time has passed."""
    today = today or date.today()
    with unit_of_work(vault) as work:
        left = _left_pupil(work, pupil_id)
        refusal = removal_refusal(left, today)
        if refusal is None and retention.changed_since_deposit(work.session, pupil_id):
            refusal = "changed_since_deposit"
        if refusal is not None:
            raise RemovalRefused(refusal)
        removed = removal.remove_pupil(work.session, pupil_id)
        work.log(
            action=AccessAction.REMOVED,
            pupil_id=pupil_id,
            detail=f"{removed} rows after retention; deposited {left.archived_on}",
        )
    _vacuum(vault)
    return removed


def _vacuum(vault: Vault) -> None:
    """Rebuilds the file without free pages, then folds the WAL in and empties it, so no copy
    of a deleted page is left in the vault or beside it."""
    with contextlib.closing(vault.raw_connection()) as connection:
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
