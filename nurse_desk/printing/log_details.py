"""The access log's details in the printed record, in the printout's language.

The log stores a short English detail per entry ("referral 25 partner 2 consent 128", "visit 4
sheet, named, printed; reason: …"); domain/access_log_details.py reads it, and a record printed
in Norwegian or Swedish for a pupil or a guardian words what it read here, as the window's
access log does (ui/journal/access_log_words.py, through Qt's translations, which printing
cannot use): what was shown or sent, and to whom, never a database number.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum

from nurse_desk.domain.access_log import AnchorPlace
from nurse_desk.domain.access_log_details import DetailKind, LoggedDetail, Value, read_detail
from nurse_desk.domain.placeholders import placed
from nurse_desk.printing.base import Words

# Each kind's words under "log <kind>", with %1, %2, … for its values in the order the domain
# reads them; a visit sheet's under "log sheet <kind or part>", a damaged log's finder under
# "log place <place>". Keys start with "log ": the record's own words share the table
# ("absence" is its heading).
LOG_WORDS: dict[str, tuple[str, str, str]] = {
    "log with_reason": ("%1. Grunn: %2", "%1. Skäl: %2", "%1. Reason: %2"),
    "log a_partner": ("en samarbeidspartner", "en samverkanspart", "a partner"),
    "log nothing": ("", "", ""),
    "log absence": ("Fraværsdiagrammer", "Frånvarodiagram", "Absence charts"),
    "log absence flags": ("Fraværsliste", "Frånvarolista", "Absence list"),
    "log note search": ("Søk i notatene", "Sökning i anteckningarna", "Search in the notes"),
    "log pupils list": ("Elevlisten", "Elevlistan", "The list of pupils"),
    "log agenda": ("Oversikten over oppgaver", "Översikten över uppgifter", "The agenda"),
    "log retention list": ("Listen over elever som har sluttet",
                           "Listan över elever som har slutat",
                           "The list of pupils who left school"),
    "log record pdf": ("Hele journalen, som PDF-fil", "Hela journalen, som PDF-fil",
                       "The whole record, as a PDF file"),
    "log record pdf for": ("Hele journalen, som PDF-fil, bedt om av: %1",
                           "Hela journalen, som PDF-fil, begärd av: %1",
                           "The whole record, as a PDF file, asked for by: %1"),
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
    "log referral": ("Henvisning til %1, med samtykke", "Remiss till %1, med samtycke",
                     "Referral to %1, with consent"),
    "log note": ("Samtalenotat", "Samtalsanteckning", "Conversation note"),
    "log consent": ("Samtykke", "Samtycke", "Consent"),
    "log visit": ("Plan for hjemmebesøk", "Plan för hembesök", "Home-visit plan"),
    "log share refused": ("%1", "%1", "%1"),  # the purpose's own words
    "log agenda week": ("Uke %1 av oversikten", "Vecka %1 av översikten",
                        "Week %1 of the agenda"),
    "log agenda week pdf": ("Uke %1 av oversikten, som PDF", "Vecka %1 av översikten, som PDF",
                            "Week %1 of the agenda, as a PDF"),
    "log agenda ics": ("Kalenderfil fra %1", "Kalenderfil från %1", "Calendar file from %1"),
    "log yearly figures": ("Årsstatistikk fra %1, ingen elev nevnt",
                           "Årsstatistik från %1, ingen elev nämnd",
                           "Yearly figures from %1, no pupil named"),
    "log transfer file": ("Journalen overført, som overføringsfil",
                          "Journalen överlämnad, som överföringsfil",
                          "The record handed over, as a transfer file"),
    "log received": ("Overført journal fra %1: %2 lagt til, %3 fantes fra før",
                     "Överlämnad journal från %1: %2 tillagda, %3 fanns redan",
                     "A handed-over record from %1: %2 added, %3 already here"),
    "log received unnamed": (
        "Overført journal fra et annet hvelv: %1 lagt til, %2 fantes fra før",
        "Överlämnad journal från ett annat valv: %1 tillagda, %2 fanns redan",
        "A handed-over record from another vault: %1 added, %2 already here",
    ),
    "log removed": (
        "%1 rader slettet etter oppbevaringstiden; avlevert til arkivet %2",
        "%1 rader gallrade efter bevarandetiden; levererad till arkivet %2",
        "%1 rows removed after the retention time; deposited in the archive %2",
    ),
    "log broken_chain": (
        "Oppføring %1 hang ikke sammen med oppføringene før den (funnet av %2)",
        "Post %1 hängde inte ihop med posterna före den (upptäckt av %2)",
        "Entry %1 did not follow from the entries before it (found by %2)",
    ),
    "log cut_short": (
        "Oppføringene fra nummer %1 manglet (funnet av %2)",
        "Posterna från nummer %1 saknades (upptäckt av %2)",
        "Entries from number %1 on were missing (found by %2)",
    ),
    "log rewritten": (
        "Loggen endte ikke lenger slik den gjorde ved oppføring %1 (funnet av %2)",
        "Loggen slutade inte längre som den gjorde vid post %1 (upptäckt av %2)",
        "The log no longer ended as it did at entry %1 (found by %2)",
    ),
    "log failed unlocks": ("Mislykkede opplåsinger: %1, fra %2 til %3",
                           "Misslyckade upplåsningar: %1, från %2 till %3",
                           "Failed unlocks: %1, from %2 to %3"),
    "log class list": (
        "Klasseliste: %1 nye, %2 endret, %3 uendret, %4 sluttet, %5 linjer hoppet over",
        "Klasslista: %1 nya, %2 ändrade, %3 oförändrade, %4 slutat, %5 rader överhoppade",
        "Class list: %1 new, %2 changed, %3 unchanged, %4 left school, %5 lines skipped",
    ),
    "log new school year": (
        "Nytt skoleår: %1 flyttet opp, %2 slutter, %3 ikke flyttet",
        "Nytt läsår: %1 flyttade upp, %2 slutar, %3 inte flyttade",
        "New school year: %1 moved up, %2 leaving, %3 not moved",
    ),
    "log new school year, leavers marked": (
        "Nytt skoleår: %1 flyttet opp, %2 slutter (merket som sluttet), %3 ikke flyttet",
        "Nytt läsår: %1 flyttade upp, %2 slutar (markerade som slutat), %3 inte flyttade",
        "New school year: %1 moved up, %2 leaving (marked as left school), %3 not moved",
    ),
    "log absence import": (
        "Fraværsimport: %1 rader lagret (%2 nye, %3 oppdatert), %4 linjer hoppet over, "
        "%5 rader for ukjente elever",
        "Frånvaroimport: %1 rader sparade (%2 nya, %3 uppdaterade), %4 rader överhoppade, "
        "%5 rader för okända elever",
        "Absence import: %1 rows saved (%2 new, %3 updated), %4 lines skipped, "
        "%5 rows of unknown pupils",
    ),
    "log measures catalogue": ("Tiltakskatalog: %1 lagt til, %2 oppdatert",
                               "Insatskatalog: %1 tillagda, %2 uppdaterade",
                               "Measures catalogue: %1 added, %2 updated"),
    "log unknown": ("%1", "%1", "%1"),  # a detail not known here, as stored
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
    "log sheet for": ("til %1", "till %1", "for %1"),
    "log sheet as sibling": ("som søsken på arket", "som syskon på bladet",
                             "as a brother or sister on the sheet"),
    "log place chain": ("loggens egen kjede", "loggens egen kedja", "the log's own chain"),
    "log place vault": ("det hvelvet selv har skrevet ned om loggen",
                        "det valvet självt har antecknat om loggen",
                        "the record the vault keeps of its log"),
    "log place settings": ("det denne maskinen har skrevet ned om loggen",
                           "det den här datorn har antecknat om loggen",
                           "the record this computer keeps of the log"),
}  # fmt: skip


def detail_words(detail: str, words: Words, partners: Mapping[int, str]) -> str:
    """`partners` names a referral's partner by its id; the reason given for a print or an
    export follows what left."""
    read = read_detail(detail)
    what = _base_words(read, words, partners)
    return placed(words["log with_reason"], what, read.reason) if read.reason else what


def _base_words(read: LoggedDetail, words: Words, partners: Mapping[int, str]) -> str:
    if read.kind is DetailKind.VISIT_SHEET:
        return ", ".join(_sheet_value(value, read.partner, words) for value in read.values)
    template = words[f"log {read.kind.value}"]
    if read.partner_id is not None:  # a referral: %1 is the partner it went to
        return placed(template, partners.get(read.partner_id) or words["log a_partner"])
    return placed(template, *(_value(value, words) for value in read.values))


def _sheet_value(value: Value, partner: str, words: Words) -> str:
    if isinstance(value, StrEnum):  # the sheet's kind, or how it left
        return placed(words[f"log sheet {value.value}"], partner)
    return str(value)  # a part not known here, as stored


def _value(value: Value, words: Words) -> str:
    if isinstance(value, AnchorPlace):
        return words[f"log place {value.value}"]
    if isinstance(value, StrEnum):  # who asked, a consent's purpose: the catalogue's words
        return words.of(value)
    if isinstance(value, datetime):
        return words.moment(value)
    if isinstance(value, date):
        return words.day(value)
    return str(value)
