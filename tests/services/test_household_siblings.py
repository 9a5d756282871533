"""Siblings for a home visit at demo volume: a household by a guardian's phone or a visited
address; guardians who merely share a name (the demo has many) are not a household."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from journal_fixtures import vault  # noqa: F401  (pytest fixture)
from visit_fixtures import full_plan

from nurse_desk.domain.households import HouseholdLink
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.services import home_visits, pupils
from nurse_desk.services.demo import demo_pupils, fill_with_demo_data


def _pupil(vault, given: str, school: str, guardians, born=date(2014, 5, 1)) -> int:  # noqa: F811
    return pupils.add_pupil(
        vault, NewPupil(given, "Lund", born, school, "3A", guardians=tuple(guardians))
    )


def test_demo_pupils_sharing_only_a_guardian_name_are_not_offered_as_siblings(vault):  # noqa: F811
    fill_with_demo_data(vault)
    by_name: dict[str, set[int]] = defaultdict(set)
    listed = pupils.list_pupils(vault)
    ids = {(p.given_name, p.family_name, p.birth_date): p.id for p in listed}
    for new in demo_pupils(360):
        for guardian in new.guardians:
            by_name[guardian.name].add(ids[(new.given_name, new.family_name, new.birth_date)])
    # The pupil who shares a guardian's name with the most other children (several of them at
    # other schools): by name alone they were all offered as brothers and sisters.
    namesakes = {
        p: set().union(*(n for n in by_name.values() if p in n)) - {p} for p in ids.values()
    }
    crowded = max(namesakes, key=lambda p: len(namesakes[p]))
    assert len(namesakes[crowded]) >= 5
    assert home_visits.siblings_in_home(vault, crowded) == []


def test_a_household_is_found_by_phone_and_by_address_and_says_why(vault):  # noqa: F811
    fill_with_demo_data(vault, pupils=60)
    mother = GuardianRecord("Sara Lund", "mor", "+47 934 56 789")
    ada = _pupil(vault, "Ada", "Granly skole", [mother])
    bo = _pupil(
        vault,
        "Bo",
        "Fjellvang ungdomsskole",
        [GuardianRecord("Sara K. Lund", "mor", "934 56 789")],  # the same phone, written otherwise
        born=date(2011, 2, 3),
    )
    namesake = _pupil(
        vault, "Cy", "Solbakken skole", [GuardianRecord("Sara Lund", "mor", "+47 911 00 000")]
    )
    dag = _pupil(vault, "Dag", "Granly skole", [], born=date(2016, 8, 9))
    home_visits.plan_visit(vault, full_plan(dag, address="Granlyveien 12, 1350 Lommedalen"))
    home_visits.plan_visit(vault, full_plan(ada, address="granlyveien 12 1350 LOMMEDALEN"))
    found = {s.pupil.id: s.links for s in home_visits.siblings_in_home(vault, ada)}
    assert found == {
        bo: frozenset({HouseholdLink.PHONE}),
        dag: frozenset({HouseholdLink.ADDRESS}),
    }
    assert namesake not in found
    eldest_first = [s.pupil.id for s in home_visits.siblings_in_home(vault, ada)]
    assert eldest_first == [bo, dag]


def test_a_sibling_already_on_a_plan_stays_offered_when_the_rule_no_longer_finds_them(
    vault,  # noqa: F811
):
    ada = _pupil(
        vault, "Ada", "Granly skole", [GuardianRecord("Sara Lund", "mor", "+47 934 56 789")]
    )
    eli = _pupil(
        vault, "Eli", "Granly skole", [GuardianRecord("Tor Berg", "far", "+47 955 55 555")]
    )
    context = home_visits.visit_context(vault, ada, chosen=(eli,))
    assert [(s.pupil.id, s.links) for s in context.siblings] == [
        (eli, frozenset({HouseholdLink.CHOSEN}))
    ]
    assert home_visits.visit_context(vault, ada).siblings == ()
