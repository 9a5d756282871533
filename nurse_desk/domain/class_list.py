"""Class lists from the school system: the export's rows turned into one record per pupil.

Reading, encodings, delimiters, field mapping and line-level errors are the shared import layer's
(domain/tabular.py, import_mapping.py, import_values.py); this module adds the class-list fields
and how a row becomes a pupil. Two shapes of export are read the same way: one row per pupil
(with guardian 1 and guardian 2 columns), or one row per pupil-guardian pair. Rows naming the
same pupil (same national ID, else same name and birth date) are grouped into one pupil.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.import_mapping import (
    BIRTH_DATE,
    FAMILY_NAME,
    FULL_NAME,
    GIVEN_NAME,
    IDENTITY_FIELDS,
    NATIONAL_ID,
    ColumnMapping,
    FieldSet,
    ImportField,
    ImportKind,
    RowCells,
    convert_rows,
)
from nurse_desk.domain.import_values import LineError, Problem, ValueRejected
from nurse_desk.domain.national_id import other_country_of, parse_national_id
from nurse_desk.domain.phone_numbers import is_phone
from nurse_desk.domain.pupil_matching import PupilMatcher, normalise_name, row_name
from nurse_desk.domain.records import BirthDateOutOfRange, GuardianRecord, check_birth_date
from nurse_desk.domain.tabular import Table

CLASS_NAME = "class_name"
SCHOOL = "school"
GUARDIAN_NAME, GUARDIAN_RELATION, GUARDIAN_PHONE = (
    "guardian_name",
    "guardian_relation",
    "guardian_phone",
)
GUARDIAN2_NAME, GUARDIAN2_RELATION, GUARDIAN2_PHONE = (
    "guardian2_name",
    "guardian2_relation",
    "guardian2_phone",
)
PROTECTED = "protected"

GUARDIAN_COLUMNS = (
    (GUARDIAN_NAME, GUARDIAN_RELATION, GUARDIAN_PHONE),
    (GUARDIAN2_NAME, GUARDIAN2_RELATION, GUARDIAN2_PHONE),
)

CLASS_LIST_FIELDS = FieldSet(
    ImportKind.PUPILS,
    (
        *IDENTITY_FIELDS,
        ImportField(SCHOOL, ("skole", "skola", "school", "skolenavn", "skolenamn", "enhet")),
        ImportField(
            GUARDIAN_NAME,
            ("foresatt", "foresatt 1", "foresatte", "vårdnadshavare", "vårdnadshavare 1",
             "vh1", "guardian", "guardian 1", "parent", "foresattnavn", "foresatt navn"),
        ),
        ImportField(
            GUARDIAN_RELATION,
            ("relasjon", "relasjon 1", "rolle", "relation", "relation 1", "relationship",
             "tilknytning"),
        ),
        ImportField(
            GUARDIAN_PHONE,
            ("telefon", "telefon 1", "mobil", "mobil 1", "mobilnummer", "phone", "phone 1",
             "mobiltelefon", "tlf", "tlf 1"),
        ),
        ImportField(
            GUARDIAN2_NAME,
            ("foresatt 2", "vårdnadshavare 2", "vh2", "guardian 2", "parent 2"),
        ),
        ImportField(GUARDIAN2_RELATION, ("relasjon 2", "rolle 2", "relation 2")),
        ImportField(
            GUARDIAN2_PHONE, ("telefon 2", "mobil 2", "phone 2", "tlf 2", "mobiltelefon 2")
        ),
        ImportField(
            PROTECTED,
            ("skjermet", "sperret adresse", "skyddad identitet", "skyddade personuppgifter",
             "sekretessmarkering", "strengt fortrolig", "fortrolig adresse", "kode 6",
             "protected", "protected identity", "adressesperre"),
        ),
    ),
    # A pupil needs a name, and a national ID or a birth date.
    identity=(
        (NATIONAL_ID, FULL_NAME),
        (NATIONAL_ID, GIVEN_NAME, FAMILY_NAME),
        (FULL_NAME, BIRTH_DATE),
        (GIVEN_NAME, FAMILY_NAME, BIRTH_DATE),
    ),
)  # fmt: skip


class SchoolNotChosen(NurseDeskError):
    """The file has no school column and no school was given for the whole file: asked once,
    instead of one "school is empty" error on every line."""


def require_school(mapping: ColumnMapping, school_name: str) -> None:
    """Raises SchoolNotChosen unless a column holds the school or one school is given."""
    if not mapping.header(SCHOOL) and not school_name.strip():
        raise SchoolNotChosen("no school column and no school for the whole file")


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


# Values that mean "no" in a protected-identity column. Anything else that is not empty
# ("Ja", "X", "Kode 6", "Strengt fortrolig", "Skyddad") marks the pupil protected: a wrongly
# protected pupil costs the nurse a click, a wrongly unprotected one can put a child at risk.
_NOT_PROTECTED = frozenset({"", "0", "n", "nei", "nej", "no", "false", "usant", "falskt", "-"})


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


def national_id_reader(country: str) -> Callable[[str], tuple[str, date] | None]:
    """(number as stored, birth date) of an ID as the file writes it, None when not valid; the
    shared matcher's normalising (which restores a leading zero a spreadsheet dropped)."""
    normalise = PupilMatcher((), country).normalised_id
    births: dict[str, date] = {}

    def read(text: str) -> tuple[str, date] | None:
        number = normalise(text)
        if number is None:
            if other_country_of(text, country) is not None:
                raise ValueRejected(Problem.NATIONAL_ID_OTHER_COUNTRY, text)
            return None
        if number not in births:
            births[number] = parse_national_id(number, country).birth_date
        return number, births[number]

    return read


