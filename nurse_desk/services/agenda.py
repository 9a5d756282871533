"""The agenda behind the Today view: open follow-ups (recurring ones expanded only inside the
visible window) plus the items other features contribute, flagged against the school calendar.

Other features plug in through AGENDA_SOURCES: each source is a function
(vault, first, last) -> list[AgendaItem] giving its items due between first and last.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from nurse_desk.domain.agenda import (
    Agenda,
    AgendaItem,
    AgendaKind,
    DayFlags,
    build_agenda,
    window,
)
from nurse_desk.domain.follow_ups import FollowUpKind
from nurse_desk.domain.recurrence import due_dates, occurrences
from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.storage import follow_up_details as details
from nurse_desk.storage import school_calendar as calendar_store
from nurse_desk.storage import vault_settings
from nurse_desk.storage.vault import Vault

AgendaSource = Callable[[Vault, date, date], list[AgendaItem]]

# Items from other features. At merge the home visits add theirs here, e.g.
#   def home_visit_items(vault, first, last): ... visits_between(vault, first, last) ...
# giving AgendaItem(kind=AgendaKind.HOME_VISIT, ref_id=<visit id>, ...).
AGENDA_SOURCES: list[AgendaSource] = []


def today_agenda(
    vault: Vault, today: date | None = None, *, extra_items: Sequence[AgendaItem] = ()
) -> Agenda:
    """Overdue, today, this week and later, in one read of the vault.

    `extra_items` are added as they are (tests, or a caller that has items already); the
    AGENDA_SOURCES are asked for theirs inside the same window.
    """
    today = today or date.today()
    first, last = window(today)
    with vault.session() as session, session.begin():
        calendar = SchoolCalendar(
            vault_settings.get(session, "country", "no"),
            tuple(calendar_store.closed_periods(session)),
        )
        flags_of = DayFlags(calendar)
        items = follow_up_items(session, first, last, flags_of)
    for source in AGENDA_SOURCES:
        items.extend(source(vault, first, last))
    items.extend(extra_items)
    return build_agenda(items, today, flags_of)


def follow_up_items(session, first: date, last: date, flags_of: DayFlags) -> list[AgendaItem]:
    """Open follow-ups due by `last`: one-offs as they are (overdue ones however old),
    recurring ones as their dates from `first` to `last` that are not done or skipped."""
    rows = details.open_for_agenda(session, last)
    changes = details.open_occurrence_changes(session) if any(row[12] for row in rows) else {}
    kinds = {kind.value: kind for kind in FollowUpKind}
    items: list[AgendaItem] = []
    follow_up = AgendaKind.FOLLOW_UP
    for id_, pupil, given, family, born, school, class_, kind, text, due, at, who, rule in rows:
        what = kinds[kind]
        if rule:
            dates = occurrences(rule, due, first, last)
            pairs = due_dates(dates, changes.get(id_, {}), first, last)
        else:
            pairs = ((due, due),)
        for occurs_on, due_on in pairs:
            flags, reason = flags_of(due_on)
            items.append(
                AgendaItem(
                    follow_up, id_, pupil, given, family, born, school, class_, due_on,
                    occurs_on, at, what, text, who, bool(rule), flags, reason,
                )
            )  # fmt: skip
    return items


def agenda_between(vault: Vault, first: date, last: date) -> list[AgendaItem]:
    """Every item due from `first` to `last` (a week to print or export), flagged."""
    agenda = today_agenda(vault, first)
    return [
        item
        for part in (agenda.due_today, agenda.this_week, agenda.later)
        for item in part
        if first <= item.due_on <= last
    ]
