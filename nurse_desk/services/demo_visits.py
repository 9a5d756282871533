"""Fictional home visits for the demo vault: plans in every status, from a bare draft to a
documented visit with its note and follow-ups. All text is invented."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.home_visits import (
    AgreedFollowUp,
    Answer,
    Companion,
    CompanionRole,
    Notice,
    NoticeMethod,
    Observation,
    Safety,
    VisitDocumentation,
    VisitInitiator,
    VisitPlan,
    VisitStatus,
    fill_from_template,
)
from nurse_desk.domain.words import printout_language
from nurse_desk.services import home_visits
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.services.visit_templates import visit_templates
from nurse_desk.storage import consents, pupils
from nurse_desk.storage.orm import GuardianRow
from nurse_desk.storage.orm_visits import HomeVisitRow
from nurse_desk.storage.vault import Vault

# Each country's demo in its own words: the vault's country picks the texts ("no" otherwise).
_STREETS = {
    "no": ("Granlyveien", "Solbakken", "Fjellvangvegen", "Bjørkelia", "Elvebakken"),
    "se": ("Granlundsvägen", "Solbacken", "Fjällviksvägen", "Björkliden", "Älvbacken"),
}
_COMPANIONS = {
    "no": (
        Companion(CompanionRole.PSYCHOLOGIST, "Per Lunde", "PPT", "+47 911 11 111", True),
        Companion(CompanionRole.INTERPRETER, "Sara Ali", "Tolketjenesten", "+47 922 22 222", False),
        Companion(CompanionRole.PHYSIOTHERAPIST, "Hege Dal", "Kommunal fysioterapi", "", True),
    ),
    # Numbers from the series set aside for fiction, so none rings a real phone.
    "se": (
        Companion(CompanionRole.PSYCHOLOGIST, "Maria Ek", "Elevhälsan", "+46 70 174 06 05", True),
        Companion(
            CompanionRole.INTERPRETER, "Sara Ali", "Tolkförmedlingen", "+46 70 174 06 06", False
        ),
        Companion(CompanionRole.PHYSIOTHERAPIST, "Hanna Dahl", "Habiliteringen", "", True),
    ),
}
# The plan's directions, the notice's message and the safety plan's contact.
_PLAN_TEXTS = {
    "no": (
        "Parker ved butikken, gå opp bakken.",
        "Vi snakker om hvordan eleven har det, og jeg ser gjerne rommet.",
        "Kontoret: 67 50 00 00",
    ),
    "se": (
        "Parkera vid affären och gå uppför backen.",
        "Vi pratar om hur eleven har det, och jag tittar gärna på elevens rum.",
        "Expeditionen: 08-465 004 00",
    ),
}
# A documented visit: an observation's note, each answer, the summary, the agreed follow-up.
_RESULTS = {
    "no": (
        "Ryddig og rolig.",
        "Svarte åpent.",
        "Godt besøk; familien ønsker ny samtale.",
        "Ringe foresatte",
    ),
    "se": (
        "Städat och lugnt.",
        "Svarade öppet.",
        "Bra besök; familjen vill ha ett nytt samtal.",
        "Ringa vårdnadshavarna",
    ),
}
# (days from today, with notice, with consent, then: "ready", "done", "documented" or "")
_PLAN = (
    (9, False, False, ""),
    (16, True, False, ""),
    (4, True, True, "ready"),
    (1, True, True, "ready"),
    (-2, True, True, "done"),
    (-20, True, True, "documented"),
    (-45, True, True, "documented"),
    (0, True, True, "ready"),
)


def fill_demo_visits(vault: Vault, *, seed: int = 2026, today: date | None = None) -> int:
    """Adds home visits in every status for demo pupils with guardians; returns how many."""
    today = today or date.today()
    chooser = random.Random(seed)
    with unit_of_work(vault) as work:
        country = work.country if work.country in _STREETS else "no"
        families = sorted(
            {
                (row.pupil_id, row.name, row.relation)
                for row in work.session.scalars(select(GuardianRow))
            }
        )
    chosen = chooser.sample(families, k=min(len(_PLAN), len(families)))
    templates = visit_templates(vault)
    for (pupil_id, guardian, relation), (days, notice, consent, step) in zip(
        chosen, _PLAN, strict=False
    ):
        planned_on = _weekday(today + timedelta(days=days))
        if consent:
            _add_consent(vault, pupil_id, guardian, planned_on - timedelta(days=10))
        plan = _plan(chooser, pupil_id, guardian, relation, planned_on, notice, country)
        if templates:
            plan = fill_from_template(plan, chooser.choice(templates))
        visit = home_visits.plan_visit(vault, plan, today=min(today, planned_on))
        _advance(vault, visit.id, plan, step, today, planned_on, country)
    return len(chosen)


def protect_one_home(vault: Vault) -> int | None:
    """Gives the pupil of the first visit still being planned a protected identity, so the demo
    shows what the app hides and asks about. The pupil's id, or None without such a visit."""
    with unit_of_work(vault) as work:
        pupil_id = work.session.scalar(
            select(HomeVisitRow.pupil_id)
            .where(HomeVisitRow.status == VisitStatus.READY.value)
            .order_by(HomeVisitRow.id)
            .limit(1)
        )
        if pupil_id is not None:
            pupils.set_protected(work.session, pupil_id, True)
        return pupil_id


