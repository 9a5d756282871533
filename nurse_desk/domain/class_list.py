"""Class lists from the school system: the export's rows turned into one record per pupil.

Two shapes of export are read the same way: one row per pupil (with guardian 1 and guardian 2
columns), or one row per pupil-guardian pair. Rows that name the same pupil (same national ID,
else same name and birth date) are grouped into one pupil and their guardians gathered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.national_id import InvalidNationalId, parse_national_id
from nurse_desk.domain.records import GuardianRecord


class ClassListField(StrEnum):
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"
    BIRTH_DATE = "birth_date"
    NATIONAL_ID = "national_id"
    SCHOOL = "school"
    CLASS_NAME = "class_name"
    GUARDIAN_NAME = "guardian_name"
    GUARDIAN_RELATION = "guardian_relation"
    GUARDIAN_PHONE = "guardian_phone"
    GUARDIAN2_NAME = "guardian2_name"
    GUARDIAN2_RELATION = "guardian2_relation"
    GUARDIAN2_PHONE = "guardian2_phone"
    PROTECTED = "protected"


GUARDIAN_COLUMNS = (
    (ClassListField.GUARDIAN_NAME, ClassListField.GUARDIAN_RELATION, ClassListField.GUARDIAN_PHONE),
    (
        ClassListField.GUARDIAN2_NAME,
        ClassListField.GUARDIAN2_RELATION,
        ClassListField.GUARDIAN2_PHONE,
    ),
)


class LineProblem(StrEnum):
    MISSING_NAME = "missing_name"
    MISSING_BIRTH_DATE = "missing_birth_date"
    BAD_BIRTH_DATE = "bad_birth_date"
    BAD_NATIONAL_ID = "bad_national_id"
    BIRTH_DATE_NOT_ID = "birth_date_not_id"  # the birth date column disagrees with the ID
    MISSING_SCHOOL = "missing_school"
    CONFLICTING_ROWS = "conflicting_rows"  # two rows of one pupil disagree on name/school/class


@dataclass(frozen=True, slots=True)
class LineError:
    """What is wrong with one line of the file; `line` counts like a spreadsheet (header = 1)."""

    line: int
    problem: LineProblem
    detail: str = ""  # e.g. the ID checker's reason ('checksum'), or the earlier line number


class ClassListRejected(NurseDeskError):
    """The file has bad lines and the nurse did not choose to skip them; nothing was written."""

    def __init__(self, errors: tuple[LineError, ...]) -> None:
        super().__init__(f"{len(errors)} bad lines")
        self.errors = errors


@dataclass(frozen=True, slots=True)
class ClassListLine:
    """One line of the file after field mapping: each mapped field's raw text."""

    line: int
    values: Mapping[ClassListField, str]

    def get(self, name: ClassListField) -> str:
        return " ".join((self.values.get(name) or "").split())


@dataclass(frozen=True, slots=True)
class ImportedPupil:
    line: int  # first line naming the pupil
    given_name: str
    family_name: str
    birth_date: date
    national_id: str | None
    school_name: str
    class_name: str
    guardians: tuple[GuardianRecord, ...] = ()
    protected_identity: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"


@dataclass(slots=True)
class ClassListReading:
    pupils: list[ImportedPupil] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)


# Values that mean "no" in a protected-identity column. Anything else that is not empty
# ("Ja", "X", "Kode 6", "Strengt fortrolig", "Skyddad") marks the pupil protected: a wrongly
# protected pupil costs the nurse a click, a wrongly unprotected one can put a child at risk.
_NOT_PROTECTED = frozenset({"", "0", "n", "nei", "nej", "no", "false", "usann", "falskt", "-"})


def is_protected_marker(text: str) -> bool:
    return text.strip().casefold() not in _NOT_PROTECTED


def split_full_name(text: str) -> tuple[str, str]:
    """'Hansen, Ola Nordmann' → ('Ola Nordmann', 'Hansen'); 'Ola Hansen' → ('Ola', 'Hansen')."""
    text = " ".join(text.split())
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    given, _, family = text.rpartition(" ")
    return given, family


def name_key(given: str, family: str, born: date) -> tuple[str, str, date]:
    """How a pupil without a national ID is recognised: name (case and spacing ignored) + birth."""
    return (" ".join(given.split()).casefold(), " ".join(family.split()).casefold(), born)


