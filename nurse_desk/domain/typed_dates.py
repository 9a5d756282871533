"""Reading a date as a nurse types it into a date field: the whole date in her country's usual
ways, or only its first parts.

Norwegian dates are written day first with dots (3.1.2027, 03.01.27, 030127), Swedish ones
year first with dashes (2027-01-03, 27-01-03, 20270103) or day first with a slash (3/1),
British English day first with slashes and American English month first. `order` is the
order of the field's own format ("dmy", "mdy" or "ymd"); a four-digit year first is always
year, month, day, and a four-digit year last comes after the day and month (the month first
only where the field's format puts it first). A part left out comes from the date the field
showed: "15" is the 15th of its month, "15.1" the 15th of January of its year. A two-digit
year is this century's, as in the imports (domain/import_values.py).
"""

from __future__ import annotations

import re
from datetime import date

ORDERS = ("dmy", "mdy", "ymd")
LONGEST = 12  # " 2027-01-03 " and a little room: nothing longer is a typed date

# re.ASCII: \d is 0-9 only, so digits of other scripts are not read as ours.
_TYPED = re.compile(r"[\d./\- ]*", re.ASCII)
_DIGITS = re.compile(r"\d+", re.ASCII)

_Fields = tuple[str | None, str | None, str]  # year, month, day; None: the shown date's


def may_become_a_date(text: str) -> bool:
    """Whether `text` holds only what a typed date is made of: digits, and . / - or spaces."""
    return len(text) <= LONGEST and _TYPED.fullmatch(text) is not None


def read_typed_date(text: str, *, order: str, shown: date) -> date | None:
    """The date `text` says, or None when it says none or an impossible one (31.02.2027)."""
    if order not in ORDERS:
        raise ValueError(order)
    if not may_become_a_date(text):
        return None
    parts = _DIGITS.findall(text)
    if not parts:
        return None
    if len(parts) == 1:
        fields = _run_of_digits(parts[0], order)
    else:
        fields = _separated(parts, order, dashed="-" in text)
    if fields is None:
        return None
    year, month, day = fields
    if len(day) > 2 or (month is not None and len(month) > 2):
        return None
    if year is not None and len(year) not in (2, 4):
        return None
    try:
        return date(
            shown.year if year is None else _full_year(year),
            shown.month if month is None else int(month),
            int(day),
        )
    except ValueError:
        return None


def _run_of_digits(digits: str, order: str) -> _Fields | None:
    """3, 15, 1501 (day and month), 150127, 15012027; year first 270115 and 20270115."""
    size = len(digits)
    if size <= 2:
        return None, None, digits
    if size == 4:
        first, second = digits[:2], digits[2:]
        return (None, first, second) if order != "dmy" else (None, second, first)
    if size in (6, 8):
        if order == "ymd":
            cut = size - 4
            return digits[:cut], digits[cut : cut + 2], digits[cut + 2 :]
        first, second, year = digits[:2], digits[2:4], digits[4:]
        return (year, first, second) if order == "mdy" else (year, second, first)
    return None


def _separated(parts: list[str], order: str, *, dashed: bool) -> _Fields | None:
    if len(parts) > 3:
        return None
    if len(parts[0]) == 4:  # 2027-01-03, in every country
        return (parts[0], parts[1], parts[2]) if len(parts) == 3 else None
    year_first = order == "ymd" and dashed  # Swedish 27-01-03, and 01-03 without the year
    if len(parts) == 3 and year_first and len(parts[2]) == 2:
        return parts[0], parts[1], parts[2]
    year = parts[2] if len(parts) == 3 else None
    if order == "mdy" or (year_first and year is None):
        return year, parts[0], parts[1]
    return year, parts[1], parts[0]


def _full_year(year: str) -> int:
    return int(year) + 2000 if len(year) == 2 else int(year)
