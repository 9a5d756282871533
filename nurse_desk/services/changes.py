"""What each view shows, as the tables it reads, and whether any of them was written since.

A page reads when it is first shown after an unlock and again only when one of its tables was
written (by any page, dialog or import) or when the nurse asks; see storage/changes.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from nurse_desk.storage import changes

_PUPILS = ("pupil", "school")
TODAY = frozenset(
    {"follow_up", "follow_up_occurrence", "home_visit", "school_closed_period", "vault_setting"}
    | {"note"}  # the line of unsigned drafts
    | set(_PUPILS)
)
PUPIL_LIST = frozenset(_PUPILS)
PUPIL_PAGE = frozenset(
    {"note", "amendment", "note_topic", "consent", "guardian", "home_visit", "referral"}
    | {"partner", "follow_up", "follow_up_occurrence", "measure", "measure_note", "vault_setting"}
    | {"home_visit_sibling"}
    | set(_PUPILS)
)
HOME_VISITS = frozenset(
    {"home_visit", "home_visit_item", "home_visit_companion", "home_visit_sibling", "consent"}
    | {"guardian"}
    | set(_PUPILS)
)
FOLLOW_UPS = frozenset({"follow_up", "follow_up_occurrence"} | set(_PUPILS))
REFERRALS = frozenset(
    {"referral", "partner", "consent", "measure", "measure_note", "measure_follow_up"}
    | {"follow_up", "note"}
    | set(_PUPILS)
)
ABSENCE = frozenset(
    {"absence_entry", "absence_acknowledgement", "school_closed_period", "vault_setting"}
    | set(_PUPILS)
)
SETTINGS = frozenset({"vault_setting"})
VIEWS = (TODAY, PUPIL_LIST, PUPIL_PAGE, HOME_VISITS, FOLLOW_UPS, REFERRALS, ABSENCE, SETTINGS)


def watch_writes() -> None:
    """Start counting writes (once per process; the app calls it when it builds its views)."""
    changes.watch()


def written(tables: Iterable[str]) -> tuple[int, ...]:
    """How often each of these tables has been written so far: compare two of these."""
    return changes.counts(tables)


def known_tables() -> frozenset[str]:
    return changes.table_names()
