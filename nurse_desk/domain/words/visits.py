"""Home visits: reasons, initiators, purposes, notice, companions, status and what is missing."""

from __future__ import annotations

from nurse_desk.domain.home_visits import (
    CompanionRole,
    MissingItem,
    NoticeMethod,
    VisitInitiator,
    VisitPurpose,
    VisitReason,
    VisitStatus,
)
from nurse_desk.domain.households import HouseholdLink
from nurse_desk.domain.words.catalogue import Catalogue

WORDS: Catalogue = {
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
        VisitInitiator.OTHER: ("Andre", "Någon annan", "Someone else"),
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
        NoticeMethod.PHONE: ("Telefon", "Telefon", "Phone"),
        NoticeMethod.LETTER: ("Brev", "Brev", "Letter"),
        NoticeMethod.MEETING: ("Møte", "Möte", "Meeting"),
        NoticeMethod.DIGITAL: ("Digital melding", "Digitalt meddelande", "Digital message"),
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
        CompanionRole.OTHER: ("Annen fagperson", "Annan yrkesperson", "Other professional"),
    },
    VisitStatus: {
        VisitStatus.DRAFT: ("Utkast", "Utkast", "Draft"),
        VisitStatus.READY: ("Klar", "Klar", "Ready"),
        VisitStatus.DONE: ("Gjennomført", "Genomförd", "Done"),
        VisitStatus.DOCUMENTED: ("Dokumentert", "Dokumenterad", "Documented"),
    },
    # Why a pupil is offered as a sibling on a visit plan.
    HouseholdLink: {
        HouseholdLink.PHONE: (
            "samme telefonnummer til foresatt",
            "samma telefonnummer till vårdnadshavare",
            "same guardian phone",
        ),
        HouseholdLink.ADDRESS: (
            "besøkt på samme adresse",
            "besökt på samma adress",
            "visited at the same address",
        ),
        HouseholdLink.NAME_ONLY: (
            "en foresatt med samme navn, uten telefonnummer å sammenligne",
            "en vårdnadshavare med samma namn, utan telefonnummer att jämföra",
            "a guardian of the same name, no phone to compare",
        ),
        HouseholdLink.CHOSEN: (
            "står allerede på planen",
            "står redan på planen",
            "on this plan already",
        ),
    },
    # Short, as they are listed after "Still missing:" on screen and "NOT READY, missing:" on
    # the sheet.
    MissingItem: {
        MissingItem.NOTICE: ("varsel", "avisering", "notice"),
        MissingItem.CONSENT: ("samtykke", "samtycke", "consent"),
        MissingItem.PURPOSE: ("formål", "syfte", "purpose"),
    },
}
