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
from nurse_desk.ui.common.dates import date_text
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import word

_C = "AccessLogWords"
_A_PARTNER = QT_TRANSLATE_NOOP("AccessLogWords", "a partner")
_FIXED = {
    "absence": QT_TRANSLATE_NOOP("AccessLogWords", "Absence charts"),
    "record pdf": QT_TRANSLATE_NOOP("AccessLogWords", "The whole record, as a PDF file"),
}
_PATTERNS = (
    (
        re.compile(r"referral \d+ partner (\d+) consent \d+"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Referral to %1, with consent"),
    ),
    (re.compile(r"note \d+"), QT_TRANSLATE_NOOP("AccessLogWords", "Conversation note")),
    (re.compile(r"consent \d+"), QT_TRANSLATE_NOOP("AccessLogWords", "Consent")),
    (
        re.compile(r"visit \d+ sheet, private, .*"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit sheet, private"),
    ),
    (
        re.compile(r"visit \d+ sheet, named, .*"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit sheet, with name"),
    ),
    (re.compile(r"visit \d+"), QT_TRANSLATE_NOOP("AccessLogWords", "Home-visit plan")),
    (
        re.compile(r"agenda week (\d+) pdf"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Week %1 of the agenda, as a PDF"),
    ),
    (
        re.compile(r"agenda week (\d+)"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Week %1 of the agenda"),
    ),
    (
        re.compile(r"agenda ics (\d{4}-\d\d-\d\d)"),
        QT_TRANSLATE_NOOP("AccessLogWords", "Calendar file from %1"),
    ),
)


def _t(source: str) -> str:
    return QCoreApplication.translate(_C, source)


def detail_words(detail: str, partners: dict[int, str]) -> str:
    """`partners` names the partner of a referral by its id; a detail not known here (an
    import's counts, written as a sentence) is shown as stored."""
    if detail in _FIXED:
        return _t(_FIXED[detail])
    if detail in {purpose.value for purpose in ConsentPurpose}:
        return word(ConsentPurpose(detail))
    for pattern, source in _PATTERNS:
        match = pattern.fullmatch(detail)
        if match is None:
            continue
        value = match.group(1) if match.groups() else ""
        if source.startswith("Referral"):
            value = partners.get(int(value), _t(_A_PARTNER))
        elif source.startswith("Calendar"):
            value = date_text(date.fromisoformat(value))
        return placed(_t(source), value)
    return detail
