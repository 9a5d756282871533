"""Who consents, by country: Norway by age (16), Sweden by the nurse's judgement of maturity."""

from __future__ import annotations

from datetime import date

import pytest

from nurse_desk.domain.consent import ConsentGiver as G
from nurse_desk.domain.consent import ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.consent_rules import (
    consents_that_count,
    default_giver,
    givers_who_count,
    needs_maturity_judgement,
)
from nurse_desk.domain.home_visits import consent_for_visit

BORN = date(2010, 6, 15)  # turns 16 on 2026-06-15


def consent(giver: G, mature: bool | None = None) -> ConsentRecord:
    return ConsentRecord(
        1, 7, giver, "", ConsentPurpose.HOME_VISIT, "", ConsentMethod.ORAL,
        date(2026, 1, 1), None, None, "", mature,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 6, 14), {G.GUARDIAN, G.BOTH}),  # 15: the guardians, the pupil heard
        (date(2026, 6, 15), {G.PUPIL, G.BOTH}),  # the 16th birthday: the pupil alone
    ],
)
def test_norway_goes_by_the_16th_birthday(day, expected):
    assert givers_who_count("no", BORN, day, None) == expected
    assert givers_who_count("no", BORN, day, True) == expected  # a judgement changes nothing


@pytest.mark.parametrize(
    ("mature", "expected"),
    [(True, {G.PUPIL, G.BOTH}), (False, {G.GUARDIAN, G.BOTH}), (None, {G.BOTH})],
)
def test_sweden_goes_by_the_nurses_judgement_whatever_the_age(mature, expected):
    for day in (date(2022, 1, 1), date(2027, 1, 1)):  # 11 and 16
        assert givers_who_count("se", BORN, day, mature) == expected


def test_a_mature_twelve_year_old_consents_alone_in_sweden_but_not_in_norway():
    given = [consent(G.PUPIL, mature=True)]
    day = date(2022, 9, 1)
    assert consents_that_count(given, "se", BORN, day) == given
    assert consents_that_count(given, "no", BORN, day) == []


def test_the_readiness_rule_follows_the_country():
    today, visit_day = date(2026, 3, 1), date(2026, 3, 10)
    pupil_alone = [consent(G.PUPIL, mature=True)]
    assert consent_for_visit(pupil_alone, BORN, today, visit_day, country="se") is not None
    assert consent_for_visit(pupil_alone, BORN, today, visit_day, country="no") is None
    # Norway: a guardian's consent before the 16th birthday no longer holds on a visit after it
    guardians = [consent(G.GUARDIAN)]
    assert consent_for_visit(guardians, BORN, today, date(2026, 6, 20), country="no") is None


def test_sweden_asks_for_a_judgement_unless_both_consented():
    assert needs_maturity_judgement("se", G.PUPIL) and needs_maturity_judgement("se", G.GUARDIAN)
    assert not needs_maturity_judgement("se", G.BOTH)
    assert not any(needs_maturity_judgement("no", giver) for giver in G)


def test_the_default_giver_is_one_whose_consent_counts_unjudged():
    assert default_giver("no", BORN, date(2026, 6, 14)) is G.GUARDIAN
    assert default_giver("no", BORN, date(2026, 6, 15)) is G.PUPIL
    assert default_giver("se", BORN, date(2026, 6, 15)) is G.BOTH
    for country, day in (("no", date(2026, 6, 14)), ("no", date(2026, 6, 15)), ("se", BORN)):
        assert default_giver(country, BORN, day) in givers_who_count(country, BORN, day, None)
