"""The access log's details in the printed record, in the printout's language.

The log stores a short English detail per entry ("referral 25 partner 2 consent 128", "visit 4
sheet, named, printed; reason: …"); it is hash-chained, so the stored text stays as written.
A record printed in Norwegian or Swedish for a pupil or a guardian words it here, as the
window's access log does (ui/journal/access_log_words.py, through Qt's translations, which
printing cannot use): what was shown or sent, and to whom, never a database number. A detail
not known here (an import's counts) is printed as stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.disclosure import Requester
from nurse_desk.printing.base import Words

# Keys start with "log ": the record's own words share the table ("absence" is its heading).
LOG_WORDS: dict[str, tuple[str, str, str]] = {
    "log with_reason": (
        "{what}. Grunn: {reason}", "{what}. Skäl: {reason}", "{what}. Reason: {reason}",
    ),
    "log a_partner": ("en samarbeidspartner", "en samverkanspart", "a partner"),
    "log absence": ("Fraværsdiagrammer", "Frånvarodiagram", "Absence charts"),
    "log absence flags": ("Fraværsliste", "Frånvarolista", "Absence list"),
    "log note search": ("Søk i notatene", "Sökning i anteckningarna", "Search in the notes"),
    "log record pdf": ("Hele journalen, som PDF-fil", "Hela journalen, som PDF-fil",
                       "The whole record, as a PDF file"),
    "log record pdf and open json": (
        "Hele journalen, som PDF og åpne filer, til arkivet",
        "Hela journalen, som PDF och öppna filer, till arkivet",
        "The whole record, as PDF and open files, for the archive",
    ),
    "log guardians' contacts": (
        "Foresattes kontaktopplysninger", "Vårdnadshavares kontaktuppgifter", "Guardians' contacts",
    ),
    "log restored from a backup": (
        "Gjenopprettet fra sikkerhetskopi", "Återställd från säkerhetskopia",
        "Restored from a backup",
    ),
    "log whole vault, plain JSON": ("Alle journaler, som ukryptert fil",
                                    "Alla journaler, som okrypterad fil",
                                    "Every record, as an unencrypted file"),
    "log whole vault, encrypted transfer file": (
        "Alle journaler, som kryptert overføringsfil",
        "Alla journaler, som krypterad överföringsfil",
        "Every record, as an encrypted transfer file",
    ),
    "log whole vault, backup under another passphrase": (
        "Alle journaler, som sikkerhetskopi med en annen passordfrase",
        "Alla journaler, som säkerhetskopia med en annan lösenfras",
        "Every record, as a backup under another passphrase",
    ),
    "log pupils list": ("Elevlisten", "Elevlistan", "The list of pupils"),
    "log agenda": ("Oversikten over oppgaver", "Översikten över uppgifter", "The agenda"),
    "log sheet named": ("Ark for hjemmebesøk, med navn", "Blad för hembesök, med namn",
                        "Home-visit sheet, with name"),
    "log sheet private": ("Ark for hjemmebesøk, privat", "Blad för hembesök, privat",
                          "Home-visit sheet, private"),
    "log sheet private without school": (
        "Ark for hjemmebesøk, privat, uten skole",
        "Blad för hembesök, privat, utan skola",
        "Home-visit sheet, private, without school",
    ),
    "log sheet printed": ("skrevet ut", "utskrivet", "printed"),
    "log sheet saved": ("lagret som fil", "sparat som fil", "saved as a file"),
    "log sheet command line": ("fra kommandolinjen", "från kommandoraden", "from the command line"),
    "log sheet as sibling": ("som søsken på arket", "som syskon på bladet",
                             "as a brother or sister on the sheet"),
    "log sheet for": ("til {value}", "till {value}", "for {value}"),
    "log referral": ("Henvisning til {value}, med samtykke", "Remiss till {value}, med samtycke",
                     "Referral to {value}, with consent"),
    "log note": ("Samtalenotat", "Samtalsanteckning", "Conversation note"),
    "log consent": ("Samtykke", "Samtycke", "Consent"),
    "log visit": ("Plan for hjemmebesøk", "Plan för hembesök", "Home-visit plan"),
    "log record for": ("Hele journalen, som PDF-fil, bedt om av: {value}",
                       "Hela journalen, som PDF-fil, begärd av: {value}",
                       "The whole record, as a PDF file, asked for by: {value}"),
    "log agenda week pdf": (
        "Uke {value} av oversikten, som PDF", "Vecka {value} av översikten, som PDF",
        "Week {value} of the agenda, as a PDF",
    ),
    "log agenda week": ("Uke {value} av oversikten", "Vecka {value} av översikten",
                        "Week {value} of the agenda"),
    "log agenda ics": ("Kalenderfil fra {value}", "Kalenderfil från {value}",
                       "Calendar file from {value}"),
    "log transfer file": ("Journalen overført, som overføringsfil",
                          "Journalen överlämnad, som överföringsfil",
                          "The record handed over, as a transfer file"),
}  # fmt: skip

_REASON_TAIL = "; reason: "  # domain.disclosure.with_reason writes it
_FIXED = (
    "absence", "absence flags", "note search", "record pdf", "record pdf and open json",
    "guardians' contacts", "restored from a backup", "pupils list", "agenda",
    "whole vault, plain JSON", "whole vault, encrypted transfer file",
    "whole vault, backup under another passphrase",
)  # fmt: skip
_SHEET = re.compile(r"visit \d+ sheet, (named|private without school|private), (.*)")
_SHEET_PARTS = ("printed", "saved", "command line", "as sibling")
_FOR = "for "  # services.visit_sheet writes ", for <partner>"

Value = Callable[[str, Words, Mapping[int, str]], str]


def _as_stored(value: str, words: Words, partners: Mapping[int, str]) -> str:
    return value


def _partner(value: str, words: Words, partners: Mapping[int, str]) -> str:
    return partners.get(int(value)) or words["log a_partner"]


def _day(value: str, words: Words, partners: Mapping[int, str]) -> str:
    return words.day(date.fromisoformat(value))


def _requester(value: str, words: Words, partners: Mapping[int, str]) -> str:
    known = {requester.value: requester for requester in Requester}
    return words.of(known[value]) if value in known else value


# (detail pattern, its words' key with {value} for the pattern's one value, that value in words)
_PATTERNS: tuple[tuple[re.Pattern[str], str, Value], ...] = (
    (re.compile(r"referral \d+ partner (\d+) consent \d+"), "referral", _partner),
    (re.compile(r"note \d+"), "note", _as_stored),
    (re.compile(r"consent \d+"), "consent", _as_stored),
    (re.compile(r"visit \d+"), "visit", _as_stored),
    (re.compile(r"record pdf, for (\w+)"), "record for", _requester),
    (re.compile(r"agenda week (\d+) pdf"), "agenda week pdf", _as_stored),
    (re.compile(r"agenda week (\d+)"), "agenda week", _as_stored),
    (re.compile(r"agenda ics (\d{4}-\d\d-\d\d)"), "agenda ics", _day),
    (re.compile(r"transfer file, consent \d+: .*"), "transfer file", _as_stored),
)


def detail_words(detail: str, words: Words, partners: Mapping[int, str]) -> str:
    """`partners` names a referral's partner by its id; the reason given for a print or an
    export follows what left."""
    base, tail, reason = detail.partition(_REASON_TAIL)
    what = _base_words(base, words, partners)
    return words["log with_reason"].format(what=what, reason=reason) if tail else what


def _base_words(detail: str, words: Words, partners: Mapping[int, str]) -> str:
    if detail in _FIXED:
        return words[f"log {detail}"]
    sheet = _SHEET.fullmatch(detail)
    if sheet is not None:
        parts = [words[f"log sheet {sheet.group(1)}"]]
        parts += [_sheet_part(part, words) for part in sheet.group(2).split(", ")]
        return ", ".join(parts)
    if detail in {purpose.value for purpose in ConsentPurpose}:
        return words.of(ConsentPurpose(detail))
    for pattern, key, value_of in _PATTERNS:
        match = pattern.fullmatch(detail)
        if match is not None:
            value = match.group(1) if match.groups() else ""
            return words[f"log {key}"].format(value=value_of(value, words, partners))
    return detail


def _sheet_part(part: str, words: Words) -> str:
    if part in _SHEET_PARTS:
        return words[f"log sheet {part}"]
    if part.startswith(_FOR):
        return words["log sheet for"].format(value=part.removeprefix(_FOR))
    return part
