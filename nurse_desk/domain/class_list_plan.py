"""What a class-list import will do to the pupils already in the vault: new, changed (and what
changes), unchanged, and, for a full-school list, who is missing and may have left school.

Matching: by national ID when the file has one; else (or when the pupil in the vault has no ID
yet) by name and birth date. An existing pupil is updated, never duplicated, never deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nurse_desk.domain.class_list import ImportedPupil
from nurse_desk.domain.import_mapping import ImportPreview
from nurse_desk.domain.import_values import LineError
from nurse_desk.domain.pupil_matching import PupilKey, PupilMatcher, normalise_name
from nurse_desk.domain.records import GuardianRecord, PupilRecord


class PlanKind(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    MISSING = "missing"  # in the vault at a listed school, not in a full-school list


# The preview lists what needs a look first: changes, new pupils, who may have left.
PLAN_ORDER = (PlanKind.CHANGED, PlanKind.NEW, PlanKind.MISSING, PlanKind.UNCHANGED)


class ChangedField(StrEnum):
    NAME = "name"
    NATIONAL_ID = "national_id"
    SCHOOL = "school"
    CLASS_NAME = "class_name"
    GUARDIANS = "guardians"
    PROTECTED = "protected"
    RETURNED = "returned"  # marked as left school, listed again


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: ChangedField
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class PlannedPupil:
    """One line of the preview. `imported` is None for a missing pupil, `existing` for a new one."""

    kind: PlanKind
    imported: ImportedPupil | None
    existing: PupilRecord | None
    changes: tuple[FieldChange, ...] = ()

    @property
    def name(self) -> str:
        person = self.imported or self.existing
        assert person is not None
        return f"{person.family_name}, {person.given_name}"

    @property
    def school_name(self) -> str:
        return (self.imported or self.existing).school_name  # type: ignore[union-attr]

    @property
    def class_name(self) -> str:
        return (self.imported or self.existing).class_name  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class ClassListPlan:
    pupils: tuple[PlannedPupil, ...]

    def of_kind(self, kind: PlanKind) -> list[PlannedPupil]:
        return [pupil for pupil in self.pupils if pupil.kind is kind]

    def count(self, kind: PlanKind) -> int:
        return sum(1 for pupil in self.pupils if pupil.kind is kind)


@dataclass(frozen=True, slots=True)
class ClassListPreview(ImportPreview[PlannedPupil]):
    """The shared import preview (accepted = new, changed and unchanged pupils by line; line
    errors), plus the pupils missing from a full-school list."""

    missing: tuple[PlannedPupil, ...] = ()
    full_school: bool = False
    named_on_bad_lines: frozenset[str] = frozenset()

    @property
    def plan(self) -> ClassListPlan:
        return ClassListPlan(tuple(p for _, p in self.accepted) + self.missing)

    @property
    def pupils(self) -> tuple[ImportedPupil, ...]:
        return tuple(p.imported for _, p in self.accepted if p.imported is not None)


def preview_of(
    plan: ClassListPlan,
    errors: Sequence[LineError],
    *,
    full_school: bool,
    named_on_bad_lines: frozenset[str] = frozenset(),
) -> ClassListPreview:
    listed = tuple((p.imported.line, p) for p in plan.pupils if p.imported is not None)
    return ClassListPreview(
        accepted=listed,
        unknown=(),
        errors=tuple(sorted(errors, key=lambda e: e.line)),
        missing=tuple(plan.of_kind(PlanKind.MISSING)),
        full_school=full_school,
        named_on_bad_lines=named_on_bad_lines,
    )


@dataclass(frozen=True, slots=True)
class PupilsToCompare:
    """Which of the vault's pupils a class list can be about; plan_class_list needs no others.
    Those with one of its national IDs; everyone born on a day one of its pupils was born
    (matching by name and birth date has to see two children of one name born the same day);
    and for a full-school list every active pupil at one of its schools (who is not listed is
    missing). At a school year's volume that is a third of the vault's pupils, not all."""

    national_ids: frozenset[str]
    birth_dates: frozenset[date]
    schools: frozenset[str]  # casefolded names; empty unless the list is a full school's


def pupils_to_compare(imported: Iterable[ImportedPupil], *, full_school: bool) -> PupilsToCompare:
    pupils = list(imported)
    return PupilsToCompare(
        national_ids=frozenset(p.national_id for p in pupils if p.national_id),
        birth_dates=frozenset(p.birth_date for p in pupils),
        schools=frozenset(p.school_name.casefold() for p in pupils) if full_school else frozenset(),
    )


def plan_class_list(
    imported: Iterable[ImportedPupil],
    existing: Sequence[PupilRecord],
    *,
    full_school: bool,
    country: str,
    named_on_bad_lines: frozenset[str] = frozenset(),
) -> ClassListPlan:
    """Compares the file's pupils with the vault's; `existing` must carry guardians and hold
    at least the pupils pupils_to_compare names (more change nothing). A pupil
    named on a refused line (`named_on_bad_lines`, from names_on_bad_lines) is in the list
    all the same, so she is never offered as missing."""
    matcher = _Matcher(existing, country)
    pupils = list(imported)
    # National IDs first, so a pupil matched by name cannot take a vault pupil whose ID
    # another line of the file carries.
    matches = {id(p): matcher.take_by_id(p) for p in pupils if p.national_id}
    planned: list[PlannedPupil] = []
    listed_schools: set[str] = set()
    for pupil in pupils:
        listed_schools.add(pupil.school_name.casefold())
        match = matches.get(id(pupil)) or matcher.take_by_name(pupil)
        if match is None:
            planned.append(PlannedPupil(PlanKind.NEW, pupil, None))
            continue
        changes = changes_between(match, pupil)
        kind = PlanKind.CHANGED if changes else PlanKind.UNCHANGED
        planned.append(PlannedPupil(kind, pupil, match, changes))
    if full_school:
        planned.extend(
            PlannedPupil(PlanKind.MISSING, None, pupil)
            for pupil in matcher.unmatched()
            if pupil.active
            and pupil.school_name.casefold() in listed_schools
            and not _named(pupil, named_on_bad_lines)
        )
    return ClassListPlan(tuple(planned))


def _named(pupil: PupilRecord, names: frozenset[str]) -> bool:
    given, family = normalise_name(pupil.given_name), normalise_name(pupil.family_name)
    return f"{given} {family}" in names or f"{family} {given}" in names


class _Matcher:
    """The shared pupil matching (national ID, else name + birth date), plus what an import of
    pupils needs on top: each vault pupil is matched once, and a same-named child born the
    same day with another national ID is another child."""

    def __init__(self, existing: Sequence[PupilRecord], country: str) -> None:
        self._existing = {pupil.id: pupil for pupil in existing}
        keys = (
            PupilKey(p.id, p.national_id, p.given_name, p.family_name, p.birth_date)
            for p in existing
        )
        self._matcher = PupilMatcher(keys, country)
        self._taken: set[int] = set()

    def take_by_id(self, pupil: ImportedPupil) -> PupilRecord | None:
        return self._take(self._matcher.find(national_id=pupil.national_id or ""))

    def take_by_name(self, pupil: ImportedPupil) -> PupilRecord | None:
        found = self._matcher.find(name=pupil.full_name, born=pupil.birth_date)
        match = self._existing.get(found) if found is not None else None
        if match is not None and pupil.national_id and match.national_id:
            return None  # both have IDs and they differ: another child of that name and day
        return self._take(found)

    def _take(self, found: int | None) -> PupilRecord | None:
        match = self._existing.get(found) if found is not None else None
        if match is None or match.id in self._taken:
            return None
        self._taken.add(match.id)
        return match

    def unmatched(self) -> list[PupilRecord]:
        return [p for p in self._existing.values() if p.id not in self._taken]


def changes_between(existing: PupilRecord, imported: ImportedPupil) -> tuple[FieldChange, ...]:
    """What an import changes. Protected identity is only ever added, never removed by a file
    (a list without the column must not lift a protection); guardians change only when the
    file names some."""
    changes = []

    def compare(field: ChangedField, before: str, after: str) -> None:
        if before != after:
            changes.append(FieldChange(field, before, after))

    compare(ChangedField.NAME, existing.full_name, imported.full_name)
    if imported.national_id:
        compare(ChangedField.NATIONAL_ID, existing.national_id or "", imported.national_id)
    if existing.school_name.casefold() != imported.school_name.casefold():
        compare(ChangedField.SCHOOL, existing.school_name, imported.school_name)
    compare(ChangedField.CLASS_NAME, existing.class_name, imported.class_name)
    merged = merged_guardians(existing.guardians, imported.guardians)
    if _guardian_keys(existing.guardians) != _guardian_keys(merged):
        # Only what differs: guardians who go (or whose details change), and who comes.
        before = set(_guardian_keys(merged))
        after = set(_guardian_keys(existing.guardians))
        changes.append(
            FieldChange(
                ChangedField.GUARDIANS,
                describe_guardians(g for g in existing.guardians if _key(g) not in before),
                describe_guardians(g for g in merged if _key(g) not in after),
            )
        )
    if imported.protected_identity and not existing.protected_identity:
        changes.append(FieldChange(ChangedField.PROTECTED, "", "yes"))
    if not existing.active or existing.left_on is not None:
        left = existing.left_on.isoformat() if existing.left_on else ""
        changes.append(FieldChange(ChangedField.RETURNED, left, ""))
    return tuple(changes)


def merged_guardians(
    existing: Sequence[GuardianRecord], imported: Sequence[GuardianRecord]
) -> tuple[GuardianRecord, ...]:
    """The file's guardians, keeping what the nurse recorded that the file does not say
    (parental responsibility; a relation or phone the export leaves empty)."""
    if not imported:
        return tuple(existing)
    known = {g.name.casefold(): g for g in existing}
    merged = []
    for guardian in imported:
        before = known.get(guardian.name.casefold())
        if before is None:
            merged.append(guardian)
            continue
        merged.append(
            GuardianRecord(
                guardian.name,
                guardian.relation or before.relation,
                guardian.phone or before.phone,
                before.parental_responsibility,
            )
        )
    return tuple(merged)


def _key(guardian: GuardianRecord) -> tuple[str, str, str]:
    return (guardian.name.casefold(), guardian.relation, guardian.phone)


def _guardian_keys(guardians: Iterable[GuardianRecord]) -> list[tuple[str, str, str]]:
    return sorted(_key(g) for g in guardians)


def describe_guardians(guardians: Iterable[GuardianRecord]) -> str:
    return "; ".join(
        " ".join(
            part for part in (g.name, f"({g.relation})" if g.relation else "", g.phone) if part
        )
        for g in guardians
    )