def read_class_list(
    lines: Iterable[ClassListLine],
    *,
    country: str,
    parse_date: Callable[[str], date],
    school_name: str = "",
) -> ClassListReading:
    """Turns mapped lines into pupils, grouping the rows of one pupil; collects every bad line.

    `school_name` is used when the file has no school column (or a line leaves it empty);
    `parse_date` raises ValueError on text that is not a date.
    """
    reading = ClassListReading()
    groups: dict[object, _PupilGroup] = {}
    for line in lines:
        try:
            pupil = _pupil_from(line, country, parse_date, school_name)
        except _BadLine as bad:
            reading.errors.append(LineError(line.line, bad.problem, bad.detail))
            continue
        key = pupil.national_id or name_key(pupil.given_name, pupil.family_name, pupil.birth_date)
        group = groups.get(key)
        if group is None:
            groups[key] = _PupilGroup(pupil)
        elif not group.same_pupil(pupil):
            reading.errors.append(
                LineError(line.line, LineProblem.CONFLICTING_ROWS, str(group.first.line))
            )
        else:
            group.add(pupil)
    reading.pupils = [group.pupil() for group in groups.values()]
    reading.errors.sort(key=lambda error: error.line)
    return reading


class _BadLine(Exception):
    def __init__(self, problem: LineProblem, detail: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.detail = detail


def _pupil_from(
    line: ClassListLine, country: str, parse_date: Callable[[str], date], default_school: str
) -> ImportedPupil:
    given, family = line.get(ClassListField.GIVEN_NAME), line.get(ClassListField.FAMILY_NAME)
    if not (given and family) and line.get(ClassListField.FULL_NAME):
        given, family = split_full_name(line.get(ClassListField.FULL_NAME))
    if not given or not family:
        raise _BadLine(LineProblem.MISSING_NAME)
    national_id, born = _identity(line, country, parse_date)
    school = line.get(ClassListField.SCHOOL) or default_school.strip()
    if not school:
        raise _BadLine(LineProblem.MISSING_SCHOOL)
    return ImportedPupil(
        line=line.line,
        given_name=given,
        family_name=family,
        birth_date=born,
        national_id=national_id,
        school_name=school,
        class_name=line.get(ClassListField.CLASS_NAME).upper(),
        guardians=_guardians(line),
        protected_identity=is_protected_marker(line.get(ClassListField.PROTECTED)),
    )


def _identity(
    line: ClassListLine, country: str, parse_date: Callable[[str], date]
) -> tuple[str | None, date]:
    """The normalised national ID (or None) and the birth date; the ID gives the date when the
    file has no birth-date column, and a birth date that contradicts the ID is refused."""
    id_text, date_text = line.get(ClassListField.NATIONAL_ID), line.get(ClassListField.BIRTH_DATE)
    born: date | None = None
    if date_text:
        try:
            born = parse_date(date_text)
        except ValueError:
            raise _BadLine(LineProblem.BAD_BIRTH_DATE, date_text) from None
    if not id_text:
        if born is None:
            raise _BadLine(LineProblem.MISSING_BIRTH_DATE)
        return None, born
    try:
        parsed = parse_national_id(id_text, country)
    except InvalidNationalId as error:
        raise _BadLine(LineProblem.BAD_NATIONAL_ID, error.reason) from None
    if born is not None and born != parsed.birth_date:
        raise _BadLine(LineProblem.BIRTH_DATE_NOT_ID)
    return parsed.number, parsed.birth_date


def _guardians(line: ClassListLine) -> tuple[GuardianRecord, ...]:
    found = []
    for name_field, relation_field, phone_field in GUARDIAN_COLUMNS:
        name = line.get(name_field)
        if name:
            found.append(GuardianRecord(name, line.get(relation_field), line.get(phone_field)))
    return tuple(found)


class _PupilGroup:
    """The rows of one pupil (pupil-guardian pair shape): the same person, more guardians."""

    def __init__(self, first: ImportedPupil) -> None:
        self.first = first
        self.guardians: dict[str, GuardianRecord] = {}
        self.protected = first.protected_identity
        self._add_guardians(first)

    def same_pupil(self, other: ImportedPupil) -> bool:
        mine, theirs = self.first, other
        return (
            name_key(mine.given_name, mine.family_name, mine.birth_date)
            == name_key(theirs.given_name, theirs.family_name, theirs.birth_date)
            and mine.school_name.casefold() == theirs.school_name.casefold()
            and mine.class_name == theirs.class_name
        )

    def add(self, other: ImportedPupil) -> None:
        self.protected = self.protected or other.protected_identity
        self._add_guardians(other)

    def _add_guardians(self, pupil: ImportedPupil) -> None:
        for guardian in pupil.guardians:
            known = self.guardians.get(guardian.name.casefold())
            if known is None or (not known.phone and guardian.phone):
                self.guardians[guardian.name.casefold()] = guardian

    def pupil(self) -> ImportedPupil:
        first = self.first
        return ImportedPupil(
            line=first.line,
            given_name=first.given_name,
            family_name=first.family_name,
            birth_date=first.birth_date,
            national_id=first.national_id,
            school_name=first.school_name,
            class_name=first.class_name,
            guardians=tuple(self.guardians.values()),
            protected_identity=self.protected,
        )
