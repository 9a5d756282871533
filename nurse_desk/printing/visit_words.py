"""The preparation sheet's printed words in (nb, sv, en), including every home-visit value."""

from __future__ import annotations

from enum import StrEnum

from nurse_desk.domain.home_visits import (
    CompanionRole,
    MissingItem,
    NoticeMethod,
    VisitInitiator,
    VisitPurpose,
    VisitReason,
    VisitStatus,
)

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

VALUE_WORDS: dict[type[StrEnum], dict[StrEnum, tuple[str, str, str]]] = {
    VisitReason: {
        VisitReason.DROPOUT_RISK: (
            "Risiko for å falle ut av skolen",
            "Risk att hamna utanför skolan",
            "At risk of dropping out of school",
        ),
        VisitReason.NEWLY_ARRIVED: (
            "Innvandret eller nylig flyttet",
            "Invandrad eller nyinflyttad",
            "Immigrant or newly moved",
        ),
        VisitReason.DISABILITY: ("Funksjonsnedsettelse", "Funktionsnedsättning", "Disability"),
        VisitReason.MENTAL_HEALTH: (
            "Psykiske plager eller vansker",
            "Psykisk ohälsa",
            "Mental health problems",
        ),
        VisitReason.NOT_AT_SCHOOL: (
            "Er ikke på skolen",
            "Är inte i skolan",
            "Not attending school",
        ),
        VisitReason.BULLYING: (
            "Mobber eller blir mobbet",
            "Mobbar eller blir mobbad",
            "Bullying or being bullied",
        ),
        VisitReason.MISSED_CONSULTATIONS: (
            "Uteblir fra konsultasjoner",
            "Uteblir från besök",
            "Missed consultations",
        ),
        VisitReason.ASKS_FOR_SUPPORT: (
            "Ber selv om ekstra støtte",
            "Ber själv om extra stöd",
            "Asks for extra support",
        ),
        VisitReason.NEXT_OF_KIN: (
            "Pårørende: alvorlig sykdom eller død i nær familie",
            "Anhörig: allvarlig sjukdom eller dödsfall i nära familj",
            "Next of kin: serious illness or death in the close family",
        ),
        VisitReason.FAMILY_ILLNESS_OR_ABUSE: (
            "Bor med foreldre eller søsken med alvorlig psykisk sykdom eller rus",
            "Bor med förälder eller syskon med allvarlig psykisk sjukdom eller missbruk",
            "Lives with a parent or sibling with serious mental illness or substance abuse",
        ),
        VisitReason.OTHER: ("Annet", "Annat", "Other"),
    },
    VisitInitiator: {
        VisitInitiator.PUPIL: ("Eleven", "Eleven", "The pupil"),
        VisitInitiator.PARENTS: ("Foreldrene", "Föräldrarna", "The parents"),
        VisitInitiator.NURSE: ("Helsesykepleier", "Skolsköterskan", "The school nurse"),
        VisitInitiator.SCHOOL: ("Skolen", "Skolan", "The school"),
        VisitInitiator.PSYCHOLOGIST: ("Psykolog", "Psykolog", "A psychologist"),
        VisitInitiator.GP: ("Fastlege", "Husläkare", "The GP"),
        VisitInitiator.OTHER: ("Andre", "Annan", "Someone else"),
    },
    VisitPurpose: {
        VisitPurpose.UNDERSTAND_SITUATION: (
            "Bedre forståelse av familiens situasjon",
            "Bättre förståelse av familjens situation",
            "A wider understanding of the family's situation",
        ),
        VisitPurpose.OBSERVE_INTERACTION: (
            "Observere samspill i hjemmet",
            "Observera samspel i hemmet",
            "Observe interaction at home",
        ),
        VisitPurpose.INCLUDE_FAMILY: (
            "Ta med foreldre og søsken i oppfølgingen",
            "Involvera föräldrar och syskon i uppföljningen",
            "Include parents and siblings in the follow-up",
        ),
        VisitPurpose.BUILD_TRUST: (
            "Utjevne maktforhold og bygge tillit",
            "Jämna ut maktobalans och bygga tillit",
            "Even out power and build trust",
        ),
        VisitPurpose.TAILORED_ADVICE: (
            "Bedre tilpassede råd og veiledning",
            "Bättre anpassade råd och stöd",
            "Better-tailored advice",
        ),
        VisitPurpose.EASIER_TO_ACCEPT: (
            "Gjøre råd lettere å ta imot",
            "Göra råd lättare att ta emot",
            "Make advice easier to accept",
        ),
        VisitPurpose.LOWER_THRESHOLD: (
            "Senke terskelen for familier som ikke kommer til møter",
            "Sänka tröskeln för familjer som inte kommer på möten",
            "Lower the threshold for families who do not come to meetings",
        ),
    },
    NoticeMethod: {
        NoticeMethod.PHONE: ("telefon", "telefon", "phone"),
        NoticeMethod.LETTER: ("brev", "brev", "letter"),
        NoticeMethod.MEETING: ("møte", "möte", "meeting"),
        NoticeMethod.DIGITAL: ("digital melding", "digitalt meddelande", "digital message"),
    },
    CompanionRole: {
        CompanionRole.DOCTOR: ("Lege", "Läkare", "Doctor"),
        CompanionRole.PHYSIOTHERAPIST: ("Fysioterapeut", "Fysioterapeut", "Physiotherapist"),
        CompanionRole.PSYCHOLOGIST: ("Psykolog", "Psykolog", "Psychologist"),
        CompanionRole.OCCUPATIONAL_THERAPIST: (
            "Ergoterapeut",
            "Arbetsterapeut",
            "Occupational therapist",
        ),
        CompanionRole.INTERPRETER: ("Tolk", "Tolk", "Interpreter"),
        CompanionRole.OTHER: ("Annen", "Annan", "Other"),
    },
    VisitStatus: {
        VisitStatus.DRAFT: ("Utkast", "Utkast", "Draft"),
        VisitStatus.READY: ("Klar", "Klar", "Ready"),
        VisitStatus.DONE: ("Gjennomført", "Genomförd", "Done"),
        VisitStatus.DOCUMENTED: ("Dokumentert", "Dokumenterad", "Documented"),
    },
    MissingItem: {
        MissingItem.NOTICE: ("varsel", "avisering", "notice"),
        MissingItem.CONSENT: ("samtykke", "samtycke", "consent"),
        MissingItem.PURPOSE: ("formål", "syfte", "purpose"),
    },
}
