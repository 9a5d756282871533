"""The preparation sheet's printed words in (nb, sv, en); its home-visit values come from the
word catalogue (nurse_desk/domain/words)."""

from __future__ import annotations

from nurse_desk.domain.words import Catalogue
from nurse_desk.domain.words import visits as visit_words

SHEET_WORDS: dict[str, tuple[str, str, str]] = {
    "title": ("Hjemmebesøk: forberedelse", "Hembesök: förberedelse", "Home visit: preparation"),
    # What the sheet gives away about the family, said on the sheet itself (its top box).
    "version_named": ("Utgave med navn", "Version med namn", "Named version"),
    "version_private": ("Personvernutgave", "Integritetsversion", "Private version"),
    "version_private_no_school": (
        "Personvernutgave uten skole og klasse",
        "Integritetsversion utan skola och klass",
        "Private version without school and class",
    ),
    "shows": (
        "Arket viser om familien: {items}.",
        "Bladet visar om familjen: {items}.",
        "About the family, this sheet shows: {items}.",
    ),
    "left_out": ("Ikke med: {items}.", "Inte med: {items}.", "Left out: {items}."),
    "keep_it": (
        "Ha arket på deg, og makuler det når besøket er dokumentert.",
        "Ha bladet på dig, och förstör det när besöket är dokumenterat.",
        "Keep it on you, and shred it once the visit is documented.",
    ),
    "shows_names": ("fulle navn", "fullständiga namn", "full names"),
    "shows_initials": ("initialer", "initialer", "initials"),
    "shows_birth_dates": ("fødselsdatoer", "födelsedatum", "dates of birth"),
    "shows_birth_years": ("fødselsår", "födelseår", "years of birth"),
    "shows_ids": ("fødselsnummer", "personnummer", "ID numbers"),
    "shows_school": ("skole og klasse", "skola och klass", "school and class"),
    "shows_relations": (
        "de foresattes relasjon til eleven",
        "vårdnadshavarnas relation till eleven",
        "the guardians' relation to the pupil",
    ),
    "shows_phones": ("telefonnumre", "telefonnummer", "phone numbers"),
    "shows_address": ("adressen", "adressen", "the address"),
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
    "protected": (
        "SPERRET ADRESSE: adresse, veibeskrivelse og foresattes telefon skrives ikke ut",
        "SKYDDADE PERSONUPPGIFTER: adress, vägbeskrivning och vårdnadshavares telefon "
        "skrivs inte ut",
        "PROTECTED IDENTITY: address, directions and guardians' phones are not printed",
    ),
    "address_protected": (
        "(sperret adresse: skrives ikke ut)",
        "(skyddade personuppgifter: skrivs inte ut)",
        "(protected identity: not printed)",
    ),
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
