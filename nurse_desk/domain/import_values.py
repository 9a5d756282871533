"""Values in the school system's exports: dates, numbers, yes/no, and line-level errors.

API:
- ``parse_date(text) -> date``: ``dd.mm.yyyy``, ``d.m.yyyy``, ``dd.mm.yy``, ``yyyy-mm-dd``
  (also ``/`` for dots), each optionally followed by a local time of day (``08:15``,
  ``08:15:00``), which is dropped: the day is what is kept.
- ``parse_number(text) -> float``: comma or point decimals, spaces as thousands separators.
- ``parse_yes_no(text) -> bool | None``: nb/sv/en words, ``x``, ``1``/``0``; blank = None.
- Each raises ``ValueRejected(problem, value)``; ``Problem`` names why.
- ``LineError(line, column, problem, value)``: one rejected line of a file, with ``message``
  in English for the command line ("line 212: date '31.02.2026' does not exist"); the windows
  word it through nurse_desk/wording/imports.py.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from nurse_desk.domain.errors import NurseDeskError


class Problem(StrEnum):
    REQUIRED = "required"
    DATE_FORMAT = "date_format"
    DATE_NOT_EXIST = "date_not_exist"
    DATE_AHEAD = "date_ahead"  # a day that has not come (a year typed wrong: 2062 for 2026)
    DATE_LONG_AGO = "date_long_ago"  # a day from before any pupil's schooling (1900)
    NUMBER = "number"
    YES_NO = "yes_no"
    NATIONAL_ID = "national_id"
    NATIONAL_ID_OTHER_COUNTRY = "national_id_other_country"  # valid for the other country
    TOO_LONG = "too_long"
    TOO_MANY_VALUES = "too_many_values"
    OUT_OF_RANGE = "out_of_range"
    DUPLICATE = "duplicate"  # the pupil of an earlier line (value) with another name or class
    LESSON_DIFFERS = "lesson_differs"  # the lesson of an earlier line (value), other values
    INVALID = "invalid"
    WEB_ADDRESS = "web_address"
    REPEATED = "repeated"  # a value that must be unique in the file (a name) appears again
    PHONE = "phone"  # a phone number with letters or too few digits (domain/phone_numbers.py)


ENGLISH: dict[Problem, str] = {
    Problem.REQUIRED: "{column} is empty",
    Problem.DATE_FORMAT: "'{value}' is not a date (use dd.mm.yyyy or yyyy-mm-dd)",
    Problem.DATE_NOT_EXIST: "date '{value}' does not exist",
    Problem.DATE_AHEAD: "date '{value}' is more than a year ahead",
    Problem.DATE_LONG_AGO: "date '{value}' is more than 13 years ago",
    Problem.NUMBER: "'{value}' is not a number",
    Problem.YES_NO: "'{value}' is not yes or no",
    Problem.NATIONAL_ID: "national ID '{value}' is not valid",
    Problem.NATIONAL_ID_OTHER_COUNTRY: (
        "national ID '{value}' is valid only for the other country: check Settings → Country"
    ),
    Problem.TOO_LONG: "{column} is too long",
    Problem.TOO_MANY_VALUES: "more values than the header has columns (check the delimiter)",
    Problem.OUT_OF_RANGE: "{column} '{value}' is out of range",
    Problem.DUPLICATE: "the same pupil is on line {value} with another name, school or class",
    Problem.LESSON_DIFFERS: "the same pupil, day and lesson are on line {value} with other values",
    Problem.INVALID: "{column} '{value}' is not valid",
    Problem.WEB_ADDRESS: "{column} '{value}' is not a web address (start with http:// or https://)",
    Problem.REPEATED: "{column} '{value}' appears earlier in the file",
    Problem.PHONE: "{column} '{value}' is not a phone number (digits, spaces, +, - and ())",
}


class ValueRejected(NurseDeskError):
    def __init__(self, problem: Problem, value: str = "") -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.value = value


@dataclass(frozen=True, slots=True)
class LineError:
    line: int
    column: str  # the header name in the file ("" for the whole line)
    problem: Problem
    value: str = ""

    @property
    def message(self) -> str:
        value = self.value if len(self.value) <= 40 else self.value[:39] + "…"
        text = ENGLISH[self.problem].format(column=self.column or "value", value=value)
        return f"line {self.line}: {text}"


# re.ASCII: \d is 0-9 only; otherwise "٠٣.٠٩.٢٠٢٥" would pass and int() would read it.
# A time of day after the date is read past: the school system's workbooks give a lesson's
# absence as a date and time ("2026-12-03 08:15", an Excel datetime cell), and the day is what
# is kept. Only a local clock time (0-23 hours, seconds and fractions optional) is: a time zone
# ("Z", "+01:00") may move the day, and AM/PM belongs to month-first dates of other countries.
_TIME = r"(?:{sep}(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{{1,6}})?)?)?"
_DMY = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})" + _TIME.format(sep=" +"), re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME.format(sep="(?:T| +)"), re.ASCII)


@lru_cache(maxsize=4096)  # an export repeats ~190 school days across 200,000 rows
def parse_date(text: str) -> date:
    value = text.strip()
    if match := _DMY.fullmatch(value):
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            # Two-digit years in school exports are this century (pupils, school days).
            year += 2000
    elif match := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise ValueRejected(Problem.DATE_FORMAT, value)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueRejected(Problem.DATE_NOT_EXIST, value) from None


_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)", re.ASCII)


@lru_cache(maxsize=1024)
def parse_number(text: str) -> float:
    value = text.strip()
    compact = re.sub(r"[\s\u00a0\u202f]", "", value)
    if not _NUMBER.fullmatch(compact):
        raise ValueRejected(Problem.NUMBER, value)
    number = float(compact.replace(",", "."))
    if not math.isfinite(number):
        raise ValueRejected(Problem.NUMBER, value)
    return number


_YES = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "sant", "✓", "✔", "ok"})
_NO = frozenset({"nei", "nej", "n", "no", "0", "false", "usant", "falskt", "-"})


@lru_cache(maxsize=256)
def parse_yes_no(text: str) -> bool | None:
    value = text.strip().casefold()
    if not value:
        return None
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueRejected(Problem.YES_NO, text.strip())
