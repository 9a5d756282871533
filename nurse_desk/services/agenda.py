"""The agenda behind the Today view: open follow-ups (recurring ones expanded only inside the
visible window) plus the items other features contribute, flagged against the school calendar.

Planned home visits that are not yet done are read in the same transaction, with their pupils,
in one query: a refresh costs the same few statements however many visits are planned. The
Today view reads the agenda and the drafts left unsigned too long in one unit of work
(`today_view`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
from nurse_desk.domain.unsigned_drafts import UnsignedDraft
from nurse_desk.services.journal import late_drafts_in
from nurse_desk.services.school_calendar import calendar_in
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import follow_up_details as details
from nurse_desk.storage import home_visits as visit_store
from nurse_desk.storage.vault import Vault


def today_agenda(
    vault: Vault, today: date | None = None, *, extra_items: Sequence[AgendaItem] = ()
) -> Agenda:
    """Overdue, today, this week and later, in one read of the vault.

    Open follow-ups and planned home visits not yet done; `extra_items` are added as they are
    (tests, or a caller that has items already).
    """
    return agenda_and_calendar(vault, today, extra_items=extra_items)[0]


def agenda_and_calendar(
    vault: Vault, today: date | None = None, *, extra_items: Sequence[AgendaItem] = ()
) -> tuple[Agenda, SchoolCalendar]:
    """The agenda and the school calendar it was flagged with (the Today view shows whether
    school is closed today), in one unit of work."""
    with unit_of_work(vault) as work:
        return agenda_in(work, today or date.today(), extra_items=extra_items)


@dataclass(frozen=True)
class TodayView:
    agenda: Agenda
    calendar: SchoolCalendar  # the agenda was flagged with it (is school closed today?)
    # The reminder setting's number of days, how many drafts are older, the oldest few.
    late_drafts: tuple[int, int, list[UnsignedDraft]]


def today_view(vault: Vault, today: date | None = None, *, drafts_named: int) -> TodayView:
    """Everything the Today view shows, in one unit of work."""
    today = today or date.today()
    with unit_of_work(vault) as work:
        agenda, calendar = agenda_in(work, today)
        late = late_drafts_in(work, today, first=drafts_named)
    return TodayView(agenda, calendar, late)


def agenda_in(
    work: Work, today: date, *, extra_items: Sequence[AgendaItem] = ()
) -> tuple[Agenda, SchoolCalendar]:
    """agenda_and_calendar inside a caller's unit of work."""
    first, last = window(today)
    calendar = calendar_in(work)
    flags_of = DayFlags.of(calendar)
    items = follow_up_items(work.session, first, last, flags_of)
    items.extend(home_visit_items(work.session, last, flags_of))
    items.extend(extra_items)
    return build_agenda(items, today, flags_of), calendar


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


def home_visit_items(session, last: date, flags_of: DayFlags) -> list[AgendaItem]:
    """Planned visits not yet done, up to `last` (a past one is overdue until marked done)."""
    items: list[AgendaItem] = []
    rows = visit_store.open_for_agenda(session, last)
    for visit_id, pupil_id, given, family, born, school, class_, planned_on, starts_at in rows:
        flags, reason = flags_of(planned_on)
        items.append(
            AgendaItem(
                AgendaKind.HOME_VISIT, visit_id, pupil_id, given, family, born, school,
                class_, planned_on, planned_on, starts_at, FollowUpKind.HOME_VISIT, "", "",
                False, flags, reason,
            )
        )  # fmt: skip
    return items


def agenda_between(vault: Vault, first: date, last: date) -> list[AgendaItem]:
    """Every item due from `first` to `last` (a week to print or export), flagged."""
    with unit_of_work(vault) as work:
        return items_between(work, first, last)


def items_between(work: Work, first: date, last: date) -> list[AgendaItem]:
    """agenda_between inside a caller's unit of work."""
    agenda, _ = agenda_in(work, first)
    return [
        item
        for part in (agenda.due_today, agenda.this_week, agenda.later)
        for item in part
        if first <= item.due_on <= last
    ]
