"""Reusable home-visit plans: three seeded (long-term absence, chronic illness, newly arrived
family) in the vault's country language, and the nurse's own."""

from __future__ import annotations

from nurse_desk.domain.consent_rules import SWEDEN
from nurse_desk.domain.home_visits import (
    InvalidVisit,
    VisitPlan,
    VisitPurpose,
    VisitReason,
    VisitTemplate,
    template_from_plan,
)
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import home_visits as visits
from nurse_desk.storage import vault_settings
from nurse_desk.storage.vault import Vault

_SEEDED = "visits.templates_seeded"
R, P = VisitReason, VisitPurpose

# (nb, sv) texts: the seeds are written once, in the language of the vault's country.
_SEEDS: tuple[dict, ...] = (
    {
        "name": ("Langvarig fravær", "Långvarig frånvaro"),
        "reasons": {R.DROPOUT_RISK, R.NOT_AT_SCHOOL},
        "purposes": {P.UNDERSTAND_SITUATION, P.INCLUDE_FAMILY, P.LOWER_THRESHOLD},
        "topics": (
            ("Hvordan eleven har det på skolen og hjemme", "Hur eleven har det i skolan och hemma"),
            ("Søvn og døgnrytme", "Sömn och dygnsrytm"),
            ("Hva som skal til for å komme tilbake", "Vad som behövs för att komma tillbaka"),
        ),
        "questions": (
            (
                "Når startet fraværet, og hva skjedde da?",
                "När började frånvaron, och vad hände då?",
            ),
            ("Hva er vanskeligst med å dra på skolen?", "Vad är svårast med att gå till skolan?"),
            ("Hvem kan eleven snakke med på skolen?", "Vem kan eleven prata med i skolan?"),
        ),
        "observations": (
            ("Barnets rom og soveforhold", "Barnets rum och sovförhållanden"),
            ("Døgnrytme og skjermbruk", "Dygnsrytm och skärmanvändning"),
            ("Samspill mellom barn og foreldre", "Samspel mellan barn och föräldrar"),
            ("Lek, aktivitet og venner", "Lek, aktivitet och kamrater"),
        ),
    },
    {
        "name": ("Kronisk sykdom", "Kronisk sjukdom"),
        "reasons": {R.DISABILITY, R.ASKS_FOR_SUPPORT},
        "purposes": {P.TAILORED_ADVICE, P.INCLUDE_FAMILY, P.EASIER_TO_ACCEPT},
        "topics": (
            ("Sykdommen i hverdagen", "Sjukdomen i vardagen"),
            ("Medisiner og behandling på skoletid", "Mediciner och behandling under skoltid"),
            ("Søsken og familiens belastning", "Syskon och familjens belastning"),
        ),
        "questions": (
            (
                "Hva trenger eleven for å delta fullt på skolen?",
                "Vad behöver eleven för att delta fullt i skolan?",
            ),
            (
                "Hvem har ansvar for hva ved akutt forverring?",
                "Vem ansvarar för vad vid akut försämring?",
            ),
        ),
        "observations": (
            (
                "Behov for hjelpemidler eller tilrettelegging",
                "Behov av hjälpmedel eller anpassning",
            ),
            ("Barnets rom og soveforhold", "Barnets rum och sovförhållanden"),
            ("Lek og fysisk aktivitet", "Lek och fysisk aktivitet"),
            ("Sikkerhet i hjemmet", "Säkerhet i hemmet"),
        ),
    },
    {
        "name": ("Nyankommet familie", "Nyanländ familj"),
        "reasons": {R.NEWLY_ARRIVED},
        "purposes": {P.BUILD_TRUST, P.UNDERSTAND_SITUATION, P.LOWER_THRESHOLD},
        "topics": (
            ("Skolehelsetjenesten: hva vi tilbyr", "Elevhälsan: vad vi erbjuder"),
            (
                "Vaksiner og tidligere helseoppfølging",
                "Vaccinationer och tidigare hälsouppföljning",
            ),
            ("Språk, tolk og kontakt med skolen", "Språk, tolk och kontakt med skolan"),
        ),
        "questions": (
            ("Har barnet helseopplysninger fra før?", "Har barnet hälsouppgifter sedan tidigare?"),
            ("Hvordan vil familien helst bli kontaktet?", "Hur vill familjen helst bli kontaktad?"),
        ),
        "observations": (
            ("Boforhold og plass til lekser og søvn", "Boende och plats för läxor och sömn"),
            ("Samspill mellom barn og foreldre", "Samspel mellan barn och föräldrar"),
            ("Nettverk rundt familien", "Nätverk runt familjen"),
        ),
    },
)


def standard_template_number(name: str) -> int | None:
    """0, 1 or 2 when `name` is a seeded template's name (in either language), else None: the
    windows show those names in their own language, a template the nurse named as she wrote."""
    for number, seed in enumerate(_SEEDS):
        if name in seed["name"]:
            return number
    return None


def visit_templates(vault: Vault) -> list[VisitTemplate]:
    """Every template by name; the first call on a vault seeds the three standard ones (once:
    a seed the nurse deletes stays deleted)."""
    with unit_of_work(vault) as work:
        if vault_settings.get(work.session, _SEEDED, "") != "1":
            index = 1 if work.country == SWEDEN else 0
            for seed in _SEEDS:
                visits.save_template(work.session, _seed_template(seed, index))
            vault_settings.put(work.session, _SEEDED, "1")
        return visits.templates(work.session)


def save_visit_template(vault: Vault, name: str, plan: VisitPlan) -> int:
    """The plan's reasons, purposes, topics, questions and observation points under a name;
    an existing template of that name is replaced."""
    if not name.strip():
        raise InvalidVisit("template_name")
    with unit_of_work(vault) as work:
        return visits.save_template(work.session, template_from_plan(name, plan))


def delete_visit_template(vault: Vault, template_id: int) -> None:
    with unit_of_work(vault) as work:
        visits.delete_template(work.session, template_id)


def _seed_template(seed: dict, index: int) -> VisitTemplate:
    return VisitTemplate(
        id=0,
        name=seed["name"][index],
        reasons=frozenset(seed["reasons"]),
        purposes=frozenset(seed["purposes"]),
        topics=tuple(texts[index] for texts in seed["topics"]),
        questions=tuple(texts[index] for texts in seed["questions"]),
        observation_points=tuple(texts[index] for texts in seed["observations"]),
    )
