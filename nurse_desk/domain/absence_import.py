"""Absence rows from the school system's export: the fields, and one row to one AbsenceEntry.

Reported and excused absence is imported like any other (docs/CARE-RULES.md, "Worrying absence": the
guideline asks the nurse to look at all absence); the flags keep it so she can filter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.import_mapping import (
    BIRTH_DATE,
    FAMILY_NAME,
    FULL_NAME,
    GIVEN_NAME,
    IDENTITY_FIELDS,
    IDENTITY_GROUPS,
    NATIONAL_ID,
    ConvertedRows,
    FieldSet,
    ImportField,
    ImportKind,
    ImportPreview,
    RowCells,
    UnknownPupil,
)
from nurse_desk.domain.import_values import (
    LineError,
    Problem,
    parse_date,
    parse_number,
    parse_yes_no,
)
from nurse_desk.domain.pupil_matching import PupilMatcher, describe_row

DAY, PERIOD, SUBJECT = "day", "period", "subject"
LESSONS, HOURS, MINUTES = "lessons", "hours", "minutes"
REPORTED, EXCUSED, REASON = "reported", "excused", "reason"

ABSENCE_FIELDS = FieldSet(
    ImportKind.ABSENCE,
    (
        *IDENTITY_FIELDS,
        ImportField(DAY, ("dato", "datum", "date", "fraværsdato", "frånvarodatum"),
                    required=True),
        ImportField(PERIOD, ("time", "timenr", "time nr", "skoletime", "lektion", "lektionstid",
                             "lesson", "period", "periode", "økt", "tid", "klokkeslett", "pass")),
        ImportField(SUBJECT, ("fag", "ämne", "subject", "emne", "fagkode", "kurs", "course")),
        ImportField(LESSONS, ("timer", "antall timer", "fraværstimer", "lektioner",
                              "antal lektioner", "lessons", "antall", "antal", "fravær",
                              "frånvaro", "absence")),
        ImportField(HOURS, ("klokketimer", "hours", "timmar", "antal timmar")),
        ImportField(MINUTES, ("minutter", "minuter", "minutes", "min", "fravær i minutter",
                              "frånvaro min", "frånvaro (min)")),
        ImportField(REPORTED, ("meldt", "meldt fravær", "anmält", "anmäld", "anmäld frånvaro",
                               "anmält av vårdnadshavare", "reported", "varslet", "melding")),
        ImportField(EXCUSED, ("gyldig fravær", "gyldig", "giltig", "giltig frånvaro",
                              "godkjent", "dokumentert", "excused", "valid", "beviljad")),
        ImportField(REASON, ("årsak", "orsak", "reason", "grunn", "fraværsårsak",
                             "frånvaroorsak", "merknad", "kommentar", "kommentar/årsak",
                             "comment", "note")),
    ),
    IDENTITY_GROUPS,
)  # fmt: skip

_MAX_LESSONS = 24.0
_MAX_PERIOD, _MAX_SUBJECT, _MAX_REASON = 50, 100, 200  # the absence_entry column sizes


# An absence day is refused when it is more than a year ahead or from before the years a
# pupil spends at school. Leave granted ahead (a family trip in the spring) is recorded in the
# school system when it is granted, often months before, and an export of the school year
# holds it: a year covers that. A whole schooling is 13 years, so last year's and older exports
# of a pupil still import. A year typed wrong (1900, 2200, 2062 for 2026) is far outside both,
# and would be counted as absence in her figures and patterns.
ABSENCE_DAYS_AHEAD = 366
ABSENCE_YEARS_BACK = 13


def absence_day_problem(day: date, today: date) -> Problem | None:
    if day > today + timedelta(days=ABSENCE_DAYS_AHEAD):
        return Problem.DATE_AHEAD
    if day.year < today.year - ABSENCE_YEARS_BACK:
        return Problem.DATE_LONG_AGO
    return None


_VALUES = (DAY, PERIOD, SUBJECT, LESSONS, HOURS, MINUTES, REPORTED, EXCUSED, REASON)


def absence_row(
    matcher: PupilMatcher, cells: RowCells, today: date | None = None
) -> AbsenceEntry | UnknownPupil:
    """One export row; a rejected value raises CellRejected (convert_rows makes it a line
    error). A row about a pupil who is not in the vault is UnknownPupil, not an error.
    Reads all values at once: this runs ~200,000 times for a school year."""
    pupil_id = matcher.find_row(cells)
    day, period, subject, lessons, hours, minutes, reported, excused, reason = cells.texts(_VALUES)
    if not day:
        raise cells.reject(DAY, Problem.REQUIRED)
    if len(period) > _MAX_PERIOD or len(subject) > _MAX_SUBJECT or len(reason) > _MAX_REASON:
        for key, text, limit in (
            (PERIOD, period, _MAX_PERIOD),
            (SUBJECT, subject, _MAX_SUBJECT),
            (REASON, reason, _MAX_REASON),
        ):
            if len(text) > limit:
                raise cells.reject(key, Problem.TOO_LONG, text)
    when = cells.parse(DAY, parse_date, day)
    if problem := absence_day_problem(when, today or date.today()):
        raise cells.reject(DAY, problem, day)
    entry = AbsenceEntry(
        pupil_id or 0,
        when,
        period,
        subject,
        _amount(cells, LESSONS, lessons, _MAX_LESSONS) if lessons else 1.0,
        _hours(cells, hours, minutes),
        _yes(cells, REPORTED, reported),
        _yes(cells, EXCUSED, excused),
        reason,
    )
    return entry if pupil_id is not None else UnknownPupil(cells.row.line, describe_row(cells))


def _amount(cells: RowCells, key: str, text: str, limit: float) -> float:
    value = cells.parse(key, parse_number, text)
    if not 0 <= value <= limit:
        raise cells.reject(key, Problem.OUT_OF_RANGE, text)
    return value


def _hours(cells: RowCells, hours: str, minutes: str) -> float | None:
    if hours:
        return _amount(cells, HOURS, hours, 24.0)
    if minutes:
        return round(_amount(cells, MINUTES, minutes, 24.0 * 60) / 60, 4)
    return None


def _yes(cells: RowCells, key: str, text: str) -> bool:
    return bool(text) and bool(cells.parse(key, parse_yes_no, text))


class AbsenceRows:
    """`absence_row` for one file: a school year repeats each pupil (their ID, or their name
    and birth date), each school day, each amount and each yes/no value thousands of times, so
    the values already found good are remembered (per file, never beyond it). A row with
    anything not yet seen, or anything wrong, goes through `absence_row` itself, so entries and
    line errors are exactly the same. `quick_for` is the remembered part alone, for
    convert_rows(quick=): `convert_rows(table, mapping, rows, quick=rows.quick_for)`."""

    def __init__(self, matcher: PupilMatcher, today: date | None = None) -> None:
        self._matcher = matcher
        self._today = today or date.today()  # one day for the whole file
        # The identity cells (ID, names, birth date) of rows that matched a pupil -> the pupil:
        # find_row reads those cells only, so the same cells always find the same pupil.
        self._pupils: dict[tuple[str, ...], int] = {}
        self._days: dict[str, date] = {}
        self._lessons: dict[str, float] = {"": 1.0}
        self._hours: dict[tuple[str, str], float | None] = {("", ""): None}
        self._answers: dict[str, bool] = {"": False}
        self._quick: tuple[RowCells, Callable[[tuple[str, ...]], AbsenceEntry | None]] | None
        self._quick = None

    def __call__(self, cells: RowCells) -> AbsenceEntry | UnknownPupil:
        if self._quick is None or self._quick[0] is not cells:
            self._quick = (cells, self.quick_for(cells))
        entry = self._quick[1](cells.row.cells)
        return entry if entry is not None else self._checked(cells)

    def quick_for(self, cells: RowCells) -> Callable[[tuple[str, ...]], AbsenceEntry | None]:
        """For the rows read through `cells`: a row's entry when its pupil and every value
        were found good before, else None. One function with everything at hand, since it
        runs for each of ~200,000 rows."""
        read = itemgetter(*cells.positions(_ALL))  # from the cells and a "" for unmapped ones
        pupils, days, amounts, spent, answers = (
            self._pupils, self._days, self._lessons, self._hours, self._answers,
        )  # fmt: skip
        make = tuple.__new__  # AbsenceEntry's own __new__ is a Python call

        def quick(row: tuple[str, ...]) -> AbsenceEntry | None:
            texts = read((*row, ""))
            day, period, subject, lessons, hours, minutes, reported, excused, reason = texts[_AT:]
            pupil_id, when, amount = pupils.get(texts[:_AT]), days.get(day), amounts.get(lessons)
            duration = spent.get((hours, minutes), _NOT_SEEN)  # None is a value here
            was_reported, was_excused = answers.get(reported), answers.get(excused)
            if (
                pupil_id is None
                or when is None
                or amount is None
                or duration is _NOT_SEEN
                or was_reported is None
                or was_excused is None
                or len(period) > _MAX_PERIOD
                or len(subject) > _MAX_SUBJECT
                or len(reason) > _MAX_REASON
            ):
                return None
            return make(
                AbsenceEntry,
                (pupil_id, when, period, subject, amount, duration, was_reported, was_excused,
                 reason),
            )  # fmt: skip

        return quick

    def _checked(self, cells: RowCells) -> AbsenceEntry | UnknownPupil:
        """The full checks (raising CellRejected for a bad value); good values are learnt."""
        entry = absence_row(self._matcher, cells, self._today)
        if isinstance(entry, AbsenceEntry):
            texts = cells.texts(_ALL)
            day, _, _, lessons, hours, minutes, reported, excused, _ = texts[_AT:]
            self._pupils[texts[:_AT]] = entry.pupil_id
            self._days[day] = entry.day
            self._lessons[lessons] = entry.lessons
            self._hours[hours, minutes] = entry.hours
            self._answers[reported] = entry.reported
            self._answers[excused] = entry.excused
        return entry


_IDENTITY = (NATIONAL_ID, FULL_NAME, GIVEN_NAME, FAMILY_NAME, BIRTH_DATE)  # what find_row reads
_ALL, _AT = (*_IDENTITY, *_VALUES), len(_IDENTITY)
_NOT_SEEN = object()


@dataclass(frozen=True, slots=True)
class AbsencePreview(ImportPreview[AbsenceEntry]):
    """What an absence import would do; `already_known` of the accepted rows are in the vault
    (re-importing them updates, never doubles them)."""

    already_known: int = 0
    repeated: int = 0  # identical rows given twice in the file, imported once

    @property
    def new(self) -> int:
        return len(self.accepted) - self.already_known


def split_rows(
    converted: ConvertedRows[AbsenceEntry | UnknownPupil], columns: dict[str, str]
) -> tuple[list[tuple[int, AbsenceEntry]], list[UnknownPupil], list[LineError], int]:
    """Accepted entries (the same lesson given twice identically kept once; given twice with
    different values a line error), unknown pupils, errors, and how many repeats were merged."""
    accepted: list[tuple[int, AbsenceEntry]] = []
    unknown: list[UnknownPupil] = []
    errors = list(converted.errors)
    first = {}.setdefault  # key -> the first (line, entry) with it
    repeated = 0
    for pair in converted.rows:
        item = pair[1]
        if type(item) is UnknownPupil:
            unknown.append(item)
            continue
        earlier = first(item[:4], pair)  # entry.key, without a call per row
        if earlier is pair:
            accepted.append(pair)
        elif earlier[1] == item:
            repeated += 1
        else:  # the line to compare it with is named: a school year's export has thousands
            day = columns.get(DAY, "")
            errors.append(LineError(pair[0], day, Problem.LESSON_DIFFERS, str(earlier[0])))
    errors.sort(key=lambda error: error.line)
    return accepted, unknown, errors, repeated
