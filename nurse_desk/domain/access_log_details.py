"""What an access-log entry's stored detail says, read in one place for every reader.

The log stores a short English detail per entry ("referral 25 partner 2 consent 128", "visit 4
sheet, named, printed; reason: …"); it is hash-chained, so the stored text stays as written.
The window's log (ui/journal/access_log_words.py, through Qt's translations) and the printed
record (printing/log_details.py, its own nb/sv/en words) word what is read here: which kind of
entry, its values, the partner and the reason, never a database number. A detail written by
no part of this version (a hand-made entry, an older version's) reads as UNKNOWN and is shown
as stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from nurse_desk.domain.access_log import WHOLE_VAULT, AnchorPlace
from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.disclosure import REASON_TAIL, Requester


class DetailKind(StrEnum):
    """What an entry's detail says was shown or sent; each reader has words for every one."""

    NOTHING = "nothing"  # no detail: the action says it all (a pupil's page opened)
    ABSENCE_CHARTS = "absence"
    ABSENCE_LIST = "absence flags"
    NOTE_SEARCH = "note search"
    PUPILS_LIST = "pupils list"
    AGENDA_LIST = "agenda"
    RETENTION_LIST = "retention list"
    RECORD_PDF = "record pdf"
    RECORD_PDF_FOR = "record pdf for"  # who asked for it: a Requester
    ARCHIVED = "record pdf and open json"
    GUARDIANS_CONTACTS = "guardians' contacts"
    RESTORED = "restored from a backup"
    # Starting with WHOLE_VAULT, these show in each pupil's own log (storage/access_log.py).
    WHOLE_VAULT_PLAIN = f"{WHOLE_VAULT}, plain JSON"
    WHOLE_VAULT_ENCRYPTED = f"{WHOLE_VAULT}, encrypted transfer file"
    WHOLE_VAULT_BACKUP = f"{WHOLE_VAULT}, backup under another passphrase"
    REFERRAL = "referral"  # to `partner_id`, on a consent
    NOTE = "note"
    CONSENT = "consent"
    VISIT = "visit"
    VISIT_SHEET = "visit sheet"  # values: its SheetKind, then its SheetParts
    SHARE_REFUSED = "share refused"  # the ConsentPurpose that had no consent
    AGENDA_WEEK = "agenda week"  # the week number
    AGENDA_WEEK_PDF = "agenda week pdf"  # the week number
    AGENDA_CALENDAR = "agenda ics"  # the first day
    YEARLY_FIGURES = "yearly figures"  # the first and the last day; no pupil
    HAND_OVER = "transfer file"  # the reason is the nurse's, kept after the consent
    RECEIVED = "received"  # from whom, how many added, how many already here
    RECEIVED_UNNAMED = "received unnamed"  # how many added, how many already here
    REMOVED = "removed"  # how many rows, and the day the record was deposited
    LOG_BROKEN_CHAIN = "broken_chain"  # the entry, and what found it: an AnchorPlace
    LOG_CUT_SHORT = "cut_short"  # the entry, and what found it
    LOG_REWRITTEN = "rewritten"  # the entry, and what found it
    FAILED_UNLOCKS = "failed unlocks"  # how many, the first and the last moment
    CLASS_LIST = "class list"  # new, changed, unchanged, left school, lines skipped
    NEW_SCHOOL_YEAR = "new school year"  # moved up, leaving, not moved
    NEW_SCHOOL_YEAR_MARKED = "new school year, leavers marked"  # the same, leavers marked
    ABSENCE_IMPORT = "absence import"  # rows saved, new, updated, lines skipped, unknown rows
    MEASURES_IMPORT = "measures catalogue"  # added, updated
    UNKNOWN = "unknown"  # the stored text, shown as it is


class SheetKind(StrEnum):
    """Which home-visit preparation sheet left the app (services.visit_sheet writes it)."""

    NAMED = "named"
    PRIVATE = "private"
    PRIVATE_WITHOUT_SCHOOL = "private without school"


