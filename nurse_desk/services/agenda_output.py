"""The agenda leaves the vault: a printed week (PDF bytes) and an .ics calendar file.

Both are logged for every pupil on them (docs/CARE-RULES.md, "Health conversations": every print and
export of a pupil's data is logged). The calendar carries only initials and the kind of task,
never a name, a description or anything about health: calendars get synced to phones and
shared mailboxes.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.agenda import AgendaItem, AgendaKind, AgendaSheet
from nurse_desk.domain.disclosure import checked_reason, with_reason
from nurse_desk.domain.follow_ups import FollowUpKind
from nurse_desk.printing.agenda_sheet import kind_word, render_agenda
from nurse_desk.services.agenda import agenda_in, items_between
from nurse_desk.services.saved_files import write_private_file
from nurse_desk.services.school_calendar import calendar_in
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import access_log, pupils
from nurse_desk.storage.vault import Vault

TIMED_EVENT = timedelta(minutes=30)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


# The week sheet is what the nurse takes along for the week: its days with a box to tick per
# task. Overdue items are printed too, but only the latest of them: a backlog of a thousand
# (a year's volume) ran to forty pages and most of the time to print, and put every one of
# those pupils' names on paper (each logged as printed) for work she plans at her desk, in
# the app, where the whole list is. The sheet says how many more there are.
OVERDUE_ON_PAPER = 20


def week_sheet(
    vault: Vault,
    week_of: date,
    *,
    private: bool | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> AgendaSheet:
    """The week containing `week_of`, Monday to Sunday; when it is this week, the latest
    OVERDUE_ON_PAPER items overdue from before its Monday and how many older ones were left
    off (what is still open from this week's earlier days is under its day)."""
    today = today or date.today()
    first = monday_of(week_of)
    last = first + timedelta(days=6)
    with unit_of_work(vault) as work:
        items = items_between(work, first, last)
        overdue = agenda_in(work, today)[0].overdue if first <= today <= last else ()
        # A task of this week's days before today is under its day: printed once, not twice.
        overdue = tuple(item for item in overdue if item.due_on < first)
        calendar = calendar_in(work)
        protected = pupils.protected_ids(
            work.session, {i.pupil_id for i in (*items, *overdue[-OVERDUE_ON_PAPER:])}
        )
        private = work.prints_private if private is None else private
        actor = work.actor
    closed = []
    for offset in range(7):
        day = first + timedelta(days=offset)
        period = calendar.closed_period(day)
        reason = calendar.holiday_name(day) or (period.name if period else "")
        if reason:
            closed.append((day, reason))
    printed = overdue[-OVERDUE_ON_PAPER:]  # the latest: overdue is by day, oldest first
    return AgendaSheet(
        first_day=first,
        last_day=last,
        overdue=tuple(printed),
        overdue_left_out=len(overdue) - len(printed),
        items=tuple(items),
        private=private,
        produced_at=now or datetime.now(),
        produced_by=actor,
        holidays=tuple(closed),
        protected=frozenset(protected),
    )


def _log(work: Work, items: list[AgendaItem], action: AccessAction, detail: str, at: datetime):
    for pupil_id in sorted({item.pupil_id for item in items}):
        access_log.append(
            work.session, actor=work.actor, action=action, pupil_id=pupil_id, detail=detail, at=at
        )


def render_week(sheet: AgendaSheet, *, language: str = "nb") -> bytes:
    """The sheet as PDF bytes, in memory; nothing is logged until it leaves the app."""
    return render_agenda(sheet, language)


def log_week_released(vault: Vault, sheet: AgendaSheet, *, saved: bool, reason: str = "") -> None:
    """The printed or saved week, logged with why for every pupil on it (never where it
    went: a file path may hold a name)."""
    week = sheet.first_day.isocalendar().week
    action = AccessAction.EXPORT if saved else AccessAction.PRINT
    detail = with_reason(f"agenda week {week}" + (" pdf" if saved else ""), reason.strip())
    with unit_of_work(vault) as work:
        _log(work, [*sheet.overdue, *sheet.items], action, detail, datetime.now())


def agenda_calendar(
    vault: Vault,
    first: date,
    last: date,
    *,
    reason: str,
    language: str = "nb",
    now: datetime | None = None,
    out: Path | None = None,
    replace: bool = True,
) -> bytes:
    """An .ics file of the items due from `first` to `last`, logged as an export with its
    reason (ReasonMissing, before anything is made, without one). Given `out`, the file is
    written there in the same unit of work as the entries, which commit only once it is: a
    file kept there without `replace` (FileAlreadyThere), the open vault's own name
    (WouldReplaceTheVault) or a folder that refuses it leaves no export in the log."""
    reason = checked_reason(reason)
    now = now or datetime.now()
    with unit_of_work(vault) as work:
        items = items_between(work, first, last)
        calendar = Calendar()
        calendar.add("prodid", "-//Nurse Desk//agenda//EN")
        calendar.add("version", "2.0")
        for item in items:
            calendar.add_component(_event(item, language, now))
        data = calendar.to_ical()
        if out is not None:
            write_private_file(out, data, replace=replace)
        detail = with_reason(f"agenda ics {first:%Y-%m-%d}", reason)
        _log(work, items, AccessAction.EXPORT, detail, now)
    return data


def _event(item: AgendaItem, language: str, now: datetime) -> Event:
    what = FollowUpKind.HOME_VISIT if item.kind is AgendaKind.HOME_VISIT else item.what
    event = Event()
    event.add("uid", f"{item.kind.value}-{item.ref_id}-{item.occurs_on:%Y%m%d}@nurse-desk")
    event.add("dtstamp", now)
    event.add("summary", f"{item.initials} · {kind_word(what, language)}")
    if item.due_time is None:
        event.add("dtstart", item.due_on)
        event.add("dtend", item.due_on + timedelta(days=1))
    else:
        start = datetime.combine(item.due_on, item.due_time)
        event.add("dtstart", start)
        event.add("dtend", start + TIMED_EVENT)
    event.add("class", "PRIVATE")
    return event
