"""Home visits at volume: 3,000 pupils and 2,000 visits (far more than a nurse plans in years).

Times, as the app does them: the Home visits list (list_visits: every visit with what is
missing), the agenda's week (visits_between), opening one plan, and building and rendering a
preparation sheet. `python -m bench.visits_volume`. Goal: each under 100 ms except the PDF.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path

from nurse_desk.domain.home_visits import (
    Companion,
    CompanionRole,
    Notice,
    NoticeMethod,
    VisitPlan,
    VisitPurpose,
    VisitReason,
    VisitStatus,
)
from nurse_desk.printing.visit_sheet import render_visit_sheet
from nurse_desk.services import home_visits, visit_sheet
from nurse_desk.services.demo import fill_with_demo_data
from nurse_desk.services.settings import VaultSettings, save_settings
from nurse_desk.storage import home_visits as visit_store
from nurse_desk.storage.orm import PupilRow
from nurse_desk.storage.vault import Vault

PUPILS, VISITS, RUNS = 3000, 2000, 7
TODAY = date(2026, 11, 23)
# Each pupil's home, from her id: the same home on each of her visits, and about one pupil in
# six sharing a home with another at 3,000 pupils, two or three a home at 6,000 (brothers and
# sisters, as the visit plan offers them).
STREETS = (
    "Granlyveien", "Skolebakken", "Furulia", "Elvegata", "Kirkeveien", "Bjørkeveien",
    "Solbergveien", "Fjellstien", "Nordre gate", "Lindeveien", "Storgata", "Havnegata",
    "Åsveien", "Myrveien", "Sagbruksveien", "Tunet", "Bekkefaret", "Liaveien", "Torget",
    "Ringveien", "Løkkeveien", "Hagebyen", "Bakkeveien", "Sjøgata", "Parkveien",
)  # fmt: skip


def home_of(pupil_id: int) -> str:
    return f"{STREETS[pupil_id % len(STREETS)]} {pupil_id // len(STREETS) % 110 + 1}"


def plan_for(pupil_id: int, day: date, chooser: random.Random) -> VisitPlan:
    given = chooser.random() < 0.7
    return VisitPlan(
        pupil_id=pupil_id,
        planned_on=day,
        starts_at=time_of_day(chooser.choice((9, 10, 13, 14)), 0),
        minutes=60,
        reasons=frozenset({VisitReason.DROPOUT_RISK}),
        purposes=frozenset({VisitPurpose.UNDERSTAND_SITUATION}),
        home_of="Anne Hansen",
        address=home_of(pupil_id),
        notice=Notice(day - timedelta(days=7), NoticeMethod.PHONE, "mor") if given else Notice(),
        companions=(Companion(CompanionRole.PSYCHOLOGIST, "Per Lunde", "PPT", "+47 911 11 111"),),
        topics=("Søvn og døgnrytme", "Trivsel på skolen", "Venner"),
        questions=("Når startet fraværet?", "Hva er vanskeligst med å dra på skolen?"),
        observation_points=tuple(f"Observasjonspunkt {n}" for n in range(1, 7)),
    )


def fill(vault: Vault) -> None:
    fill_with_demo_data(vault, pupils=PUPILS)
    with vault.session() as session, session.begin():
        ids = list(session.scalars(PupilRow.__table__.select().with_only_columns(PupilRow.id)))
        add_visits(session, random.Random(6), ids, TODAY)


def add_visits(
    session,
    chooser: random.Random,
    pupil_ids: list[int],
    today: date,
    count: int = VISITS,
    status_of: Callable[[date, date, random.Random], VisitStatus] | None = None,
) -> None:
    """`count` visits over the last 400 days and the next 120 through the storage layer (a plan
    is a row and its companions and items), in the caller's transaction. Statuses are drawn
    evenly (this benchmark's stress case: hundreds of past visits never marked done) unless
    `status_of(day, today, chooser)` decides, as `status_by_date` does for a realistic year."""
    now = datetime.combine(today - timedelta(days=22), datetime.min.time())
    for _ in range(count):
        day = today + timedelta(days=chooser.randint(-400, 120))
        if status_of is None:
            status = chooser.choice(list(VisitStatus))
        else:
            status = status_of(day, today, chooser)
        visit_store.add(
            session, plan_for(chooser.choice(pupil_ids), day, chooser), status=status, now=now
        )


def status_by_date(day: date, today: date, chooser: random.Random) -> VisitStatus:
    """Planned ahead: draft or ready; past: documented, some done but not yet written up, and
    one in fifty never marked done (it stays on the agenda as overdue)."""
    if day >= today:
        return chooser.choice((VisitStatus.DRAFT, VisitStatus.READY))
    roll = chooser.random()
    if roll < 0.85:
        return VisitStatus.DOCUMENTED
    return VisitStatus.DONE if roll < 0.98 else VisitStatus.READY


def timed(label: str, action) -> None:
    runs = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = action()
        runs.append((time.perf_counter() - started) * 1000)
    size = f" ({len(result)} items)" if isinstance(result, list) else ""
    print(f"{label:<38} median {statistics.median(runs):7.1f} ms  max {max(runs):7.1f} ms{size}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "bench.vault", "fjord tavle sykkel blåbær")
        save_settings(vault, VaultSettings("Kari Nordmann", "helsesykepleier", "no"))
        started = time.perf_counter()
        fill(vault)
        print(
            f"filled {PUPILS} pupils and {VISITS} visits in {time.perf_counter() - started:.1f} s"
        )
        week = (TODAY, TODAY + timedelta(days=6))
        some = home_visits.visits_between(vault, *week, today=TODAY)[0].visit_id
        timed("list_visits (Home visits page)", lambda: home_visits.list_visits(vault, today=TODAY))
        timed(
            "visits_between, one week (agenda)",
            lambda: home_visits.visits_between(vault, *week, today=TODAY),
        )
        timed("get_visit (open a plan)", lambda: home_visits.get_visit(vault, some, today=TODAY))
        sheet = visit_sheet.build_sheet(vault, some, private=False)
        timed("build_sheet (record)", lambda: visit_sheet.build_sheet(vault, some, private=True))
        timed("render_visit_sheet (PDF bytes)", lambda: render_visit_sheet(sheet, "nb"))
        vault.lock()


if __name__ == "__main__":
    main()
