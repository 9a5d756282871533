"""National identity numbers: Norwegian fødselsnummer/D-number, Swedish personnummer/
samordningsnummer, validated with python-stdnum (the field's standard implementation)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stdnum import exceptions as stdnum_errors
from stdnum import luhn
from stdnum.no import fodselsnummer
from stdnum.se import personnummer

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.records import PupilRecord


class IdKind(StrEnum):
    FODSELSNUMMER = "fodselsnummer"
    D_NUMBER = "d_number"
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"


class InvalidNationalId(NurseDeskError):
    """Why a typed ID was refused: 'format', 'checksum', 'date', 'digits' (a digit that is
    not one of 0-9, such as '²' or '٣'), or 'other_country': not valid for the vault's
    country but valid for `valid_in` (the vault is probably set to the wrong country)."""

    def __init__(self, reason: str, *, valid_in: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.valid_in = valid_in


class NationalIdInUse(NurseDeskError):
    """Another pupil already has this national ID: `holder` says who, for the nurse's words.
    The error's own text names no one (it may reach a log)."""

    def __init__(self, holder: PupilRecord) -> None:
        super().__init__("the national ID is already in use")
        self.holder = holder


@dataclass(frozen=True, slots=True)
class NationalId:
    number: str  # compact form as stored: 11 digits (NO) or 12 digits YYYYMMDDNNNC (SE)
    kind: IdKind
    birth_date: date


_DIGITS_AND_SIGNS = frozenset("0123456789-+")


def written(number: str) -> str:
    """A stored number as people write it: a Swedish one (twelve digits) with the hyphen
    before its last four, "20130314-2382", as on every Swedish form and letter; a Norwegian
    one (eleven digits) as it is stored, which is how it is written."""
    if len(number) == 12 and number.isascii() and number.isdigit():
        return f"{number[:8]}-{number[8:]}"
    return number


_OTHER_COUNTRY = {"no": "se", "se": "no"}


def parse_national_id(text: str, country: str) -> NationalId:
    """Validate and normalise; `country` is 'no' or 'se'. Raises InvalidNationalId."""
    try:
        return _parse(text, country)
    except InvalidNationalId as error:
        other = _OTHER_COUNTRY.get(country)
        if error.reason != "digits" and other and valid_in(text, other):
            raise InvalidNationalId("other_country", valid_in=other) from None
        raise


def valid_in(text: str, country: str) -> bool:
    try:
        _parse(text, country)
    except InvalidNationalId:
        return False
    return True


def other_country_of(text: str, country: str) -> str | None:
    """The other country when `text` is not valid for `country` but valid for that one."""
    other = _OTHER_COUNTRY.get(country)
    if other and not valid_in(text, country) and valid_in(text, other):
        return other
    return None


def _parse(text: str, country: str) -> NationalId:
    # str.isdigit() also says yes to '²' and '٣': int() refuses the one and reads the other
    # as 3. Only 0-9 count; another kind of digit is refused rather than dropped or guessed.
    if any(ch.isdigit() and not ch.isascii() for ch in text):
        raise InvalidNationalId("digits")
    cleaned = "".join(ch for ch in text if ch in _DIGITS_AND_SIGNS)
    try:
        if country == "no":
            return _norwegian(cleaned)
        if country == "se":
            return _swedish(cleaned)
    except stdnum_errors.InvalidChecksum:
        raise InvalidNationalId("checksum") from None
    except stdnum_errors.InvalidComponent:
        raise InvalidNationalId("date") from None
    except stdnum_errors.ValidationError:
        raise InvalidNationalId("format") from None
    raise ValueError(f"unknown country {country!r}")


def _norwegian(text: str) -> NationalId:
    number = fodselsnummer.validate(text)
    kind = IdKind.D_NUMBER if int(number[0]) >= 4 else IdKind.FODSELSNUMMER
    return NationalId(number, kind, fodselsnummer.get_birth_date(number))


def _swedish(text: str) -> NationalId:
    digits = text.replace("-", "").replace("+", "")  # 0-9 only: the caller kept no other digit
    if len(digits) in (10, 12) and digits.isdigit() and int(digits[-6:-4]) > 60:
        return _samordningsnummer(text, digits)
    number = personnummer.validate(text)
    born = personnummer.get_birth_date(number)
    return NationalId(_with_century(number, born), IdKind.PERSONNUMMER, born)


def _samordningsnummer(text: str, digits: str) -> NationalId:
    """Day of birth + 60; stdnum's personnummer does not take these, so the date is shifted
    back for the date check and the Luhn digit is checked on the number as written."""
    if not luhn.is_valid(digits[-10:]):
        raise InvalidNationalId("checksum")
    shifted = digits[:-6] + f"{int(digits[-6:-4]) - 60:02d}" + digits[-4:]
    separator = "+" if "+" in text else "-"
    as_personnummer = f"{shifted[:-4]}{separator}{shifted[-4:]}"
    try:
        born = personnummer.get_birth_date(as_personnummer)
    except (stdnum_errors.ValidationError, ValueError):
        raise InvalidNationalId("date") from None
    return NationalId(_with_century(digits, born), IdKind.SAMORDNINGSNUMMER, born)


def _with_century(number: str, born: date) -> str:
    digits = number.replace("-", "").replace("+", "")
    return digits if len(digits) == 12 else f"{born.year // 100}{digits}"
