"""Shared use cases of the imports from the school system: remembered mappings, pupil matching.

API (each opens its own transaction):
- ``remembered_mappings(vault, kind) -> list[SavedMapping]`` (newest first);
- ``mapping_named(vault, kind, name) -> SavedMapping`` (raises MappingNotFound);
- ``remember_mapping(vault, saved)``: keep a named mapping (replaces one of that name);
- ``mapping_for(vault, fields, headers, *, name=None, school="") -> (ColumnMapping, name)``:
  the named mapping (``--mapping NAME``), else a remembered one that fits the file, else the
  guess; raises MappingIncomplete when the result lacks needed fields (the command line cannot
  ask);
- ``pupil_matcher(vault) -> PupilMatcher`` over every pupil, with the vault's country.
Reading files: services/import_files.py ``read_table(path)``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from nurse_desk.domain.import_mapping import (
    ColumnMapping,
    FieldSet,
    ImportKind,
    MappingHeaderMissing,
    MappingIncomplete,
    MappingNotFound,
    SavedMapping,
    choose_mapping,
    missing_fields,
)
from nurse_desk.domain.pupil_matching import PupilMatcher
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import imports
from nurse_desk.storage.vault import Vault


def remembered_mappings(vault: Vault, kind: ImportKind) -> list[SavedMapping]:
    with unit_of_work(vault) as work:
        return imports.mappings(work.session, kind)


def mapping_named(vault: Vault, kind: ImportKind, name: str) -> SavedMapping:
    with unit_of_work(vault) as work:
        saved = imports.mapping_named(work.session, kind, name)
    if saved is None:
        raise MappingNotFound(name)
    return saved


def remember_mapping(
    vault: Vault, saved: SavedMapping, *, now: Callable[[], datetime] = datetime.now
) -> None:
    """Keep a named mapping for this kind of import; an empty name is refused."""
    name = saved.name.strip()[:100]
    if not name:
        raise MappingNotFound("")
    with unit_of_work(vault) as work:
        imports.put_mapping(
            work.session,
            SavedMapping(saved.kind, name, saved.mapping, saved.school.strip()[:200]),
            now=now(),
        )


def mapping_for(
    vault: Vault,
    fields: FieldSet,
    headers: Sequence[str],
    *,
    name: str | None = None,
    school: str = "",
) -> tuple[ColumnMapping, str]:
    """The mapping an unattended import (the command line) uses; complete or refused."""
    if name:
        mapping = mapping_named(vault, fields.kind, name).mapping
        for header in mapping.columns.values():
            if header and header not in headers:
                raise MappingHeaderMissing(header)
        chosen = (mapping, name)
    else:
        chosen = choose_mapping(fields, headers, remembered_mappings(vault, fields.kind), school)
    missing = missing_fields(fields, chosen[0])
    if missing:
        raise MappingIncomplete(missing)
    return chosen


def pupil_matcher(vault: Vault) -> PupilMatcher:
    with unit_of_work(vault) as work:
        country = work.country
        return PupilMatcher(imports.pupil_keys(work.session), country)
