"""Class lists from the school system: preview what an import will do, then write it in one
transaction (all or nothing); and the new school year, moving classes up a grade."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nurse_desk.domain.bulk_work import bulk_allocation
from nurse_desk.domain.class_list import (
    CLASS_LIST_FIELDS,
    group_pupils,
    names_on_bad_lines,
    national_id_reader,
    pupil_from_row,
    require_school,
)
from nurse_desk.domain.class_list_plan import (
    ClassListPreview,
    PlanKind,
    plan_class_list,
    preview_of,
    pupils_to_compare,
)
from nurse_desk.domain.import_mapping import ColumnMapping, convert_rows
from nurse_desk.domain.import_values import LineError
from nurse_desk.domain.school_year import TOP_GRADE, ClassMove, MoveKind, plan_new_school_year
from nurse_desk.domain.tabular import Table
from nurse_desk.services.absence_import import ImportHasErrors  # the shared layer's refusal
from nurse_desk.services.import_files import read_table
from nurse_desk.services.importing import mapping_for
from nurse_desk.services.unit_of_work import MOVED_UP, Work, unit_of_work
from nurse_desk.storage import access_log, vault_settings
from nurse_desk.storage import class_list as class_list_store
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.vault import Vault

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ClassListResult:
    new: int
    changed: int
    unchanged: int
    left_school: int
    errors: tuple[LineError, ...]  # lines skipped at the nurse's choice


def preview_class_list(
    vault: Vault,
    table: Table,
    mapping: ColumnMapping,
    *,
    school_name: str = "",
    full_school: bool = False,
    progress: Progress | None = None,
) -> ClassListPreview:
    """What importing the table would do (new, changed with what changes, unchanged, missing
    from a full-school list) and every bad line; nothing is written. SchoolNotChosen when
    neither a column nor `school_name` gives the pupils' school."""
    require_school(mapping, school_name)
    # One unit of work: the rows are read with the vault's country (its national IDs), then
    # only the vault's pupils they can be about (at a school year's volume a third of them,
    # not every pupil with guardians). Converting a class list takes milliseconds, so the
    # transaction stays short. No cycles among the records: the collector need not walk them.
    with bulk_allocation(), unit_of_work(vault) as work:
        country = work.country
        reader, today = national_id_reader(country), date.today()
        converted = convert_rows(
            table,
            mapping,
            lambda cells: pupil_from_row(
                cells, national_id=reader, school_name=school_name, today=today
            ),
            progress,
        )
        pupils, conflicts = group_pupils(converted.rows, dict(mapping.columns))
        wanted = pupils_to_compare(pupils, full_school=full_school)
        existing = class_list_store.pupils_to_compare(work.session, wanted)
    errors = [*converted.errors, *conflicts]
    spared = names_on_bad_lines(table, mapping, errors) if full_school else frozenset()
    with bulk_allocation():
        plan = plan_class_list(
            pupils, existing, full_school=full_school, country=country, named_on_bad_lines=spared
        )
    return preview_of(plan, errors, full_school=full_school, named_on_bad_lines=spared)


