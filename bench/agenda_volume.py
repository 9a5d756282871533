"""The Today view at volume: 3,000 pupils and 20,000 follow-ups.

Most follow-ups of a few school years are closed; about 2,000 are open (due from three weeks
ago to three months ahead) and 300 more are recurring check-ins with a completed first date.
Times, as the app does them:

- today_agenda: the service (one read of the open follow-ups' plain columns, recurrences
  expanded inside the visible window, flags from holidays and breaks);
- the Today view's model filled with that agenda (and its counts);
- follow_up_lines(open): the Follow-ups section's default list;
- and, for reference, opening and closing an empty vault session (SQLCipher connection, key,
  PRAGMAs, memory wiping), which every use case pays once.

Goal: the Today view (service + model) under 50 ms. `python -m bench.agenda_volume`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import insert, select, text

from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpStatus
from nurse_desk.domain.recurrence import Frequency, Recurrence
from nurse_desk.services import agenda, follow_up_work
from nurse_desk.services.demo import demo_pupils
from nurse_desk.services.demo_follow_ups import demo_breaks
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage import school_calendar
from nurse_desk.storage.orm import FollowUpRow, PupilRow
from nurse_desk.storage.orm_follow_ups import FollowUpOccurrenceRow
from nurse_desk.storage.vault import Vault
from nurse_desk.ui.followups.agenda_model import AgendaModel

RUNS = 9
GOAL_MS = 50.0
FOLLOW_UPS = 20_000
OPEN_SHARE = 0.10
RECURRING = 300
TODAY = date(2026, 11, 24)
KINDS = list(FollowUpKind)


def fill(vault: Vault, seed: int = 7) -> None:
    with vault.session() as session, session.begin():
        pupil_store.add_pupils(session, demo_pupils(3000, seed=seed, today=TODAY))
        pupil_ids = list(session.scalars(select(PupilRow.id)))
        for period in demo_breaks(TODAY):
            school_calendar.save_closed_period(session, period)
        follow_ups, occurrences = follow_up_rows(random.Random(seed), pupil_ids, TODAY)
        session.execute(insert(FollowUpRow), follow_ups)
        session.execute(insert(FollowUpOccurrenceRow), occurrences)


def follow_up_rows(
    chooser: random.Random,
    pupil_ids: list[int],
    today: date,
    *,
    count: int = FOLLOW_UPS,
    recurring: int = RECURRING,
) -> tuple[list[dict], list[dict]]:
    """(follow_up rows with their ids from 1, follow_up_occurrence rows) for core inserts: a
    tenth open (due three weeks ago to three months ahead), the rest closed over the last few
    school years, and `recurring` open check-ins whose first date was done."""
    now = datetime.combine(today - timedelta(days=23), datetime.min.time()).replace(hour=8)
    rows = []
    for _ in range(count - recurring):
        is_open = chooser.random() < OPEN_SHARE
        offset = chooser.randint(-21, 90) if is_open else chooser.randint(-900, -1)
        rows.append(
            _row(
                chooser.choice(pupil_ids),
                today + timedelta(days=offset),
                FollowUpStatus.OPEN if is_open else FollowUpStatus.DONE,
                "",
                now,
                chooser.choice(KINDS),
            )
        )
    first_recurring = len(rows) + 1
    for index in range(recurring):
        until = today + timedelta(days=24)
        rule = (
            Recurrence(Frequency.WEEKLY, 1 + index % 3, until=until)
            if index % 2
            else Recurrence(Frequency.MONTHLY, 1, count=6)
        ).to_rule()
        start = today - timedelta(days=chooser.randint(0, 70))
        rows.append(
            _row(chooser.choice(pupil_ids), start, FollowUpStatus.OPEN, rule, now, KINDS[0])
        )
    for follow_up_id, row in enumerate(rows, start=1):
        row["id"] = follow_up_id
    occurrences = [
        {
            "follow_up_id": row["id"],
            "occurs_on": row["due_on"],
            "status": "done",
            "moved_to": None,
            "outcome": "ok",
            "closed_at": now,
        }
        for row in rows[first_recurring - 1 :]
    ]
    return rows, occurrences


def _row(pupil_id, due_on, status, rule, now, kind) -> dict:
    return {
        "pupil_id": pupil_id,
        "kind": kind.value,
        "description": "Ny samtale om søvn",
        "due_on": due_on,
        "due_time": None,
        "responsible": "",
        "source": "",
        "source_id": None,
        "recurrence": rule,
        "status": status.value,
        "outcome": "",
        "created_at": now,
        "closed_at": None if status is FollowUpStatus.OPEN else now,
    }


def timed(action, runs: int = RUNS) -> tuple[float, object]:
    action()  # warm caches (holidays, dateutil parsing) as a running app would be
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "bench.vault", "fjord tavle sykkel blåbær")
        started = time.perf_counter()
        fill(vault)
        print(f"filled {FOLLOW_UPS:,} follow-ups in {time.perf_counter() - started:.1f} s")
        model = AgendaModel()

        def today_view():
            result = agenda.today_agenda(vault, TODAY)
            model.set_agenda(result)
            return result

        def empty_session():
            with vault.session() as session, session.begin():
                session.execute(text("SELECT 1")).all()

        session_ms, _ = timed(empty_session)
        service_ms, result = timed(lambda: agenda.today_agenda(vault, TODAY))
        view_ms, _ = timed(today_view)
        list_ms, lines = timed(
            lambda: follow_up_work.follow_up_lines(vault, status=FollowUpStatus.OPEN, today=TODAY)
        )
        parts = (result.overdue, result.due_today, result.this_week, result.later)
        print(f"agenda: {' / '.join(str(len(p)) for p in parts)} (overdue/today/week/later)")
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; medians of {RUNS}")
        print(f"{'empty vault session (reference)':40s} {session_ms:7.1f} ms")
        print(f"{'today_agenda (service)':40s} {service_ms:7.1f} ms")
        print(f"{'Today view (service + model)':40s} {view_ms:7.1f} ms   goal < {GOAL_MS:.0f} ms")
        print(f"{'follow_up_lines(open), ' + str(len(lines)) + ' lines':40s} {list_ms:7.1f} ms")
        vault.lock()
    del app


if __name__ == "__main__":
    main()
