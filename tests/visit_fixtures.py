"""A full home-visit plan for the services, printing and UI tests."""

from __future__ import annotations

from datetime import date, time

from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.home_visits import (
    Companion,
    CompanionRole,
    Notice,
    NoticeMethod,
    Safety,
    VisitInitiator,
    VisitPlan,
    VisitPurpose,
    VisitReason,
)

TODAY = date(2026, 11, 23)
VISIT_DAY = date(2026, 12, 1)
OBSERVATION_POINTS = (
    "Barnets rom og soveforhold",
    "Lek og aktivitet",
    "Samspill mellom barn og foreldre",
    "Behov for hjelpemidler eller tilrettelegging",
    "Sikkerhet i hjemmet",
    "Emil viser frem rommet sitt",
)


def full_plan(pupil_id: int, **changes) -> VisitPlan:
    values = dict(
        pupil_id=pupil_id,
        planned_on=VISIT_DAY,
        starts_at=time(14, 0),
        minutes=75,
        reasons=frozenset({VisitReason.DROPOUT_RISK, VisitReason.MENTAL_HEALTH}),
        reason_text="Fravær hver mandag siden oktober",
        initiator=VisitInitiator.SCHOOL,
        initiator_text="kontaktlærer",
        purposes=frozenset({VisitPurpose.UNDERSTAND_SITUATION, VisitPurpose.INCLUDE_FAMILY}),
        purpose_text="Avtale en plan for å komme tilbake",
        home_of="Anne Aasen",
        address="Granlyveien 12, 1350 Lommedalen",
        directions="Buss 143 til Granly, gult hus bak butikken",
        notice=Notice(
            TODAY,
            NoticeMethod.PHONE,
            "Anne Aasen (mor)",
            "Vi snakker om søvn og skole, og jeg ser gjerne rommet til Emil.",
        ),
        companions=(
            Companion(CompanionRole.PSYCHOLOGIST, "Per Lunde", "PPT Bærum", "+47 911 11 111", True),
            Companion(CompanionRole.INTERPRETER, "Sara Ali", "Tolketjenesten", "", False),
        ),
        topics=("Søvn og døgnrytme", "Trivsel på skolen", "Venner"),
        questions=(
            "Når startet fraværet, og hva skjedde da?",
            "Hva er vanskeligst med å dra på skolen?",
        ),
        observation_points=OBSERVATION_POINTS,
        safety=Safety(True, "Kontoret: 67 50 00 00", time(16, 0)),
    )
    values.update(changes)
    return VisitPlan(**values)


def home_visit_consent(pupil_id: int, giver=ConsentGiver.GUARDIAN, **changes) -> ConsentRecord:
    values = dict(
        id=0,
        pupil_id=pupil_id,
        given_by=giver,
        guardian_name="Anne Aasen" if giver is not ConsentGiver.PUPIL else "",
        purpose=ConsentPurpose.HOME_VISIT,
        partner="",
        method=ConsentMethod.ORAL,
        given_on=date(2026, 11, 20),
        valid_until=None,
        withdrawn_on=None,
        note="",
    )
    values.update(changes)
    return ConsentRecord(**values)
