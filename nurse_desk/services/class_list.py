"""Class lists from the school system: preview what an import will do, then write it in one
transaction (all or nothing); and the new school year, moving classes up a grade."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from nurse_desk.domain.class_list import (
    ClassListLine,
    ClassListReading,
    ClassListRejected,
    LineError,
    read_class_list,
)
from nurse_desk.domain.class_list_plan import ClassListPlan, PlanKind, plan_class_list
from nurse_desk.domain.school_year import TOP_GRADE, ClassMove, plan_new_school_year
from nurse_desk.services.settings import read_settings
from nurse_desk.storage import class_list as class_list_store
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class ClassListPreview:
    plan: ClassListPlan
    errors: tuple[LineError, ...]


@dataclass(frozen=True, slots=True)
class ClassListResult:
    new: int
    changed: int
    unchanged: int
    left_school: int
    errors: tuple[LineError, ...]  # lines skipped at the nurse's choice


def preview_class_list(
    vault: Vault,
    lines: Iterable[ClassListLine],
    *,
    parse_date: Callable[[str], date],
    school_name: str = "",
    full_school: bool = False,
) -> ClassListPreview:
    """What the import would do, with every bad line; nothing is written."""
    reading = _read(vault, lines, parse_date, school_name)
    with vault.session() as session, session.begin():
        existing = class_list_store.pupils_with_guardians(session)
    plan = plan_class_list(reading.pupils, existing, full_school=full_school)
    return ClassListPreview(plan, tuple(reading.errors))


def import_class_list(
    vault: Vault,
    lines: Iterable[ClassListLine],
    *,
    parse_date: Callable[[str], date],
    school_name: str = "",
    full_school: bool = False,
    skip_bad_lines: bool = False,
    leaving: Iterable[int] | None = None,
    today: date | None = None,
) -> ClassListResult:
    """Writes the import in one transaction. Bad lines refuse the whole file (ClassListRejected
    names each line) unless `skip_bad_lines`. Missing pupils of a full-school list are marked
    as left school: those in `leaving`, or all of them when `leaving` is None."""
    reading = _read(vault, lines, parse_date, school_name)
    if reading.errors and not skip_bad_lines:
        raise ClassListRejected(tuple(reading.errors))
    with vault.session() as session, session.begin():
        existing = class_list_store.pupils_with_guardians(session)
        plan = plan_class_list(reading.pupils, existing, full_school=full_school)
        missing = [p.existing.id for p in plan.of_kind(PlanKind.MISSING) if p.existing]
        chosen = set(missing if leaving is None else leaving) & set(missing)
        class_list_store.apply_plan(session, plan, leaving=chosen, today=today or date.today())
    return ClassListResult(
        plan.count(PlanKind.NEW),
        plan.count(PlanKind.CHANGED),
        plan.count(PlanKind.UNCHANGED),
        len(chosen),
        tuple(reading.errors),
    )


def _read(
    vault: Vault,
    lines: Iterable[ClassListLine],
    parse_date: Callable[[str], date],
    school_name: str,
) -> ClassListReading:
    country = read_settings(vault).country
    return read_class_list(lines, country=country, parse_date=parse_date, school_name=school_name)


def default_top_grade(vault: Vault) -> int:
    """The last grade before pupils leave: 10 in Norway, 9 in Sweden."""
    return TOP_GRADE.get(read_settings(vault).country, 10)


def preview_new_school_year(vault: Vault, school_name: str, top_grade: int) -> list[ClassMove]:
    """Where each active pupil of the school goes next year; nothing is written."""
    with vault.session() as session, session.begin():
        pupils = pupil_store.all_pupils(session)
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
    with vault.session() as session, session.begin():
        moves = plan_new_school_year(pupil_store.all_pupils(session), school_name, top_grade)
        class_list_store.apply_school_year(
            session, moves, archive_leavers=archive_leavers, today=today or date.today()
        )
    return moves