def pupil_from_row(
    cells: RowCells,
    *,
    national_id: Callable[[str], tuple[str, date] | None],
    school_name: str = "",
    today: date | None = None,
) -> ImportedPupil:
    """One row as a pupil. `national_id` normalises an ID to (number, birth date), None if it
    is not valid; `school_name` is used where the file has no school. A bad value raises the
    shared layer's CellRejected, which convert_rows turns into a line error; a birth date no
    pupil can have (after `today`, or long before) is out of range."""
    given, family = _text(cells, GIVEN_NAME), _text(cells, FAMILY_NAME)
    if not (given and family) and _text(cells, FULL_NAME):
        given, family = split_full_name(_text(cells, FULL_NAME))
    if not given or not family:
        key = FULL_NAME if cells.has(FULL_NAME) else (FAMILY_NAME if given else GIVEN_NAME)
        raise cells.reject(key, Problem.REQUIRED)
    number, born = _identity(cells, national_id)
    try:
        check_birth_date(born, today or date.today())
    except BirthDateOutOfRange:
        key = BIRTH_DATE if cells.text(BIRTH_DATE) else NATIONAL_ID  # the cell it came from
        raise cells.reject(key, Problem.OUT_OF_RANGE, cells.text(key)) from None
    school = _text(cells, SCHOOL) or " ".join(school_name.split())
    if not school:
        raise cells.reject(SCHOOL, Problem.REQUIRED)
    return ImportedPupil(
        line=cells.row.line,
        given_name=given,
        family_name=family,
        birth_date=born,
        national_id=number,
        school_name=school,
        class_name=_text(cells, CLASS_NAME, max_length=20).upper(),
        guardians=_guardians(cells),
        protected_identity=is_protected_marker(cells.text(PROTECTED)),
    )


def _text(cells: RowCells, key: str, max_length: int = 200) -> str:
    return " ".join(cells.text(key, max_length=max_length).split())


def _cleaned(cells: RowCells, key: str, value: str, max_length: int) -> str:
    """What _text makes of a raw value read with others at once (RowCells.texts)."""
    if len(value) > max_length:
        raise cells.reject(key, Problem.TOO_LONG, value)
    return " ".join(value.split())


