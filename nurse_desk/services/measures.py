"""The measures catalogue: editing, importing from a CSV or XLSX file (all or nothing, logged),
and citing a measure in a journal note or a follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from nurse_desk.domain.errors import DuplicateName
from nurse_desk.domain.measures import (
    MeasureDraft,
    MeasureRecord,
    check_measure,
    measures_from_table,
)
from nurse_desk.domain.referrals import Removal
from nurse_desk.domain.tabular import Table
from nurse_desk.services.import_files import read_table
from nurse_desk.services.partners import seed_once
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import access_log
from nurse_desk.storage import measures as measure_store
from nurse_desk.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class MeasureImport:
    added: int
    updated: int


def list_measures(vault: Vault, *, include_archived: bool = True) -> list[MeasureRecord]:
    with unit_of_work(vault) as work:
        seed_once(work)
        return measure_store.all_measures(work.session, include_archived=include_archived)


def add_measure(vault: Vault, draft: MeasureDraft) -> int:
    draft = check_measure(draft)
    with unit_of_work(vault) as work:
        _refuse_duplicate(measure_store.by_name(work.session), draft.name, None)
        return measure_store.add(work.session, draft)


def update_measure(vault: Vault, measure_id: int, draft: MeasureDraft) -> None:
    draft = check_measure(draft)
    with unit_of_work(vault) as work:
        _refuse_duplicate(measure_store.by_name(work.session), draft.name, measure_id)
        measure_store.update(work.session, measure_id, draft)


def _refuse_duplicate(known: dict[str, int], name: str, measure_id: int | None) -> None:
    found = known.get(name.casefold())
    if found is not None and found != measure_id:
        raise DuplicateName(name)


def remove_measure(vault: Vault, measure_id: int) -> Removal:
    """Deletes a measure nothing cites; archives one a note or follow-up cites."""
    with unit_of_work(vault) as work:
        return measure_store.remove(work.session, measure_id)


def restore_measure(vault: Vault, measure_id: int) -> None:
    with unit_of_work(vault) as work:
        measure_store.restore(work.session, measure_id)


def import_measures_file(vault: Vault, path: Path) -> MeasureImport:
    """Reads a CSV (any usual encoding and delimiter) or XLSX file, then imports it."""
    return import_measures(vault, read_table(path))


def import_measures(vault: Vault, table: Table) -> MeasureImport:
    """Checks every line first; any bad line rejects the file and nothing is written.

    A measure whose name is already in the catalogue is updated (and restored if archived).
    The import is logged in the same transaction.
    """
    drafts = measures_from_table(table)
    added = updated = 0
    with unit_of_work(vault) as work:
        actor = work.actor
        seed_once(work)
        known = measure_store.by_name(work.session)
        for draft in drafts:
            existing = known.get(draft.name.casefold())
            if existing is None:
                known[draft.name.casefold()] = measure_store.add(work.session, draft)
                added += 1
            else:
                measure_store.update(work.session, existing, draft)
                measure_store.restore(work.session, existing)
                updated += 1
        access_log.append_import(
            work.session,
            actor=actor,
            detail=f"measures catalogue: {added} added, {updated} updated",
        )
    return MeasureImport(added, updated)


def cite_in_note(vault: Vault, measure_id: int, note_id: int) -> None:
    """Links a measure to a note. The note itself is not changed, so a signed note can cite."""
    with unit_of_work(vault) as work:
        measure_store.cite_in_note(work.session, measure_id, note_id)


def uncite_in_note(vault: Vault, measure_id: int, note_id: int) -> None:
    with unit_of_work(vault) as work:
        measure_store.uncite_in_note(work.session, measure_id, note_id)


def cite_in_follow_up(vault: Vault, measure_id: int, follow_up_id: int) -> None:
    with unit_of_work(vault) as work:
        measure_store.cite_in_follow_up(work.session, measure_id, follow_up_id)


def measures_of_notes(vault: Vault, note_ids: list[int]) -> dict[int, list[MeasureRecord]]:
    with unit_of_work(vault) as work:
        return measure_store.cited_by_note(work.session, note_ids)
