"""Health conversations, consents and the access log: kinds, topics, consents, logged actions."""

from __future__ import annotations

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentState
from nurse_desk.domain.journal import NoteKind, Topic
from nurse_desk.domain.words.catalogue import Catalogue

WORDS: Catalogue = {
    NoteKind: {
        NoteKind.PLANNED: ("Planlagt samtale", "Planerat samtal", "Planned conversation"),
        NoteKind.DROP_IN: ("Etter ønske / drop-in", "På begäran / drop-in", "On request / drop-in"),
        NoteKind.PHONE: ("Telefonsamtale", "Telefonsamtal", "Phone call"),
        NoteKind.GROUP: ("Gruppesamtale", "Gruppsamtal", "Group conversation"),
        NoteKind.FOLLOW_UP: ("Oppfølging", "Uppföljning", "Follow-up"),
        NoteKind.HOME_VISIT: ("Hjemmebesøk", "Hembesök", "Home visit"),
    },
    Topic: {
        Topic.WELLBEING: ("Trivsel", "Trivsel", "Wellbeing"),
        Topic.BULLYING: ("Mobbing", "Mobbning", "Bullying"),
        Topic.ABSENCE: ("Fravær", "Frånvaro", "Absence"),
        Topic.MENTAL_HEALTH: ("Psykisk helse", "Psykisk hälsa", "Mental health"),
        Topic.PHYSICAL_HEALTH: ("Fysisk helse", "Fysisk hälsa", "Physical health"),
        Topic.SLEEP: ("Søvn", "Sömn", "Sleep"),
        Topic.NUTRITION: ("Kosthold", "Kost", "Nutrition"),
        Topic.ACTIVITY: ("Fysisk aktivitet", "Fysisk aktivitet", "Physical activity"),
        Topic.SUBSTANCES: ("Rusmidler", "Alkohol och droger", "Alcohol and drugs"),
        Topic.SEXUAL_HEALTH: ("Seksuell helse", "Sexuell hälsa", "Sexual health"),
        Topic.VIOLENCE_NEGLECT: (
            "Vold, overgrep, omsorgssvikt",
            "Våld, övergrepp, försummelse",
            "Violence, abuse, neglect",
        ),
        Topic.OTHER: ("Annet", "Annat", "Other"),
    },
    ConsentGiver: {
        ConsentGiver.PUPIL: ("Eleven", "Eleven", "The pupil"),
        ConsentGiver.GUARDIAN: ("En foresatt", "En vårdnadshavare", "A guardian"),
        ConsentGiver.BOTH: ("Elev og foresatt", "Elev och vårdnadshavare", "Pupil and guardian"),
    },
    ConsentPurpose: {
        ConsentPurpose.TELL_SCHOOL: (
            "Informere rektor eller lærer",
            "Informera rektor eller lärare",
            "Tell the principal or teacher",
        ),
        ConsentPurpose.CONTACT_PARTNER: (
            "Kontakte en navngitt samarbeidspartner",
            "Kontakta en namngiven samarbetspartner",
            "Contact a named partner",
        ),
        ConsentPurpose.HOME_VISIT: ("Hjemmebesøk", "Hembesök", "Home visit"),
        ConsentPurpose.TRANSFER_RECORDS: (
            "Overføre journal fra helsestasjonen",
            "Överföra journal från barnhälsovården (BVC)",
            "Transfer records from child health care",
        ),
        ConsentPurpose.OTHER: ("Annet", "Annat", "Other"),
    },
    ConsentMethod: {
        ConsentMethod.ORAL: ("Muntlig", "Muntligt", "Oral"),
        ConsentMethod.WRITTEN: ("Skriftlig", "Skriftligt", "Written"),
    },
    ConsentState: {
        ConsentState.ACTIVE: ("Aktivt", "Aktivt", "Active"),
        ConsentState.NOT_YET_VALID: ("Ikke gyldig ennå", "Inte giltigt än", "Not yet valid"),
        ConsentState.EXPIRED: ("Utløpt", "Utgånget", "Expired"),
        ConsentState.WITHDRAWN: ("Trukket tilbake", "Återkallat", "Withdrawn"),
    },
    AccessAction: {
        AccessAction.OPEN_PUPIL: (
            "Åpnet elevens side",
            "Öppnade elevens sida",
            "Opened the pupil's page",
        ),
        AccessAction.SIGN: ("Signerte et notat", "Signerade en anteckning", "Signed a note"),
        AccessAction.AMEND: (
            "Skrev tillegg til et notat",
            "Gjorde tillägg till en anteckning",
            "Amended a note",
        ),
        AccessAction.PRINT: ("Skrev ut", "Skrev ut", "Printed"),
        AccessAction.EXPORT: ("Eksporterte", "Exporterade", "Exported"),
        AccessAction.CONSENT_RECORDED: (
            "Registrerte et samtykke",
            "Registrerade ett samtycke",
            "Recorded a consent",
        ),
        AccessAction.CONSENT_WITHDRAWN: (
            "Registrerte en tilbaketrekking",
            "Registrerade ett återkallande",
            "Recorded a withdrawal",
        ),
        AccessAction.SHARE_REFUSED: (
            "Deling stoppet: mangler samtykke",
            "Delning stoppad: samtycke saknas",
            "Sharing stopped: no consent",
        ),
        AccessAction.DISCLOSE: (
            "Ga opplysninger til samarbeidspartner (henvisning)",
            "Lämnade uppgifter till samverkanspart (remiss)",
            "Disclosed to a partner (referral)",
        ),
        AccessAction.IMPORT: (
            "Import eller masseendring",
            "Import eller massändring",
            "Import or bulk change",
        ),
        AccessAction.PROTECT: (
            "Markerte sperret adresse",
            "Markerade skyddade personuppgifter",
            "Marked protected identity",
        ),
        AccessAction.UNPROTECT: (
            "Fjernet sperret adresse",
            "Tog bort skyddade personuppgifter",
            "Removed protected identity",
        ),
        AccessAction.SHOW_ADDRESS: (
            "Viste den skjermede adressen",
            "Visade den skyddade adressen",
            "Showed the protected address",
        ),
        AccessAction.HAND_OVER: (
            "Overførte journalen",
            "Överförde journalen",
            "Handed the record over",
        ),
        AccessAction.RECEIVED: (
            "Tok imot overført journal",
            "Tog emot överförd journal",
            "Received a handed-over record",
        ),
        AccessAction.ARCHIVED: (
            "Avleverte til arkivet",
            "Levererade till arkivet",
            "Deposited in the archive",
        ),
        AccessAction.REMOVED: (
            "Slettet etter oppbevaringstiden",
            "Gallrade efter bevarandetiden",
            "Removed for good after retention",
        ),
        AccessAction.SEARCH: (
            "Vist i et notatsøk",
            "Visad i en anteckningssökning",
            "Shown by a note search",
        ),
        AccessAction.LIST: (
            "Vist i en liste på kommandolinjen",
            "Visad i en lista på kommandoraden",
            "Shown by a list on the command line",
        ),
        AccessAction.DISCARD_DRAFT: (
            "Forkastet et usignert utkast",
            "Kastade ett osignerat utkast",
            "Discarded an unsigned draft",
        ),
        AccessAction.UNLOCK_FAILED: (
            "Mislykkede opplåsinger",
            "Misslyckade upplåsningar",
            "Failed unlocks",
        ),
        AccessAction.LOG_FINDING: (
            "Loggen kortet ned eller skrevet om",
            "Loggen kortad eller omskriven",
            "Log cut short or rewritten",
        ),
        AccessAction.RESTORE: (
            "Gjenopprettet fra sikkerhetskopi",
            "Återställd från säkerhetskopia",
            "Restored from a backup",
        ),
    },
}