def _identity(
    cells: RowCells, national_id: Callable[[str], tuple[str, date] | None]
) -> tuple[str | None, date]:
    """The normalised national ID (or None) and the birth date; the ID gives the date when the
    file has no birth-date column, and a birth date that contradicts the ID is refused."""
    id_text = cells.text(NATIONAL_ID)
    if not id_text and not cells.has(BIRTH_DATE):
        # No birth-date column to fall back on: the empty cell to name is the ID's.
        raise cells.reject(NATIONAL_ID, Problem.REQUIRED)
    born = cells.date(BIRTH_DATE, required=not id_text)
    if not id_text:
        assert born is not None
        return None, born
    try:
        parsed = national_id(id_text)
    except ValueRejected as rejected:  # the reader names a better reason than "not valid"
        raise cells.reject(NATIONAL_ID, rejected.problem, id_text) from None
    if parsed is None:
        raise cells.reject(NATIONAL_ID, Problem.NATIONAL_ID, id_text)
    number, id_born = parsed
    if born is not None and born != id_born:
        raise cells.reject(BIRTH_DATE, Problem.INVALID, cells.text(BIRTH_DATE))
    return number, id_born


_GUARDIAN_KEYS = tuple(key for keys in GUARDIAN_COLUMNS for key in keys)


def _guardians(cells: RowCells) -> tuple[GuardianRecord, ...]:
    """Each guardian named on the row; the six cells read at once (a school's list reads
    thousands of them), each checked as _text checks it, in the same order."""
    values = iter(cells.texts(_GUARDIAN_KEYS))
    found = []
    for name_key_, relation_key, phone_key in GUARDIAN_COLUMNS:
        name, relation, phone = next(values), next(values), next(values)
        name = _cleaned(cells, name_key_, name, 200)
        if name:
            relation = _cleaned(cells, relation_key, relation, 50)
            found.append(GuardianRecord(name, relation, _phone(cells, phone_key, phone)))
    return tuple(found)


def _phone(cells: RowCells, key: str, value: str) -> str:
    """A guardian's phone as the list writes it; a text that cannot be a number ("ring mor")
    is a line error, not a guardian no one can ring (domain/phone_numbers.py)."""
    phone = _cleaned(cells, key, value, 50)
    if not is_phone(phone):
        raise cells.reject(key, Problem.PHONE, value.strip())
    return phone


def names_on_bad_lines(
    table: Table, mapping: ColumnMapping, errors: Iterable[LineError]
) -> frozenset[str]:
    """The names (normalised) on lines refused with an error: a pupil named there is in the
    list, so a full-school import must not offer her as having left school."""
    bad = {error.line for error in errors}
    rows = tuple(row for row in table.rows if row.line in bad)
    named = convert_rows(Table(table.headers, rows), mapping, row_name).rows
    return frozenset(normalise_name(name) for _, name in named if name)


def group_pupils(
    rows: Iterable[tuple[int, ImportedPupil]], columns: dict[str, str] | None = None
) -> tuple[list[ImportedPupil], list[LineError]]:
    """One pupil per person: rows with the same national ID (else name and birth date) are
    merged and their guardians gathered. A row that names the same pupil with another name,
    school or class is a line error (Problem.DUPLICATE: the file contradicts itself)."""
    groups: dict[object, _PupilGroup] = {}
    errors: list[LineError] = []
    for line, pupil in rows:
        key = pupil.national_id or name_key(pupil.given_name, pupil.family_name, pupil.birth_date)
        group = groups.get(key)
        if group is None:
            groups[key] = _PupilGroup(pupil)
        elif group.same_pupil(pupil):
            group.add(pupil)
        else:
            column = (columns or {}).get(CLASS_NAME, "")
            errors.append(LineError(line, column, Problem.DUPLICATE, str(group.first.line)))
    return [group.pupil() for group in groups.values()], errors


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
