"""Brothers and sisters in the same home: matched by a guardian's phone or a visited address,
never by a guardian's name alone when phones tell two people apart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nurse_desk.domain import households
from nurse_desk.domain.households import (
    GuardianLine,
    HouseholdLink,
    address_key,
    household,
    phone_key,
)


def test_a_phone_number_is_the_same_however_it_is_written():
    assert phone_key("+47 900 00 000") == phone_key("0047 90000000") == phone_key("900 00 000")
    assert phone_key("070-123 45 67") == phone_key("+46 70 123 45 67")
    assert phone_key("+47 900 00 000") != phone_key("+47 900 00 001")
    assert phone_key("") == phone_key("12 34") == ""  # too short to tell anyone apart


def test_an_address_is_the_same_whatever_its_case_spaces_and_commas():
    assert address_key("Granlyveien 12, 1350 Lommedalen") == address_key(
        " granlyveien 12 1350  LOMMEDALEN "
    )
    assert address_key("Granlyveien 12") != address_key("Granlyveien 14")


def test_the_same_guardian_phone_makes_a_household_whatever_the_name():
    guardians = [
        GuardianLine(1, "Anne Aasen", "+47 900 00 000"),
        GuardianLine(2, "Anne Marie Aasen", "90000000"),  # written otherwise, same person
        GuardianLine(3, "Anne Aasen", "+47 911 11 111"),  # same name, someone else
    ]
    assert household(1, guardians, []) == {2: frozenset({HouseholdLink.PHONE})}


def test_a_name_alone_is_offered_only_when_no_phone_tells_them_apart():
    guardians = [
        GuardianLine(1, "Ole Vik", "+47 900 00 000"),
        GuardianLine(2, "ole  vik", ""),  # no phone: it may be him
        GuardianLine(3, "Ole Vik", "+47 922 22 222"),  # another Ole Vik
        GuardianLine(4, "Per Vik", ""),
    ]
    assert household(1, guardians, []) == {2: frozenset({HouseholdLink.NAME_ONLY})}


def test_an_earlier_visit_at_the_same_address_makes_a_household():
    addresses = [(1, "Granlyveien 12, Lommedalen"), (5, "granlyveien 12 lommedalen"), (6, "Vei 3")]
    assert household(1, [], addresses) == {5: frozenset({HouseholdLink.ADDRESS})}
    assert household(6, [], addresses) == {}  # nobody else has been visited there


def test_a_strong_link_makes_a_weaker_one_beside_it_say_nothing_more():
    guardians = [
        GuardianLine(1, "Ole Vik", "+47 900 00 000"),
        GuardianLine(1, "Kari Vik", ""),
        GuardianLine(2, "Ole Vik", "+47 900 00 000"),
        GuardianLine(2, "Kari Vik", ""),
    ]
    addresses = [(1, "Vei 3"), (2, "Vei 3")]
    found = household(1, guardians, addresses)
    assert found == {2: frozenset({HouseholdLink.PHONE, HouseholdLink.ADDRESS})}


@given(
    st.lists(
        st.tuples(
            st.integers(1, 6),
            st.sampled_from(["Ole Vik", "Kari Vik", "Per Lie", ""]),
            st.sampled_from(["", "+47 900 00 000", "90000001", "12"]),
        ),
        max_size=14,
    ),
    st.lists(st.tuples(st.integers(1, 6), st.sampled_from(["", "Vei 3", "vei 3", "Vei 4"]))),
)
def test_the_household_never_holds_the_pupil_and_every_link_has_a_reason(rows, addresses):
    guardians = [GuardianLine(*row) for row in rows]
    found = household(1, guardians, addresses)
    assert 1 not in found
    mine = [g for g in guardians if g.pupil_id == 1]
    for other, links in found.items():
        assert links
        theirs = [g for g in guardians if g.pupil_id == other]
        if HouseholdLink.PHONE in links:
            assert {phone_key(g.phone) for g in mine} & {phone_key(g.phone) for g in theirs} - {""}
        if links == {HouseholdLink.NAME_ONLY}:
            assert any(
                " ".join(a.name.casefold().split()) == " ".join(b.name.casefold().split())
                and not (phone_key(a.phone) and phone_key(b.phone))
                for a in mine
                for b in theirs
            )


def test_each_guardian_phone_is_read_once_however_many_guardians_the_pupil_has(monkeypatch):
    """A school year holds some 5,000 guardians: each phone is made comparable once, not once
    for every guardian of the pupil's own."""
    read: list[str] = []
    key = households.phone_key

    def counted(phone: str) -> str:
        read.append(phone)
        return key(phone)

    monkeypatch.setattr(households, "phone_key", counted)
    own = [GuardianLine(1, f"Forelder {n}", f"+47 900 00 00{n}") for n in range(3)]
    others = [GuardianLine(2 + n, f"Annen {n}", f"+47 911 11 {n:03d}") for n in range(200)]
    sister = GuardianLine(300, "Forelder 2", "900 00 002")
    found = household(1, [*own, *others, sister], [])
    assert found == {300: frozenset({HouseholdLink.PHONE})}
    assert len(read) == len(own) + len(others) + 1


def _pairwise(pupil_id, guardians):
    """The rule as written: every own guardian against every other one."""
    links: dict[int, set] = {}
    for other in (g for g in guardians if g.pupil_id != pupil_id):
        for mine in (g for g in guardians if g.pupil_id == pupil_id):
            mine_phone, other_phone = phone_key(mine.phone), phone_key(other.phone)
            names = [" ".join(n.casefold().split()) for n in (mine.name, other.name)]
            if mine_phone and mine_phone == other_phone:
                links.setdefault(other.pupil_id, set()).add(HouseholdLink.PHONE)
            elif names[0] and names[0] == names[1] and not (mine_phone and other_phone):
                links.setdefault(other.pupil_id, set()).add(HouseholdLink.NAME_ONLY)
    weaker = {HouseholdLink.NAME_ONLY}
    return {
        other: frozenset(found - weaker if HouseholdLink.PHONE in found else found)
        for other, found in links.items()
    }


@given(
    st.lists(
        st.tuples(
            st.integers(1, 5),
            st.sampled_from(["Ole Vik", "ole  vik", "Kari Vik", ""]),
            st.sampled_from(["", "+47 900 00 000", "900 00 000", "90000001", "12", "٩٠٠٠٠٠٠١"]),
        ),
        max_size=16,
    )
)
def test_the_household_by_guardians_is_the_rule_applied_to_every_pair(rows):
    guardians = [GuardianLine(*row) for row in rows]
    assert household(1, guardians, []) == _pairwise(1, guardians)
