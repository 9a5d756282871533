"""`nurse-desk agenda [--json] [--ics FILE] [--date YYYY-MM-DD]`: the Today view as text or
JSON, and the coming weeks as an .ics calendar (initials and the kind of task only)."""

from __future__ import annotations

import argparse
import json
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nurse_desk.domain.agenda import Agenda, AgendaItem
    from nurse_desk.storage.vault import Vault

NAME = "agenda"
_CALENDAR_WEEKS = 6


def add_to(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from nurse_desk.cli import add_written_file

    parser = commands.add_parser(
        NAME, parents=[common], help="show the agenda (overdue, today, this week, later)"
    )
    parser.add_argument("--json", action="store_true", help="print the agenda as JSON")
    add_written_file(
        parser,
        "--ics",
        type=Path,
        metavar="FILE",
        help="write the next six weeks as an .ics calendar",
    )
    parser.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help="why the calendar leaves the app (needed with --ics; kept in the access log)",
    )
    parser.add_argument("--date", type=date.fromisoformat, help="the day to treat as today")
    parser.add_argument(
        "--lang", choices=("nb", "sv", "en"), default=argparse.SUPPRESS, help="calendar language"
    )


def _item(item: AgendaItem) -> dict:
    return {
        "kind": item.kind.value,
        "id": item.ref_id,
        "pupil_id": item.pupil_id,
        "pupil": item.pupil_name,
        "class": item.class_name,
        "school": item.school_name,
        "due_on": item.due_on.isoformat(),
        "occurs_on": item.occurs_on.isoformat(),
        "due_time": item.due_time.strftime("%H:%M") if item.due_time else None,
        "what": item.what.value,
        "description": item.description,
        "recurring": item.recurring,
        "flags": sorted(flag.value for flag in item.flags),
        "flag_reason": item.flag_reason,
    }


def as_json(agenda: Agenda) -> dict:
    from nurse_desk.domain.agenda import Bucket  # loads the holiday calendars: not for --help

    return {
        "today": agenda.today.isoformat(),
        "needs_attention": agenda.needs_attention,
        **{bucket.name.lower(): [_item(i) for i in agenda.bucket(bucket)] for bucket in Bucket},
    }


def run(args: argparse.Namespace, vault: Vault) -> int:
    # Here, not at the top: the agenda and calendar code is not needed to print --help.
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.domain.access_log_details import DetailKind
    from nurse_desk.domain.agenda import Bucket
    from nurse_desk.domain.words import printout_language, word
    from nurse_desk.services.access import log_shown
    from nurse_desk.services.agenda import today_agenda
    from nurse_desk.services.agenda_output import agenda_calendar
    from nurse_desk.services.settings import read_settings

    today = args.date or date.today()
    if args.ics is not None:
        agenda_calendar(
            vault,
            today,
            today + timedelta(weeks=_CALENDAR_WEEKS),
            reason=args.reason,
            language=printout_language(getattr(args, "lang", None), read_settings(vault).country),
            out=args.ics,  # logged only once written
            replace=args.replace,
        )
        print(f"calendar written: {args.ics}")
        return 0
    agenda = today_agenda(vault, today)
    shown = (item.pupil_id for bucket in Bucket for item in agenda.bucket(bucket))
    log_shown(vault, shown, action=AccessAction.LIST, detail=DetailKind.AGENDA_LIST.value)
    if args.json:
        print(json.dumps(as_json(agenda), ensure_ascii=False, indent=2))
        return 0
    for bucket in Bucket:
        items = agenda.bucket(bucket)
        print(f"{bucket.name.replace('_', ' ').lower()} ({len(items)})")
        for item in items:  # in words (the command line speaks English), not codes
            shown_flags = sorted(word(flag, "en") for flag in item.flags)
            flags = f"  [{', '.join(shown_flags)}]" if item.flags else ""
            print(f"  {item.due_on}  {item.pupil_name}  {word(item.what, 'en')}{flags}")
    return 0
