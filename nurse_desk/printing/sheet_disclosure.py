"""What a preparation sheet gives away about the family, read from the sheet itself: whatever
was left out before printing (the private version, a protected pupil's address…), the box at the
top of the sheet says only what is really on it."""

from __future__ import annotations

from nurse_desk.domain.visit_sheet import VisitSheet

# Printed words keys (printing/visit_words.py), in the order the box lists them.
_ABOUT_THE_FAMILY = (
    "shows_names",
    "shows_initials",
    "shows_birth_dates",
    "shows_birth_years",
    "shows_ids",
    "shows_school",
    "shows_relations",
    "shows_phones",
    "shows_address",
)
# What a private sheet leaves out, when it does.
_PRIVATE_LEAVES_OUT = (
    "shows_names",
    "shows_birth_dates",
    "shows_ids",
    "shows_school",
    "shows_phones",
    "shows_address",
)


def version_key(sheet: VisitSheet) -> str:
    if not sheet.private:
        return "version_named"
    children = (sheet.pupil, *sheet.siblings)
    return "version_private" if any(c.detail for c in children) else "version_private_no_school"


def shown(sheet: VisitSheet) -> list[str]:
    """Keys of what the sheet shows about the pupil, the siblings and the guardians."""
    children = (sheet.pupil, *sheet.siblings)
    found = {
        "shows_initials" if sheet.private else "shows_names",
        "shows_birth_dates" if sheet.pupil.born else "shows_birth_years",
    }
    if any(c.national_id for c in children):
        found.add("shows_ids")
    if any(c.detail for c in children):
        found.add("shows_school")
    if any(g.detail for g in sheet.guardians):
        found.add("shows_relations")
    if any(g.phone for g in sheet.guardians):
        found.add("shows_phones")
    if sheet.address.strip() or sheet.directions.strip():
        found.add("shows_address")
    return [key for key in _ABOUT_THE_FAMILY if key in found]


def left_out(sheet: VisitSheet) -> list[str]:
    """Keys of what the private version leaves out (nothing is said for a named sheet)."""
    if not sheet.private:
        return []
    on_sheet = set(shown(sheet))
    return [key for key in _PRIVATE_LEAVES_OUT if key not in on_sheet]


def listed(items: list[str]) -> str:
    """'a; b; c': items such as "school and class" hold an "and" of their own."""
    return "; ".join(items)
