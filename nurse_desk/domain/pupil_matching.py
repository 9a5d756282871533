"""Finding the pupil a row of an export is about: national ID first, else name + birth date.

API:
- ``PupilKey(id, national_id, given_name, family_name, birth_date)``: what matching needs of a
  pupil (storage/imports.py ``pupil_keys`` reads them).
- ``PupilMatcher(pupils, country)``; ``find_row(cells) -> int | None`` reads the identity
  fields of import_mapping (national ID, full name or given + family name, birth date) from a
  ``RowCells``; an invalid national ID is a line error (Problem.NATIONAL_ID), an unknown pupil
  is None. ``describe_row(cells)`` says who the row is about, for the unknown-pupils list.
- Names compare case- and whitespace-insensitively; "Hansen, Ola", "Ola Hansen" and
  "Hansen Ola" are the same name. A name + birth date shared by two pupils matches neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from nurse_desk.domain.import_mapping import (
    BIRTH_DATE,
    FAMILY_NAME,
    FULL_NAME,
    GIVEN_NAME,
    NATIONAL_ID,
    RowCells,
)
from nurse_desk.domain.import_values import Problem
from nurse_desk.domain.national_id import InvalidNationalId, other_country_of, parse_national_id

_AMBIGUOUS = -1


@dataclass(frozen=True, slots=True)
class PupilKey:
    id: int
    national_id: str | None
    given_name: str
    family_name: str
    birth_date: date


def normalise_name(text: str) -> str:
    return " ".join(text.replace(",", " ").casefold().split())


class PupilMatcher:
    def __init__(self, pupils: Iterable[PupilKey], country: str) -> None:
        self._country = country
        self._by_id: dict[str, int] = {}
        self._by_name: dict[tuple[str, date], int] = {}
        self._ids_seen: dict[str, str | None] = {}  # raw text -> compact number (None = invalid)
        for pupil in pupils:
            if pupil.national_id:
                self._by_id[pupil.national_id] = pupil.id
            given, family = normalise_name(pupil.given_name), normalise_name(pupil.family_name)
            for name in {f"{given} {family}", f"{family} {given}"}:
                key = (name, pupil.birth_date)
                known = self._by_name.get(key)
                self._by_name[key] = pupil.id if known in (None, pupil.id) else _AMBIGUOUS

    def normalised_id(self, text: str) -> str | None:
        """The stored form of a national ID (cached: a school year repeats each pupil's ID
        hundreds of times); None if it is not valid."""
        if text not in self._ids_seen:
            self._ids_seen[text] = self._parse_id(text)
        return self._ids_seen[text]

    def _parse_id(self, text: str) -> str | None:
        candidates = [text]
        if self._country == "no" and text.isascii() and text.isdigit() and len(text) == 10:
            # A spreadsheet that stored the fødselsnummer as a number dropped its leading zero.
            candidates.append("0" + text)
        for candidate in candidates:
            try:
                return parse_national_id(candidate, self._country).number
            except InvalidNationalId:
                continue
        return None

    def find(
        self, *, national_id: str = "", name: str = "", born: date | None = None
    ) -> int | None:
        if national_id:
            number = self.normalised_id(national_id)
            if number is not None and number in self._by_id:
                return self._by_id[number]
        if name and born is not None:
            found = self._by_name.get((normalise_name(name), born))
            if found is not None and found != _AMBIGUOUS:
                return found
        return None

    def find_row(self, cells: RowCells) -> int | None:
        """Raises CellRejected for an invalid national ID or birth date. A known ID decides
        at once: name and birth date are then not read (a school year repeats each pupil
        hundreds of times)."""
        national_id = cells.text(NATIONAL_ID)
        if national_id:
            number = self.normalised_id(national_id)
            if number is None:
                elsewhere = other_country_of(national_id, self._country) is not None
                problem = Problem.NATIONAL_ID_OTHER_COUNTRY if elsewhere else Problem.NATIONAL_ID
                raise cells.reject(NATIONAL_ID, problem, national_id)
            if number in self._by_id:
                return self._by_id[number]
        return self.find(name=row_name(cells), born=cells.date(BIRTH_DATE))


def row_name(cells: RowCells) -> str:
    full = cells.text(FULL_NAME)
    if full:
        return full
    return f"{cells.text(GIVEN_NAME)} {cells.text(FAMILY_NAME)}".strip()


def describe_row(cells: RowCells) -> str:
    """Who the row is about, as the file says it."""
    parts = [row_name(cells), cells.text(BIRTH_DATE), cells.text(NATIONAL_ID)]
    return " ".join(part for part in parts if part)
