"""What a new vault's partner directory and measures catalogue start with, per country.

Partners are generic entries ("Fastlege", "BUP") the nurse completes with local names and
numbers; their short names match how consents usually name a partner. The measures follow the
kind of local catalogue a municipality keeps (docs/CARE-RULES.md, "Worrying absence"), in the
app's own words.
"""

from __future__ import annotations

from nurse_desk.domain.measures import MeasureDraft
from nurse_desk.domain.referrals import PartnerDraft, PartnerKind

_K = PartnerKind

STANDARD_PARTNERS: dict[str, tuple[PartnerDraft, ...]] = {
    "no": (
        PartnerDraft("Fastlege", _K.GP, "Elevens fastlege"),
        PartnerDraft("BUP", _K.CHILD_PSYCHIATRY, "Barne- og ungdomspsykiatrisk poliklinikk"),
        PartnerDraft("PPT", _K.EDUCATIONAL_PSYCHOLOGY, "Pedagogisk-psykologisk tjeneste"),
        PartnerDraft("Barnevernet", _K.CHILD_WELFARE, "Barneverntjenesten i kommunen"),
        PartnerDraft("Fysioterapeut", _K.PHYSIOTHERAPIST, "Kommunefysioterapeut for barn og unge"),
        PartnerDraft("NAV", _K.NAV, "NAV-kontoret"),
        PartnerDraft(
            "Lavterskeltilbud psykisk helse",
            _K.LOW_THRESHOLD_MENTAL_HEALTH,
            "Kommunens lavterskeltilbud for barn og unge",
        ),
    ),
    "se": (
        PartnerDraft("Elevhälsoteamet", _K.PUPIL_HEALTH_TEAM, "Skolans elevhälsoteam"),
        PartnerDraft("Socialtjänsten", _K.SOCIAL_SERVICES, "Socialtjänsten, barn och unga"),
        PartnerDraft("Ungdomsmottagningen", _K.YOUTH_CLINIC),
        PartnerDraft("Habiliteringen", _K.HABILITATION, "Barn- och ungdomshabiliteringen"),
        PartnerDraft("Folktandvården", _K.DENTAL_CARE),
        PartnerDraft("BUP", _K.CHILD_PSYCHIATRY, "Barn- och ungdomspsykiatrin"),
        PartnerDraft("Vårdcentralen", _K.HEALTH_CENTRE, "Elevens vårdcentral"),
    ),
}

STANDARD_MEASURES: dict[str, tuple[MeasureDraft, ...]] = {
    "no": (
        MeasureDraft(
            "Ressursteam på skolen",
            "Elever i grunnskolen",
            "Skole, PPT og skolehelsetjenesten møtes fast for å planlegge og følge opp "
            "tilrettelegging rundt enkeltelever.",
        ),
        MeasureDraft(
            "Anonym drøfting med PPT",
            "Foreldre og skole",
            "En bekymring for læring eller utvikling kan drøftes uten navn før det blir en "
            "henvisning.",
        ),
        MeasureDraft(
            "Oppfølging av bekymringsfullt fravær",
            "Elever 6–16 år med bekymringsfullt fravær",
            "Skolens fraværsrutine: tidlig kontakt med hjemmet, samtale og felles plan.",
        ),
        MeasureDraft(
            "Foreldrekurs før skolestart",
            "Foreldre som gruer seg til skolestart på barnets vegne",
            "Kort kurs med psykolog og helsesykepleier om hvordan hjelpe barnet tilbake til "
            "skolen.",
        ),
        MeasureDraft(
            "Temakveld for foreldre, 5.–7. trinn",
            "Foreldre til barn på mellomtrinnet med mye fravær",
            "Samling for foreldre om fravær: årsaker, hva som hjelper, hvem man kan spørre.",
        ),
        MeasureDraft(
            "Temakveld for foreldre til ungdom med høyt fravær",
            "Foreldre til elever på ungdomsskole og videregående",
            "Samling for foreldre om skolefravær i ungdomsårene.",
        ),
        MeasureDraft(
            "Rusforebyggende foreldremøte",
            "Foreldre til ungdom som har prøvd eller bruker rusmidler",
            "Informasjon og samtale om rus, grensesetting og hvor man får hjelp.",
        ),
    ),
    "se": (
        MeasureDraft(
            "Närvaroteam",
            "Elever med lång eller upprepad frånvaro",
            "Ett snabbt team ur elevhälsan som kartlägger frånvaron och gör en plan med "
            "eleven och vårdnadshavarna.",
        ),
        MeasureDraft(
            "Elevhälsomöte om närvaro",
            "Elever med ökande frånvaro",
            "Elevhälsoteamet analyserar frånvaron tillsammans och fördelar insatserna.",
        ),
        MeasureDraft(
            "Anonym konsultation med socialtjänsten",
            "Skolpersonal",
            "En oro kan diskuteras utan namn innan en orosanmälan eller ett samtycke finns.",
        ),
        MeasureDraft(
            "Föräldraträff om skolfrånvaro",
            "Vårdnadshavare till elever med hög frånvaro",
            "Träff för vårdnadshavare om orsaker till frånvaro och vad som hjälper.",
        ),
        MeasureDraft(
            "Samtal hos ungdomsmottagningen",
            "Ungdomar 13–25 år",
            "Stödsamtal om psykisk och sexuell hälsa utan remiss.",
        ),
    ),
}