class SheetPart(StrEnum):
    """How a home-visit sheet left, in the order the detail names it."""

    PRINTED = "printed"
    SAVED = "saved"
    COMMAND_LINE = "command line"
    FOR_PARTNER = "for"  # for whom outside the health service: the entry's `partner`
    AS_SIBLING = "as sibling"  # the entry is a sibling's, who is on the sheet too


Value = str | int | date | datetime | StrEnum


@dataclass(frozen=True, slots=True)
class LoggedDetail:
    """One stored detail, read: its kind, its values in the order its words place them, the
    partner a referral went to (by id) or a sheet was for (as written), and why it left."""

    kind: DetailKind
    values: tuple[Value, ...] = ()
    partner_id: int | None = None
    partner: str = ""
    reason: str = ""


_FIXED = {
    kind.value: kind
    for kind in (
        DetailKind.ABSENCE_CHARTS,
        DetailKind.ABSENCE_LIST,
        DetailKind.NOTE_SEARCH,
        DetailKind.PUPILS_LIST,
        DetailKind.AGENDA_LIST,
        DetailKind.RETENTION_LIST,
        DetailKind.RECORD_PDF,
        DetailKind.ARCHIVED,
        DetailKind.GUARDIANS_CONTACTS,
        DetailKind.RESTORED,
        DetailKind.WHOLE_VAULT_PLAIN,
        DetailKind.WHOLE_VAULT_ENCRYPTED,
        DetailKind.WHOLE_VAULT_BACKUP,
    )
}

# "visit 4 sheet, <kind>, <how>[, command line][, for <partner>][, as sibling]"
_SHEET = re.compile(r"visit \d+ sheet, (named|private without school|private), (.*)")
_FOR = "for "  # services.visit_sheet writes ", for <partner>"
_DAY = r"(\d{4}-\d\d-\d\d)"
_MOMENT = r"(\d{4}-\d\d-\d\d \d\d:\d\d)"
_UNNAMED_SENDER = "another vault"  # services.hand_over, when the sender gave no name


def _as_stored(*values: str) -> tuple[Value, ...]:
    return values


def _numbers(*values: str) -> tuple[Value, ...]:
    return tuple(int(value) for value in values)


def _requester(value: str) -> tuple[Value, ...]:
    known = {requester.value: requester for requester in Requester}
    return (known.get(value, value),)


def _days(*values: str) -> tuple[Value, ...]:
    return tuple(date.fromisoformat(value) for value in values)


def _removed(rows: str, day: str) -> tuple[Value, ...]:
    return (int(rows), date.fromisoformat(day))


def _unlocks(count: str, first: str, last: str) -> tuple[Value, ...]:
    return (int(count), datetime.fromisoformat(first), datetime.fromisoformat(last))