def import_class_list(
    vault: Vault,
    preview: ClassListPreview,
    *,
    skip_bad_lines: bool = False,
    leaving: Iterable[int] | None = None,
    today: date | None = None,
) -> ClassListResult:
    """Writes a previewed import in one transaction. Bad lines refuse the whole file
    (ImportHasErrors; the preview names each line) unless `skip_bad_lines`. Missing pupils of a
    full-school list are marked as left school: those in `leaving`, or all when None.
    The plan is made again inside the transaction, so a change since the preview is seen."""
    if preview.errors and not skip_bad_lines:
        raise ImportHasErrors(len(preview.errors))
    with unit_of_work(vault) as work:
        country, actor = work.country, work.actor
        wanted = pupils_to_compare(preview.pupils, full_school=preview.full_school)
        existing = class_list_store.pupils_to_compare(work.session, wanted)
        plan = plan_class_list(
            preview.pupils,
            existing,
            full_school=preview.full_school,
            country=country,
            named_on_bad_lines=preview.named_on_bad_lines,
        )
        missing = {p.existing.id for p in plan.of_kind(PlanKind.MISSING) if p.existing}
        chosen = missing if leaving is None else set(leaving) & missing
        class_list_store.apply_plan(work.session, plan, leaving=chosen, today=today or date.today())
        result = ClassListResult(
            plan.count(PlanKind.NEW),
            plan.count(PlanKind.CHANGED),
            plan.count(PlanKind.UNCHANGED),
            len(chosen),
            preview.errors,
        )
        access_log.append_import(
            work.session,
            actor=actor,
            detail=(
                f"class list: {result.new} new, {result.changed} changed, "
                f"{result.unchanged} unchanged, {result.left_school} left school, "
                f"{len(result.errors)} lines skipped"
            ),
        )
    return result


def preview_class_list_file(
    vault: Vault,
    path: Path,
    *,
    school_name: str = "",
    mapping_name: str | None = None,
    full_school: bool = False,
) -> ClassListPreview:
    """The command line's preview: the named (or remembered, or guessed) mapping, no
    questions; MappingIncomplete when the file's columns cannot be told apart."""
    # Before the mapping: a header line alone says why there is nothing, whatever its columns.
    table = read_table(path).with_rows()
    mapping, _ = mapping_for(
        vault, CLASS_LIST_FIELDS, table.headers, name=mapping_name, school=school_name
    )
    return preview_class_list(
        vault, table, mapping, school_name=school_name, full_school=full_school
    )


def default_top_grade(vault: Vault) -> int:
    """The last grade before pupils leave: 10 in Norway, 9 in Sweden."""
    with unit_of_work(vault) as work:
        return TOP_GRADE.get(work.country, 10)


def _school_id(work: Work, school_name: str) -> int | None:
    found = (s.id for s in pupil_store.all_schools(work.session) if s.name == school_name)
    return next(found, None)


def last_moved_up(vault: Vault, school_name: str) -> date | None:
    """When the school's classes were last moved up, so a second run in one year is noticed."""
    with unit_of_work(vault) as work:
        school_id = _school_id(work, school_name)
        return None if school_id is None else work.moved_up_on(school_id)


def preview_new_school_year(vault: Vault, school_name: str, top_grade: int) -> list[ClassMove]:
    """Where each active pupil of the school goes next year; nothing is written."""
    with unit_of_work(vault) as work:
        pupils = pupil_store.all_pupils(work.session)
    return plan_new_school_year(pupils, school_name, top_grade)


def start_new_school_year(
    vault: Vault,
    school_name: str,
    top_grade: int,
    *,
    archive_leavers: bool,
    today: date | None = None,
) -> Sequence[ClassMove]:
    """Moves every class of the school up a grade in one transaction; pupils in the top grade
    are marked as left school when `archive_leavers` (kept, never deleted)."""
    with unit_of_work(vault) as work:
        actor = work.actor
        moves = plan_new_school_year(pupil_store.all_pupils(work.session), school_name, top_grade)
        day = today or date.today()
        class_list_store.apply_school_year(
            work.session, moves, archive_leavers=archive_leavers, today=day
        )
        school_id = _school_id(work, school_name)
        if school_id is not None:
            moved_up = MOVED_UP.format(school_id=school_id)
            vault_settings.put(work.session, moved_up, day.isoformat())
        kinds = Counter(move.kind for move in moves)
        access_log.append_import(
            work.session,
            actor=actor,
            detail=(
                f"new school year: {kinds[MoveKind.MOVES_UP]} moved up, "
                f"{kinds[MoveKind.LEAVES]} leaving"
                f"{' (marked as left school)' if archive_leavers else ''}, "
                f"{kinds[MoveKind.NOT_MOVED]} not moved"
            ),
        )
    return moves
