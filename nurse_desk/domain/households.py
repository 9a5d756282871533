"""Who lives in the same home as a pupil: the brothers and sisters a home visit may see too.

A shared guardian *name* says little (two fathers called Ole Aasen in one municipality are
common), so a household is matched by what identifies a guardian, and by the home itself:
- the same guardian phone number (the register holds no guardians' ID numbers; the phone is
  the identity the school system exports with every guardian);
- the same home address, from earlier home visits (guardians carry no address of their own).
A guardian of the same name is offered only when a phone is missing on either side, so nothing
tells the two apart; the same name with different phone numbers is two people. The nurse is
shown why each child is offered and ticks the ones who belong; nobody is ticked for her.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

# Norwegian numbers have 8 digits; Swedish ones 9 after the trunk 0. Their last 8 digits tell
# numbers apart, whether written +47 900 00 000, 0047 90000000, 070-123 45 67 or +46 70 123 45 67.
_PHONE_DIGITS = 8
_NOT_A_DIGIT = re.compile(r"\D")  # for a str pattern, \d is what str.isdecimal() accepts


class HouseholdLink(StrEnum):
    """Why a child is offered as a sibling, strongest first."""

    PHONE = "phone"  # a guardian with the same phone number
    ADDRESS = "address"  # an earlier home visit at the same address
    NAME_ONLY = "name_only"  # a guardian of the same name, with no phone to compare
    CHOSEN = "chosen"  # already on this plan (kept, so saving never drops a sibling)


@dataclass(frozen=True, slots=True)
class GuardianLine:
    pupil_id: int
    name: str
    phone: str


def phone_key(phone: str) -> str:
    """The last eight digits of a phone number, or "" when it has too few to identify."""
    digits = _NOT_A_DIGIT.sub("", unicodedata.normalize("NFKC", phone))
    return digits[-_PHONE_DIGITS:] if len(digits) >= _PHONE_DIGITS else ""


def address_key(address: str) -> str:
    """'Granlyveien 12, 1350 Lommedalen' and 'granlyveien 12 1350  LOMMEDALEN' are one home."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", address).casefold())
    return " ".join(words)


def name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def household(
    pupil_id: int,
    guardians: list[GuardianLine],
    addresses: list[tuple[int, str]],
) -> dict[int, frozenset[HouseholdLink]]:
    """The other pupils in `pupil_id`'s home, each with why. `guardians` holds the guardians
    of every pupil who might match; `addresses` (pupil id, home-visit address) the homes
    visited, the pupil's own included. Every guardian's phone is read once (all of a school
    year's are compared), not once for each of the pupil's own guardians."""
    links: dict[int, set[HouseholdLink]] = defaultdict(set)
    own = [(phone_key(g.phone), name_key(g.name)) for g in guardians if g.pupil_id == pupil_id]
    if own:
        for other in guardians:
            if other.pupil_id != pupil_id:
                link = _guardian_link(own, other)
                if link is not None:
                    links[other.pupil_id].add(link)
    homes = {address_key(a) for p, a in addresses if p == pupil_id} - {""}
    for other_id, address in addresses:
        if other_id != pupil_id and address_key(address) in homes:
            links[other_id].add(HouseholdLink.ADDRESS)
    return {other: _strongest(found) for other, found in links.items()}


def _guardian_link(own: list[tuple[str, str]], other: GuardianLine) -> HouseholdLink | None:
    """The strongest link of `other` to one of the pupil's own guardians ((phone key, name
    key) each): the same phone, else the same name with no phone to tell them apart."""
    other_phone = phone_key(other.phone)
    if other_phone and any(my_phone == other_phone for my_phone, _ in own):
        return HouseholdLink.PHONE
    other_name = ""
    for my_phone, my_name in own:
        if my_name and not (my_phone and other_phone):
            other_name = other_name or name_key(other.name)
            if my_name == other_name:
                return HouseholdLink.NAME_ONLY
    return None  # different names, or the same name with different phones: someone else


def _strongest(found: set[HouseholdLink]) -> frozenset[HouseholdLink]:
    """A phone or an address match makes a name-only match beside it say nothing more."""
    if found & {HouseholdLink.PHONE, HouseholdLink.ADDRESS}:
        found = found - {HouseholdLink.NAME_ONLY}
    return frozenset(found)
