"""The preparation sheet's printed words in (nb, sv, en); its home-visit values come from the
word catalogue (nurse_desk/domain/words)."""

from __future__ import annotations

from nurse_desk.domain.words import Catalogue
from nurse_desk.domain.words import visits as visit_words

SHEET_WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("Hjemmebesøk: forberedelse", "Hembesök: förberedelse", "Home visit: preparation"),
    "private_note": (
        "Personvernutgave: initialer og fødselsår, uten fødselsnummer og adresse",
        "Integritetsversion: initialer och födelseår, utan personnummer och adress",
        "Private version: initials and year of birth, no ID number or address",
    ),
    "produced": ("Skrevet ut {at}", "Utskriven {at}", "Printed {at}"),
    "when_where": ("Tid og sted", "Tid och plats", "When and where"),
    "when": ("Tid", "Tid", "When"),
    "time_span": (
        "{day} kl. {start}–{end} ({minutes} min)",
        "{day} kl. {start}–{end} ({minutes} min)",
        "{day}, {start}–{end} ({minutes} min)",
    ),
    "place": ("Adresse", "Adress", "Address"),
    "home_of": ("Hjemme hos", "Hemma hos", "Home of"),
    "directions": ("Veibeskrivelse", "Vägbeskrivning", "How to get there"),
    "address_hidden": ("(ikke skrevet ut)", "(inte utskriven)", "(not printed)"),
    "family": ("Elev og familie", "Elev och familj", "Pupil and family"),
    "pupil": ("Elev", "Elev", "Pupil"),
    "born": ("født {day}", "född {day}", "born {day}"),
    "born_year": ("født {year}", "född {year}", "born {year}"),
    "siblings": ("Søsken", "Syskon", "Siblings"),
    "guardians": ("Foresatte", "Vårdnadshavare", "Guardians"),
    "participants": ("Deltakere", "Deltagare", "Participants"),
    "role": ("Rolle", "Roll", "Role"),
    "name": ("Navn", "Namn", "Name"),
    "organisation": ("Virksomhet", "Verksamhet", "Organisation"),
    "phone": ("Telefon", "Telefon", "Phone"),
    "confirmed": ("Bekreftet", "Bekräftat", "Confirmed"),
    "nurse_role": ("Helsesykepleier", "Skolsköterska", "School nurse"),
    "why": ("Bakgrunn og formål", "Bakgrund och syfte", "Reasons and purposes"),
    "reasons": ("Bakgrunn for besøket", "Bakgrund till besöket", "Reasons for the visit"),
    "initiator": ("Tatt initiativ av", "Initiativ från", "Initiated by"),
    "purposes": ("Formål", "Syfte", "Purposes"),
    "notice_consent": ("Varsel og samtykke", "Avisering och samtycke", "Notice and consent"),
    "notice": ("Varsel", "Avisering", "Notice"),
    "notice_given": (
        "Gitt {day} ({method}) til {whom}",
        "Lämnad {day} ({method}) till {whom}",
        "Given {day} ({method}) to {whom}",
    ),
    "notice_missing": ("IKKE VARSLET ENNÅ", "INTE AVISERAT ÄNNU", "NO NOTICE GIVEN YET"),
    "told": ("Familien er fortalt", "Familjen har fått veta", "The family was told"),
    "consent": ("Samtykke", "Samtycke", "Consent"),
    "consent_given": (
        "Gitt {day} av {giver}, {method}",
        "Lämnat {day} av {giver}, {method}",
        "Given {day} by {giver}, {method}",
    ),
    "consent_until": ("gyldig til {day}", "giltigt till {day}", "valid until {day}"),
    "consent_missing": ("MANGLER GYLDIG SAMTYKKE", "GILTIGT SAMTYCKE SAKNAS", "NO VALID CONSENT"),
    "status": ("Status", "Status", "Status"),
    "not_ready": (
        "IKKE KLAR, mangler: {items}",
        "INTE KLAR, saknas: {items}",
        "NOT READY, missing: {items}",
    ),
    "safety": ("Sikkerhet", "Säkerhet", "Safety"),
    "pairs": ("To sammen", "Två tillsammans", "Two go together"),
    "call_whom": ("Ring ved behov", "Ring vid behov", "Whom to call"),
    "back_by": ("Ventet tilbake", "Väntas tillbaka", "Expected back"),
    "topics": ("Samtaletemaer", "Samtalsämnen", "Conversation topics"),
    "questions": ("Spørsmål", "Frågor", "Questions"),
    "observations": ("Observasjonspunkter", "Observationspunkter", "Observation points"),
    "observed": ("Sett", "Sett", "Seen"),
    "point": ("Punkt", "Punkt", "Point"),
    "notes": ("Notater", "Anteckningar", "Notes"),
    "none_planned": ("Ingen planlagt.", "Inga planerade.", "None planned."),
    "follow_up": ("Avtalt oppfølging", "Överenskommen uppföljning", "Agreed follow-up"),
    "date": ("Dato", "Datum", "Date"),
    "what": ("Hva", "Vad", "What"),
    "who": ("Hvem", "Vem", "Who"),
    "place_date": ("Sted og dato", "Ort och datum", "Place and date"),
    "signature": ("Signatur", "Underskrift", "Signature"),
    "dash": ("–", "–", "–"),
    "weekdays": (
        "mandag tirsdag onsdag torsdag fredag lørdag søndag",
        "måndag tisdag onsdag torsdag fredag lördag söndag",
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    ),
}

# The home-visit values a sheet prints, with their words from the one catalogue.
VALUE_WORDS: Catalogue = visit_words.WORDS
