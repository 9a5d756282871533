"""The access log's details in a nurse's words.

The log stores a short English detail per entry ("referral 25 partner 2 consent 128", "note 7",
"absence"); it is hash-chained, so the stored text stays as written and the windows word it
here: what was shown or sent, and to whom, never a database number.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.disclosure import Requester
from nurse_desk.ui.common.dates import date_text
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import word

_C = "AccessLogWords"
_A_PARTNER = QT_TRANSLATE_NOOP("AccessLogWords", "a partner")
_WITH_REASON = QT_TRANSLATE_NOOP("AccessLogWords", "%1. Reason: %2")
_REASON_TAIL = "; reason: "  # domain.disclosure.with_reason writes it
_FIXED = {
    "absence": QT_TRANSLATE_NOOP("AccessLogWords", "Absence charts"),
    "absence flags": QT_TRANSLATE_NOOP("AccessLogWords", "Absence list"),
    "note search": QT_TRANSLATE_NOOP("AccessLogWords", "Search in the notes"),
    "record pdf": QT_TRANSLATE_NOOP("AccessLogWords", "The whole record, as a PDF file"),
    "record pdf and open json": QT_TRANSLATE_NOOP(
        "AccessLogWords", "The whole record, as PDF and open files, for the archive"
    ),
    "whole vault, plain JSON": QT_TRANSLATE_NOOP(
        "AccessLogWords", "Every record, as an unencrypted file"
    ),
    "whole vault, encrypted transfer file": QT_TRANSLATE_NOOP(
        "AccessLogWords", "Every record, as an encrypted transfer file"
    ),
    "whole vault, backup under another passphrase": QT_TRANSLATE_NOOP(
        "AccessLogWords", "Every record, as a backup under another passphrase"
    ),
    "guardians' contacts": QT_TRANSLATE_NOOP("AccessLogWords", "Guardians' contacts"),
    "restored from a backup": QT_TRANSLATE_NOOP("AccessLogWords", "Restored from a backup"),
}
# A visit sheet's detail: "visit 4 sheet, <kind>, <how>[, command line][, as sibling]".
_SHEET = re.compile(r"visit \d+ sheet, (named|private without school|private), (.*)")
_SHEET_KIND = {
    "named": QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit sheet, with name"),
    "private": QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit sheet, private"),
    "private without school": QT_TRANSLATE_NOOP(
        "AccessLogWords", "Home-visit sheet, private, without school"
    ),
}
_SHEET_PARTS = {
    "printed": QT_TRANSLATE_NOOP("AccessLogWords", "printed"),
    "saved": QT_TRANSLATE_NOOP("AccessLogWords", "saved as a file"),
    "command line": QT_TRANSLATE_NOOP("AccessLogWords", "from the command line"),
    "as sibling": QT_TRANSLATE_NOOP("AccessLogWords", "as a brother or sister on the sheet"),
}

_FOR = "for "  # services.visit_sheet writes ", for <partner>"
_SHEET_FOR = QT_TRANSLATE_NOOP("AccessLogWords", "for %1")


def _as_stored(value: str, partners: dict[int, str]) -> str:
    return value


def _partner(value: str, partners: dict[int, str]) -> str:
    return partners.get(int(value), _t(_A_PARTNER))


def _day(value: str, partners: dict[int, str]) -> str:
    return date_text(date.fromisoformat(value))


def _requester(value: str, partners: dict[int, str]) -> str:
    return word(Requester(value)) if value in {r.value for r in Requester} else value


# (detail pattern, its words with %1 for the pattern's one value, that value in words)
_PATTERNS = (
    (
        re.compile(r"referral \d+ partner (\d+) consent \d+"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Referral to %1, with consent"),
        _partner,
    ),
    (
        re.compile(r"note \d+"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Conversation note"),
        _as_stored,
    ),
    (re.compile(r"consent \d+"), QT_TRANSLATE_NOOP("AccessLogWords", "Consent"), _as_stored),
    (
        re.compile(r"visit \d+"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit plan"),
        _as_stored,
    ),
    (
        re.compile(r"record pdf, for (\w+)"),
        QT_TRANSLATE_NOOP("AccessLogWords", "The whole record, as a PDF file, asked for by: %1"),
        _requester,
    ),
    (
        re.compile(r"agenda week (\d+) pdf"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Week %1 of the agenda, as a PDF"),
        _as_stored,
    ),
    (
        re.compile(r"agenda week (\d+)"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Week %1 of the agenda"),
        _as_stored,
    ),
    (
        re.compile(r"agenda ics (\d{4}-\d\d-\d\d)"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Calendar file from %1"),
        _day,
    ),
    (
        re.compile(r"yearly figures (\d{4}-\d\d-\d\d)\.\.\d{4}-\d\d-\d\d, .*"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Yearly figures from %1, no pupil named"),
        _day,
    ),
    (
        re.compile(r"transfer file, consent \d+: .*"),
        QT_TRANSLATE_NOOP("AccessLogWords", "The record handed over, as a transfer file"),
        _as_stored,
    ),
)


def _t(source: str) -> str:
    return QCoreApplication.translate(_C, source)


def detail_words(detail: str, partners: dict[int, str]) -> str:
    """`partners` names the partner of a referral by its id; the reason given for a print or
    an export follows what left; a detail not known here (an import's counts, written as a
    sentence) is shown as stored."""
    base, tail, reason = detail.partition(_REASON_TAIL)
    words = _base_words(base, partners)
    return placed(_t(_WITH_REASON), words, reason) if tail else words


def _sheet_words(kind: str, parts: str) -> str:
    words = [_t(_SHEET_KIND[kind])]
    words += [_sheet_part(part) for part in parts.split(", ")]
    return ", ".join(words)


def _sheet_part(part: str) -> str:
    if part in _SHEET_PARTS:
        return _t(_SHEET_PARTS[part])
    if part.startswith(_FOR):  # whom a sheet outside the health service was for
        return placed(_t(_SHEET_FOR), part.removeprefix(_FOR))
    return part


def _base_words(detail: str, partners: dict[int, str]) -> str:
    if detail in _FIXED:
        return _t(_FIXED[detail])
    sheet = _SHEET.fullmatch(detail)
    if sheet is not None:
        return _sheet_words(sheet.group(1), sheet.group(2))
    if detail in {purpose.value for purpose in ConsentPurpose}:
        return word(ConsentPurpose(detail))
    for pattern, source, value_of in _PATTERNS:
        match = pattern.fullmatch(detail)
        if match is not None:
            value = match.group(1) if match.groups() else ""
            return placed(_t(source), value_of(value, partners))
    return detail