def _weekday(day: date) -> date:
    """Visits fall on school days: a Saturday or Sunday moves to the Monday after."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _plan(
    chooser: random.Random,
    pupil_id: int,
    guardian: str,
    relation: str,
    planned_on: date,
    notice: bool,
    country: str,
) -> VisitPlan:
    directions, message, office = _PLAN_TEXTS[country]
    return VisitPlan(
        pupil_id=pupil_id,
        planned_on=planned_on,
        starts_at=time(chooser.choice((9, 10, 13, 14)), chooser.choice((0, 30))),
        minutes=chooser.choice((45, 60, 90)),
        initiator=chooser.choice(list(VisitInitiator)),
        home_of=guardian,
        address=f"{chooser.choice(_STREETS[country])} {chooser.randint(1, 60)}",
        directions=directions,
        notice=Notice(
            planned_on - timedelta(days=7),
            chooser.choice(list(NoticeMethod)),
            f"{guardian} ({relation})",
            message,
        )
        if notice
        else Notice(),
        companions=(chooser.choice(_COMPANIONS[country]),) if chooser.random() < 0.6 else (),
        safety=Safety(chooser.random() < 0.5, office, time(16, 0)),
    )


def _add_consent(vault: Vault, pupil_id: int, guardian: str, given_on: date) -> None:
    with unit_of_work(vault) as work:
        consents.add(
            work.session,
            ConsentRecord(
                0,
                pupil_id,
                ConsentGiver.BOTH,  # holds in Norway and Sweden at any age (consent_rules)
                guardian,
                ConsentPurpose.HOME_VISIT,
                "",
                ConsentMethod.ORAL,
                given_on,
                None,
                None,
                "",
            ),
        )


def _advance(
    vault: Vault,
    visit_id: int,
    plan: VisitPlan,
    step: str,
    today: date,
    planned_on: date,
    country: str,
) -> None:
    if not step:
        return
    home_visits.mark_ready(vault, visit_id, today=min(today, planned_on))
    after = datetime.combine(planned_on, time(17, 0))
    if step in ("done", "documented"):
        home_visits.mark_done(vault, visit_id, now=after)
    if step == "documented":
        tidy, answered, summary, call = _RESULTS[country]
        documentation = VisitDocumentation(
            observations=tuple(
                Observation(point, True, tidy if n == 0 else "")
                for n, point in enumerate(plan.observation_points)
            ),
            answers=tuple(Answer(q, answered) for q in plan.questions),
            summary=summary,
            follow_ups=(AgreedFollowUp(planned_on + timedelta(days=14), call),),
        )
        home_visits.document_visit(
            vault, visit_id, documentation, language=printout_language(None, country), now=after
        )