# (the detail's pattern, its kind, its groups as values); the first that matches the whole wins.
_PATTERNS: tuple[tuple[re.Pattern[str], DetailKind, Callable[..., tuple[Value, ...]]], ...] = (
    (re.compile(r"referral \d+ partner (\d+) consent \d+"), DetailKind.REFERRAL, _numbers),
    (re.compile(r"note \d+"), DetailKind.NOTE, _as_stored),
    (re.compile(r"consent \d+"), DetailKind.CONSENT, _as_stored),
    (re.compile(r"visit \d+"), DetailKind.VISIT, _as_stored),
    (re.compile(r"record pdf, for (\w+)"), DetailKind.RECORD_PDF_FOR, _requester),
    (re.compile(r"agenda week (\d+) pdf"), DetailKind.AGENDA_WEEK_PDF, _numbers),
    (re.compile(r"agenda week (\d+)"), DetailKind.AGENDA_WEEK, _numbers),
    (re.compile(rf"agenda ics {_DAY}"), DetailKind.AGENDA_CALENDAR, _days),
    (re.compile(rf"yearly figures {_DAY}\.\.{_DAY}, .*"), DetailKind.YEARLY_FIGURES, _days),
    (
        re.compile(r"from (.*): (\d+) added, (\d+) already here"),
        DetailKind.RECEIVED,
        lambda sender, added, here: (sender, int(added), int(here)),
    ),
    (re.compile(rf"(\d+) rows after retention; deposited {_DAY}"), DetailKind.REMOVED, _removed),
    (
        re.compile(rf"(\d+) failed unlocks, {_MOMENT} to {_MOMENT}"),
        DetailKind.FAILED_UNLOCKS,
        _unlocks,
    ),
    (
        re.compile(
            r"class list: (\d+) new, (\d+) changed, (\d+) unchanged, (\d+) left school, "
            r"(\d+) lines skipped"
        ),
        DetailKind.CLASS_LIST,
        _numbers,
    ),
    (
        re.compile(r"new school year: (\d+) moved up, (\d+) leaving, (\d+) not moved"),
        DetailKind.NEW_SCHOOL_YEAR,
        _numbers,
    ),
    (
        re.compile(
            r"new school year: (\d+) moved up, (\d+) leaving \(marked as left school\), "
            r"(\d+) not moved"
        ),
        DetailKind.NEW_SCHOOL_YEAR_MARKED,
        _numbers,
    ),
    (
        re.compile(
            r"absence: (\d+) rows saved \((\d+) new, (\d+) updated\), (\d+) lines skipped, "
            r"(\d+) rows of unknown pupils"
        ),
        DetailKind.ABSENCE_IMPORT,
        _numbers,
    ),
    (
        re.compile(r"measures catalogue: (\d+) added, (\d+) updated"),
        DetailKind.MEASURES_IMPORT,
        _numbers,
    ),
)
# LogFinding.detail: what was found, where, and what found it.
_FINDING = re.compile(
    r"(broken_chain|cut_short|rewritten) at entry (\d+) \((chain|vault|settings) anchor\)"
)
# A hand-over keeps the nurse's reason after the consent, not after "; reason: ".
_HAND_OVER = re.compile(r"transfer file, consent \d+: (.*)", re.DOTALL)


def read_detail(detail: str) -> LoggedDetail:
    """The stored detail, read; one no part of the app writes is UNKNOWN, its text the value."""
    hand_over = _HAND_OVER.fullmatch(detail)
    if hand_over is not None:
        return LoggedDetail(DetailKind.HAND_OVER, reason=hand_over.group(1))
    base, _, reason = detail.partition(REASON_TAIL)
    read = _read_base(base)
    return replace(read, reason=reason) if reason else read


def _read_base(detail: str) -> LoggedDetail:
    if not detail:
        return LoggedDetail(DetailKind.NOTHING)
    if detail in _FIXED:
        return LoggedDetail(_FIXED[detail])
    sheet = _SHEET.fullmatch(detail)
    if sheet is not None:
        return _sheet(SheetKind(sheet.group(1)), sheet.group(2))
    finding = _FINDING.fullmatch(detail)
    if finding is not None:
        problem, entry, place = finding.groups()
        return LoggedDetail(DetailKind(problem), (int(entry), AnchorPlace(place)))
    if detail in {purpose.value for purpose in ConsentPurpose}:
        return LoggedDetail(DetailKind.SHARE_REFUSED, (ConsentPurpose(detail),))
    for pattern, kind, values_of in _PATTERNS:
        match = pattern.fullmatch(detail)
        if match is not None:
            return _found(kind, values_of(*match.groups()))
    return LoggedDetail(DetailKind.UNKNOWN, (detail,))


def _found(kind: DetailKind, values: tuple[Value, ...]) -> LoggedDetail:
    if kind is DetailKind.REFERRAL:
        return LoggedDetail(kind, partner_id=int(values[0]))
    if kind is DetailKind.RECEIVED and values[0] == _UNNAMED_SENDER:
        return LoggedDetail(DetailKind.RECEIVED_UNNAMED, values[1:])
    return LoggedDetail(kind, values)


def _sheet(kind: SheetKind, parts: str) -> LoggedDetail:
    known = {part.value: part for part in SheetPart}
    values: list[Value] = [kind]
    partner = ""
    for part in parts.split(", "):
        if part.startswith(_FOR):
            partner = part.removeprefix(_FOR)
            values.append(SheetPart.FOR_PARTNER)
        else:
            values.append(known.get(part, part))  # a part not known here is shown as stored
    return LoggedDetail(DetailKind.VISIT_SHEET, tuple(values), partner=partner)
