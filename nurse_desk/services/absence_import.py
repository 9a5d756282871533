"""Importing absence from the school system's export: preview, then one transaction.

API:
- ``preview_absence(vault, table, mapping, progress=None) -> AbsencePreview``: nothing is
  written; rows matched, unknown pupils, line errors, and how many rows the vault already has.
  ``progress(rows checked, rows in the file)`` now and then, ending at the total.
- ``import_absence(vault, preview, *, skip_bad_lines=False, progress=None) -> AbsenceImportResult``:
  all accepted rows in one transaction (upsert by pupil/day/period/subject, so a re-import or an
  overlapping file never double counts); refuses with ImportHasErrors when the preview has line
  errors and the nurse did not choose to skip them. ``progress(rows written, rows to write)``
  from (0, total) to (total, total), rising.
- Cancelling: an exception raised by ``progress`` (the import dialog's Cancel does that) stops
  the work where it is; an import then rolls back its one transaction, so the vault is exactly
  as before (no rows, no log entry). Once the last rows are written the import completes.
- ``import_absence_file(vault, path, *, mapping_name=None, skip_bad_lines=False)`` for the
  command line: read, map (named, remembered or guessed), preview, import if allowed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from nurse_desk.domain.absence_import import (
    ABSENCE_FIELDS,
    AbsencePreview,
    AbsenceRows,
    split_rows,
)
from nurse_desk.domain.bulk_work import bulk_allocation
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.import_mapping import ColumnMapping, convert_rows
from nurse_desk.domain.tabular import Table
from nurse_desk.services.import_files import read_table
from nurse_desk.services.importing import mapping_for, pupil_matcher
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import absence, access_log
from nurse_desk.storage.vault import Vault

Progress = Callable[[int, int], None]


class ImportHasErrors(NurseDeskError):
    """The file has bad lines; nothing was written (the nurse may choose to skip them)."""

    def __init__(self, count: int) -> None:
        super().__init__(str(count))
        self.count = count


@dataclass(frozen=True, slots=True)
class AbsenceImportResult:
    saved: int  # rows written (new + updated)
    new: int
    updated: int  # already in the vault: values refreshed, not counted twice
    skipped_lines: int  # lines with errors left out at the nurse's choice
    unknown_pupils: int  # rows about pupils not in the vault, not imported


def preview_absence(
    vault: Vault, table: Table, mapping: ColumnMapping, progress: Progress | None = None
) -> AbsencePreview:
    matcher = pupil_matcher(vault)
    with bulk_allocation():
        rows = AbsenceRows(matcher)
        converted = convert_rows(table, mapping, rows, progress, quick=rows.quick_for)
        accepted, unknown, errors, repeated = split_rows(converted, dict(mapping.columns))
        del converted  # its (line, entry) pairs are in `accepted` now
        with unit_of_work(vault) as work:
            known = absence.count_stored(work.session, [entry for _, entry in accepted])
    if progress is not None:
        progress(len(table.rows), len(table.rows))
    return AbsencePreview(tuple(accepted), tuple(unknown), tuple(errors), known, repeated)


def import_absence(
    vault: Vault,
    preview: AbsencePreview,
    *,
    skip_bad_lines: bool = False,
    progress: Progress | None = None,
) -> AbsenceImportResult:
    """All or nothing: one transaction; with line errors only if the nurse skips them."""
    if preview.errors and not skip_bad_lines:
        raise ImportHasErrors(len(preview.errors))
    entries = [entry for _, entry in preview.accepted]
    if progress is not None:
        progress(0, len(entries))
    with bulk_allocation(), unit_of_work(vault) as work:
        session, actor = work.session, work.actor
        before = absence.count(session)
        absence.save_entries(session, entries, progress)
        new = absence.count(session) - before
        result = AbsenceImportResult(
            saved=len(entries),
            new=new,
            updated=len(entries) - new,
            skipped_lines=len(preview.errors),
            unknown_pupils=len(preview.unknown),
        )
        access_log.append_import(
            session,
            actor=actor,
            detail=(
                f"absence: {result.saved} rows saved ({result.new} new, {result.updated} "
                f"updated), {result.skipped_lines} lines skipped, "
                f"{result.unknown_pupils} rows of unknown pupils"
            ),
        )
    return result


def import_absence_file(
    vault: Vault, path: Path, *, mapping_name: str | None = None, skip_bad_lines: bool = False
) -> tuple[AbsencePreview, AbsenceImportResult | None]:
    """The command line's import: the result is None when line errors stopped it."""
    # Before the mapping: a header line alone says why there is nothing, whatever its columns.
    table = read_table(path).with_rows()
    mapping, _ = mapping_for(vault, ABSENCE_FIELDS, table.headers, name=mapping_name)
    preview = preview_absence(vault, table, mapping)
    if preview.errors and not skip_bad_lines:
        return preview, None
    return preview, import_absence(vault, preview, skip_bad_lines=skip_bad_lines)
