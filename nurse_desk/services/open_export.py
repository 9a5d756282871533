"""Export everything: the whole vault as open JSON (docs/export-schema.json), plain or inside an
encrypted transfer file, and a new vault built from such an export. The nurse is never locked in.

Export, import, export gives the same bytes but for the top-level `exported_at`: the export is
read before its own log entry is written, and an import writes no entry into the vault it builds
(the access log it carries over stays exactly as it was)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from nurse_desk.domain import errors
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.access_log_details import DetailKind
from nurse_desk.domain.disclosure import with_reason
from nurse_desk.domain.households import phone_key
from nurse_desk.services.saved_files import write_private_file
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import open_export, schema, transfer_file
from nurse_desk.storage.open_export import ExportNotReadable
from nurse_desk.storage.transfer_file import NotATransferFile
from nurse_desk.storage.vault import Vault, remove_with_sidecars, temporary_beside

__all__ = ["ExportNotReadable", "NotATransferFile", "export_bytes", "import_export", "is_plain"]


def export_bytes(
    vault: Vault, *, now: datetime | None = None, shield_protected: bool = False
) -> bytes:
    """The export's JSON bytes, read in one transaction (a consistent picture of the vault).
    With `shield_protected` (plain JSON anyone may read) the whereabouts of pupils with
    protected identity are left out: see `without_whereabouts`."""
    with unit_of_work(vault) as work:
        return _vault_bytes(work, now or datetime.now(), shield_protected=shield_protected)


def _vault_bytes(work: Work, now: datetime, *, shield_protected: bool) -> bytes:
    content = open_export.dump(work.session, schema.head_revision())
    return encoded(content, now, shield_protected=shield_protected)


def encoded(
    content: dict,
    now: datetime,
    *,
    shield_protected: bool,
    protected_phones: set[str] = frozenset(),
) -> bytes:
    """Dumped tables (the whole vault or one pupil's record) as the export's JSON bytes, with
    the moment of export; `shield_protected` for a plain file: see `without_whereabouts`
    (`protected_phones`: storage.pupils.protected_phones, for a record without the rest)."""
    if shield_protected:
        tables = without_whereabouts(content["tables"], protected_phones)
        content = {**content, "tables": tables}
    return open_export.encode({"exported_at": now.isoformat(timespec="seconds"), **content})


def without_whereabouts(
    tables: dict[str, list[dict]], protected_phones: set[str] = frozenset()
) -> dict[str, list[dict]]:
    """The tables with a protected pupil's guardians' phones, and the address and directions
    of every home visit to a home where a protected pupil lives, emptied. A home is known by
    the pupils on the visit and by the guardians' phones: a brother's mother with the number
    of a protected pupil's mother is that family, so her number and the visits to that home go
    too (`protected_phones` adds the phone keys of protected pupils not in `tables`). The
    encrypted transfer file of the whole vault keeps them (it moves the vault and is as closed
    as the vault); a plain file and a record handed over to another nurse do not."""
    protected = {row["id"] for row in tables.get("pupil", []) if row.get("protected_identity")}
    guardians = tables.get("guardian", [])
    phones = {phone_key(row["phone"]) for row in guardians if row["pupil_id"] in protected}
    phones = (phones | set(protected_phones)) - {""}
    reached = {row["id"] for row in guardians if phone_key(row["phone"]) in phones}
    sharing = protected | {row["pupil_id"] for row in guardians if row["id"] in reached}
    homes = {row["id"] for row in tables.get("home_visit", []) if row["pupil_id"] in sharing}
    homes |= {
        row["visit_id"]
        for row in tables.get("home_visit_sibling", [])
        if row["pupil_id"] in protected
    }
    shielded = dict(tables)
    shielded["guardian"] = [
        {**row, "phone": ""} if row["pupil_id"] in protected or row["id"] in reached else row
        for row in guardians
    ]
    shielded["home_visit"] = [
        {**row, "address": "", "directions": ""} if row["id"] in homes else row
        for row in tables.get("home_visit", [])
    ]
    return shielded


def write_export(
    vault: Vault,
    target: Path,
    *,
    passphrase: str | None,
    reason: str = "",
    now: datetime | None = None,
    replace: bool = True,
) -> None:
    """Plain JSON when `passphrase` is None (the caller has warned the nurse), else a transfer
    file under that passphrase; then one EXPORT entry in the access log, with the reason the
    nurse gave (the window and the command line always ask for one). One unit of work: the
    entry commits once the file is written (a file already at `target` is kept without
    `replace`: FileAlreadyThere, nothing logged)."""
    now = now or datetime.now()
    kind = DetailKind.WHOLE_VAULT_PLAIN if passphrase is None else DetailKind.WHOLE_VAULT_ENCRYPTED
    with unit_of_work(vault) as work:
        data = _vault_bytes(work, now, shield_protected=passphrase is None)
        if passphrase is None:
            write_private_file(target, data, replace=replace)
        else:
            transfer_file.write(target, data, passphrase, replace=replace)
        work.log(
            action=AccessAction.EXPORT,
            pupil_id=None,
            detail=with_reason(kind.value, " ".join(reason.split())),
            at=now,
        )


def is_plain(source: Path) -> bool:
    """Whether the file is plain JSON (else it should be a transfer file)."""
    with source.open("rb") as handle:
        head = handle.read(8).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def read_export(source: Path, passphrase: str | None) -> bytes:
    if is_plain(source):
        return source.read_bytes()
    if passphrase is None:
        raise errors.WrongTransferPassphrase()
    return transfer_file.read(source, passphrase)


def import_export(data: bytes, vault_path: Path, passphrase: str) -> None:
    """A new vault at `vault_path` holding everything in the export; nothing is left behind if
    the export is refused half-way (the vault is built under another name and renamed)."""
    if vault_path.exists():
        raise errors.VaultAlreadyExists(str(vault_path))
    content = open_export.decode(data, schema.head_revision())
    staging = temporary_beside(vault_path, "writing")
    vault = Vault.create(staging, passphrase)
    try:
        with unit_of_work(vault) as work:
            open_export.load(work.session, content)
        vault.lock()
        if vault_path.exists():
            raise errors.VaultAlreadyExists(str(vault_path))
        staging.replace(vault_path)
    finally:
        vault.lock()
        remove_with_sidecars(staging)


def describe_counts(data: bytes) -> dict[str, int]:
    """Rows per table of an export, for the command line's summary."""
    return {name: len(rows) for name, rows in json.loads(data)["tables"].items()}
