"""Yearly figures: counts of the nurse's work over a period, for the municipality's annual report.

Counts only, never names. What each figure counts (dates inclusive, `first`..`last`):
- pupils seen: distinct pupils with a signed conversation note in the period;
- conversations: signed notes in the period, by kind and by topic (a note with two topics counts
  once under each);
- home visits: planned (planned for a day in the period, whatever came of it), done (done or
  documented), documented;
- referrals: sent in the period, by the kind of partner they went to;
- follow-ups: done (closed as done in the period, a recurring one's single dates included) and
  overdue (still open, due in the period before today);
- consents: recorded (given in the period) and withdrawn (withdrawn in the period);
- absence: pupils flagged for each worrying-absence pattern as the Absence page shows them on the
  period's last day (or today, if earlier), acknowledged flags included.

The figures count this nurse's own work: what came in a record handed over from the previous
school was done there and is counted in that school's report, not again here. Its open
follow-ups are hers now, and count as overdue like her own.

A count from 1 to 4 is shown as "< 5" unless the nurse asks for exact counts (a small school):
at small numbers a count can point at a child. Zero is shown as 0; it points at nobody.
Where the report shows parts beside the total they add up to (the conversations by kind, and
all conversations), the total minus the shown parts would give a hidden part back. There a
small part is shown as "hidden", together with the smallest part of 5 or more (and, when
four parts or more are hidden and the total is small, the total and the pupils seen with them),
by the rule in nurse_desk/domain/hidden_counts.py; the home visits and the follow-ups done,
which count the same work as the home-visit and follow-up conversations, are hidden with those.
The report says why in a line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.hidden_counts import SMALL_COUNT, hidden_in_group

SMALL_SHOWN = "< 5"
# A count hidden with a count from 1 to 4 of its group: it may be 5 or more, and says nothing of
# its size, so that a reader cannot tell the small one from the larger.
HIDDEN_SHOWN = "hidden"


class InvalidPeriod(NurseDeskError):
    """The period's last day lies before its first."""


@dataclass(frozen=True, slots=True)
class FiguresPeriod:
    first: date
    last: date
    school: str = ""  # empty: all schools

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidPeriod(f"{self.first} > {self.last}")


@dataclass(frozen=True, slots=True)
class Figures:
    period: FiguresPeriod
    pupils_seen: int = 0
    conversations: int = 0
    conversations_by_kind: Mapping[str, int] = field(default_factory=dict)
    conversations_by_topic: Mapping[str, int] = field(default_factory=dict)
    home_visits: Mapping[str, int] = field(default_factory=dict)  # planned, done, documented
    referrals_by_partner: Mapping[str, int] = field(default_factory=dict)  # partner kind -> n
    follow_ups: Mapping[str, int] = field(default_factory=dict)  # done, overdue
    consents: Mapping[str, int] = field(default_factory=dict)  # recorded, withdrawn
    absence_flags_by_pattern: Mapping[str, int] = field(default_factory=dict)


# The order of a municipality's annual report for the school health service: who was reached,
# the consultations and what they were about, home visits, cooperation with other services
# (referrals), the nurse's own follow-up, consents, then absence work.
SECTIONS: tuple[str, ...] = (
    "pupils_seen",
    "conversations",
    "conversations_by_kind",
    "conversations_by_topic",
    "home_visits",
    "referrals_by_partner",
    "follow_ups",
    "consents",
    "absence_flags_by_pattern",
)
HOME_VISIT_ROWS = ("planned", "done", "documented")
FOLLOW_UP_ROWS = ("done", "overdue")
CONSENT_ROWS = ("recorded", "withdrawn")

# Parts that add up to a total the report shows beside them (parts -> total): every
# conversation has one kind. None of the other sections adds up to a figure of the report: a
# conversation has any number of topics, none or several; home visits done are some of those
# planned, and documented some of those done; referrals, absence patterns (a pupil can have
# several) and the rows of follow-ups and consents have no total in the report. The report is
# for one school or for all, never both, so no school's column adds up to another figure.
ADDS_UP = {"conversations_by_kind": "conversations"}
# A figure never above a total (each pupil seen had a conversation at least): beside a hidden
# total it could narrow the total down to one number, so it is hidden with it from 5 up.
AT_MOST = {"pupils_seen": "conversations"}
# A part, and the rows of another section that count the same work: documenting a home visit
# writes its note of kind home visit, so the documented visits are, as a rule, the home-visit
# conversations, and done and planned visits bound them; closing a follow-up as done can write
# its note of kind follow-up (the nurse's choice is remembered), so follow-ups done may be the
# follow-up conversations. When such a part is hidden, those rows would tell it (and so the
# small part hidden with it): each of them that is not 0 is hidden too.
SAME_WORK = {
    ("conversations_by_kind", "home_visit"): ("home_visits", HOME_VISIT_ROWS),
    ("conversations_by_kind", "follow_up"): ("follow_ups", ("done",)),
}


def shown(count: int, *, exact: bool = False) -> int | str:
    """The count as the report shows it: 1 to 4 become "< 5" unless exact counts are asked."""
    if exact or count == 0 or count >= SMALL_COUNT:
        return count
    return SMALL_SHOWN


def as_mapping(figures: Figures, *, exact: bool = False) -> dict[str, int | str | dict]:
    """Section -> count, or section -> {row: count}, in the report's order, as every form of the
    report (window, paper, CSV, JSON) shows it."""
    result: dict[str, int | str | dict] = {}
    for name in SECTIONS:
        value = getattr(figures, name)
        if isinstance(value, int):
            result[name] = shown(value, exact=exact)
        else:
            result[name] = {row: shown(count, exact=exact) for row, count in value.items()}
    if not exact:
        for parts, total in ADDS_UP.items():
            hidden = hidden_in_group(getattr(figures, total), getattr(figures, parts))
            result[parts].update(dict.fromkeys(hidden.parts, HIDDEN_SHOWN))
            if hidden.total:
                result[total] = HIDDEN_SHOWN
        for below, total in AT_MOST.items():
            if result[total] == HIDDEN_SHOWN and isinstance(result[below], int) and result[below]:
                result[below] = HIDDEN_SHOWN
        for (parts, part), (section, rows) in SAME_WORK.items():
            if result[parts].get(part) == HIDDEN_SHOWN:
                counts = getattr(figures, section)
                result[section].update({r: HIDDEN_SHOWN for r in rows if counts.get(r)})
    return result


def hidden_with_group(shown: Mapping[str, int | str | dict]) -> bool:
    """Whether a count of the report (`as_mapping`) is hidden with its group: the report then
    says why, since the nurse knows some of those counts are 5 or more."""
    values = [
        v
        for value in shown.values()
        for v in (value.values() if isinstance(value, dict) else [value])
    ]
    return HIDDEN_SHOWN in values


def with_all_rows(counts: Mapping[str, int], rows: tuple[str, ...]) -> dict[str, int]:
    """Every row the report lists, zero where nothing was counted, in the report's order; rows
    the app does not know (an older value in the vault) follow at the end."""
    ordered = {row: int(counts.get(row, 0)) for row in rows}
    ordered.update({row: int(n) for row, n in sorted(counts.items()) if row not in ordered})
    return ordered
