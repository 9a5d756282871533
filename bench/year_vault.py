"""A full school year in one encrypted vault, for the volume benchmark (bench/interactions.py).

At scale 1: 3,000 pupils over 4 schools and 50,000 notes over three school years with their
consents and access log (bench.generate), 20,000 follow-ups (bench.agenda_volume), 2,000 home
visits (bench.visits_volume), 300 referrals with their consents and disclosure-log entries (the
demo's own steps), the school breaks, and ~200,000 absence rows (bench.absence_analysis). Beside
the vault: the same absence as the school system's export (bench.absence_import), a copy of the
vault from before the absence was saved (to time a first import) and a class list of 600 pupils
of one school (the format of tests/class_list_fixtures.py). Scale 2 doubles every count.

Every date hangs on an anchor, the Monday of the current week: the app reads the real date (the
agenda, the visits list and the absence analysis look at "today"), so the data has to sit around
it. Seeded: builds with the same anchor are identical. The absence covers the whole school year
the anchor falls in, days after it included, so the analysis always reads a full year's rows.

Built once into ~/.cache/nurse-desk-bench/year-<scale>x/ (or $XDG_CACHE_HOME) and kept while
VERSION, the scale and the anchor stay the same. All names and text are invented; nothing is
written outside that folder. The rows are written in a child process with SQLCipher's memory
security off (see generate.bulk_engine for why).

Run alone: `python -m bench.year_vault [--scale 1|2] [--anchor YYYY-MM-DD] [--force]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from bench import absence_analysis, absence_import, agenda_volume, generate, visits_volume
from nurse_desk.domain.school_days import school_year_start
from nurse_desk.services import demo_referrals
from nurse_desk.services.demo_follow_ups import demo_breaks
from nurse_desk.services.partners import seed_once
from nurse_desk.services.unit_of_work import Work
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import partners as partner_store
from nurse_desk.storage import schema, school_calendar
from nurse_desk.storage.orm import FollowUpRow
from nurse_desk.storage.orm_follow_ups import FollowUpOccurrenceRow
from nurse_desk.storage.vault import Vault

VERSION = "year-vault-3"  # change it whenever the generated data changes
PASSPHRASE = generate.PASSPHRASE
SEED = 2026
COUNTRY = "no"  # the demo texts a Norwegian nurse would have written
PER_SCALE = {
    "pupils": generate.PUPILS,
    "notes": generate.NOTES,
    "follow_ups": agenda_volume.FOLLOW_UPS,
    "recurring": agenda_volume.RECURRING,
    "visits": visits_volume.VISITS,
    "referrals": 300,
}
CLASS_LIST_PUPILS = 600
CLASS_LIST_SCHOOL = "Elvebakken skole"  # grades 1-10, the biggest school
VAULT, BEFORE_ABSENCE = "year.vault", "before-absence.vault"
ABSENCE_CSV, CLASS_LIST_CSV, MANIFEST = "fravær-skoleår.csv", "klasseliste.csv", "manifest.json"


@dataclass(frozen=True)
class YearVault:
    """Where a built year vault lies and what is in it."""

    folder: Path
    version: str
    scale: int
    anchor: date
    busy_pupil_id: int
    busy_pupil_notes: int
    class_list_school: str
    counts: dict[str, int]
    build_seconds: float

    passphrase = PASSPHRASE

    @property
    def vault_path(self) -> Path:
        return self.folder / VAULT

    @property
    def before_absence_path(self) -> Path:
        return self.folder / BEFORE_ABSENCE

    @property
    def absence_csv(self) -> Path:
        return self.folder / ABSENCE_CSV

    @property
    def class_list_csv(self) -> Path:
        return self.folder / CLASS_LIST_CSV

    @property
    def scratch(self) -> Path:
        """This process's folder for the benchmark's copies and settings, inside the cache like
        the data; one per process, so two runs at once never share a file."""
        path = self.folder / "scratch" / str(os.getpid())
        path.mkdir(parents=True, mode=0o700, exist_ok=True)
        return path

    def clean_scratch(self) -> None:
        """This process's scratch folder, and those of runs that were killed (vault copies)."""
        for folder in (self.folder / "scratch").glob("*"):
            if folder.name == str(os.getpid()) or not _process_alive(folder.name):
                shutil.rmtree(folder, ignore_errors=True)

    def vault_mib(self) -> float:
        return self.vault_path.stat().st_size / (1024 * 1024)

    def describe(self) -> str:
        counts = ", ".join(f"{self.counts.get(t, 0):,} {t}" for t in _SHOWN)
        return (
            f"year vault {self.scale}x ({self.version}, anchor {self.anchor}): {counts}; "
            f"{self.vault_mib():.1f} MiB; busy pupil {self.busy_pupil_id} "
            f"({self.busy_pupil_notes} notes); built in {self.build_seconds:.0f} s; "
            f"{self.folder}"
        )


_SHOWN = (
    "pupil", "note", "follow_up", "home_visit", "absence_entry", "consent", "referral",
    "access_log",
)  # fmt: skip


def _process_alive(pid_text: str) -> bool:
    if not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "nurse-desk-bench"


def this_monday() -> date:
    today = date.today()
    return today - timedelta(days=today.weekday())


def ensure(
    scale: int = 1, anchor: date | None = None, *, force: bool = False, log=print
) -> YearVault:
    """The cached year vault for `scale` and `anchor`, built first if missing or stale."""
    anchor = anchor or this_monday()
    folder = cache_root() / f"year-{scale}x"
    wanted = {
        "version": VERSION,
        "scale": scale,
        "anchor": anchor.isoformat(),
        "schema": schema.head_revision(),  # a new migration: built again at the new head
    }
    if not force:
        found = _read_manifest(folder)
        if found is not None and {k: found.get(k) for k in wanted} == wanted:
            return _from_manifest(folder, found)
    log(f"building the year vault {scale}x for {anchor} into {folder} …")
    building = folder.with_name(folder.name + ".partial")
    for stale in (building, folder):
        shutil.rmtree(stale, ignore_errors=True)
    building.mkdir(parents=True, mode=0o700)
    started = time.perf_counter()
    Vault.create(building / VAULT, PASSPHRASE).lock()
    child = ["-m", "bench.year_vault", "--fill", str(building), "--scale", str(scale)]
    subprocess.run(
        [sys.executable, *child, "--anchor", anchor.isoformat()],
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    )
    manifest = json.loads((building / MANIFEST).read_text())
    manifest["build_seconds"] = time.perf_counter() - started
    (building / MANIFEST).write_text(json.dumps(manifest, indent=1))
    building.rename(folder)
    return _from_manifest(folder, manifest)


def _read_manifest(folder: Path) -> dict | None:
    try:
        found = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        return None
    files = (VAULT, BEFORE_ABSENCE, ABSENCE_CSV, CLASS_LIST_CSV)
    if "build_seconds" not in found or not all((folder / f).exists() for f in files):
        return None
    return found


def _from_manifest(folder: Path, manifest: dict) -> YearVault:
    return YearVault(
        folder=folder,
        version=manifest["version"],
        scale=manifest["scale"],
        anchor=date.fromisoformat(manifest["anchor"]),
        busy_pupil_id=manifest["busy_pupil_id"],
        busy_pupil_notes=manifest["busy_pupil_notes"],
        class_list_school=manifest["class_list_school"],
        counts=manifest["counts"],
        build_seconds=manifest["build_seconds"],
    )


# -- the child process ------------------------------------------------------------------------
def absence_span(anchor: date, configured: date | None) -> tuple[date, date]:
    """The whole school year the anchor falls in, to its last day in June: days after the
    anchor included (leave granted ahead is in a real export too), so the analysis always
    reads a full year's rows."""
    start = school_year_start(anchor, configured, "no")
    return start, date(start.year + 1, 6, 19)


def fill(folder: Path, scale: int, anchor: date) -> None:
    """Every part, in a fresh process (memory security off), then the files beside the vault."""
    sizes = {name: count * scale for name, count in PER_SCALE.items()}
    path = folder / VAULT
    step = _Steps()
    engine = generate.bulk_engine(path, PASSPHRASE)
    data = generate.build_dataset(sizes["pupils"], sizes["notes"], SEED, today=anchor)
    step("pupils, notes, consents, access log built")
    with engine.begin() as connection:
        generate.insert_dataset(connection, data)
    step("... written")
    pupil_ids = [row["id"] for row in data.tables["pupil"]]
    with Session(bind=engine) as session, session.begin():
        add_follow_ups(session, pupil_ids, anchor, sizes)
        step("follow-ups and school breaks")
        visits = random.Random(SEED + 2)
        visits_volume.add_visits(
            session, visits, pupil_ids, anchor, sizes["visits"], visits_volume.status_by_date
        )
        step("home visits")
        add_referrals(session, random.Random(SEED + 3), pupil_ids, anchor, sizes["referrals"])
        step("referrals")
    generate.checkpoint(engine)
    shutil.copyfile(path, folder / BEFORE_ABSENCE)
    step("committed, copied as the vault before absence")
    start, last = absence_span(anchor, data.tables["school"][0]["school_year_start"])
    entries = absence_analysis.absence_year(pupil_ids, start, last, anchor, seed=SEED)
    step(f"absence built ({start} to June)")
    with Session(bind=engine) as session, session.begin():
        absence_store.save_entries(session, entries)
    generate.checkpoint(engine)
    step("absence written")
    with engine.connect() as connection:
        counts = _row_counts(connection)
    engine.dispose()
    absence_import.write_csv(folder / ABSENCE_CSV, entries, _identities(data))
    write_class_list(folder / CLASS_LIST_CSV, data)
    step("absence export and class list written")
    per_pupil = Counter(note["pupil_id"] for note in data.tables["note"])
    busy, notes = max(per_pupil.items(), key=lambda item: (item[1], -item[0]))
    manifest = {
        "version": VERSION,
        "scale": scale,
        "anchor": anchor.isoformat(),
        "schema": schema.head_revision(),
        "busy_pupil_id": busy,
        "busy_pupil_notes": notes,
        "class_list_school": CLASS_LIST_SCHOOL,
        "counts": counts,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=1))


class _Steps:
    def __init__(self) -> None:
        self.last = time.perf_counter()

    def __call__(self, what: str) -> None:
        now = time.perf_counter()
        print(f"  {what:<48} {now - self.last:6.1f} s", flush=True)
        self.last = now


def add_follow_ups(session: Session, pupil_ids: list[int], today: date, sizes: dict) -> None:
    for period in demo_breaks(today):
        school_calendar.save_closed_period(session, period)
    rows, occurrences = agenda_volume.follow_up_rows(
        random.Random(SEED + 1),
        pupil_ids,
        today,
        count=sizes["follow_ups"],
        recurring=sizes["recurring"],
    )
    session.execute(insert(FollowUpRow), rows)
    session.execute(insert(FollowUpOccurrenceRow), occurrences)


def add_referrals(
    session: Session, chooser: random.Random, pupil_ids: list[int], today: date, count: int
) -> None:
    """The demo's referrals (every status, consent first, the disclosure logged), `count` of
    them: its steps are the app's own services, so the rows are what a nurse's year leaves."""
    seed_once(Work(session))
    reasons = demo_referrals._REASONS[COUNTRY]  # the year vault is a Norwegian nurse's
    for contact in demo_referrals._LOCAL[COUNTRY]:
        partner_store.add(session, contact)
    directory = partner_store.all_partners(session, include_archived=False)
    usable = [p for p in directory if p.name in reasons] or directory
    plans = demo_referrals._PLAN
    for index, pupil_id in enumerate(chooser.sample(pupil_ids, count)):
        partner = usable[index % len(usable)]
        demo_referrals._refer(
            session,
            chooser,
            pupil_id,
            partner,
            plans[index % len(plans)],
            reasons.get(partner.name) or demo_referrals._ANY_REASON[COUNTRY],
            today=today - timedelta(days=chooser.randint(0, 200)),
            actor=generate.AUTHOR,
        )


def _identities(data: generate.Dataset) -> dict[int, absence_import.Identity]:
    """The export names pupils by name and birth date: no national ID is ever invented."""
    return {
        row["id"]: absence_import.Identity(
            "", f"{row['given_name']} {row['family_name']}", row["birth_date"], row["class_name"]
        )
        for row in data.tables["pupil"]
    }


def write_class_list(path: Path, data: generate.Dataset) -> None:
    """600 pupils of one school as its class list, every tenth in a new class."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from class_list_fixtures import Guardian, Pupil
    from class_list_fixtures import write_class_list as write

    school_id = next(s["id"] for s in data.tables["school"] if s["name"] == CLASS_LIST_SCHOOL)
    guardians: dict[int, list[Guardian]] = {}
    for row in data.tables["guardian"]:
        guardians.setdefault(row["pupil_id"], []).append(
            Guardian(row["name"], row["relation"], row["phone"])
        )
    chosen = [p for p in data.tables["pupil"] if p["school_id"] == school_id]
    pupils = [
        Pupil(
            national_id="",
            given=row["given_name"],
            family=row["family_name"],
            born=row["birth_date"],
            school=CLASS_LIST_SCHOOL,
            klass=row["class_name"][:-1] + "X" if index % 10 == 0 else row["class_name"],
            guardians=tuple(guardians.get(row["id"], ())),
            protected=row["protected_identity"],
        )
        for index, row in enumerate(chosen[:CLASS_LIST_PUPILS])
    ]
    write(path, pupils, encoding="cp1252")


def _row_counts(connection) -> dict[str, int]:
    names = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalars()
    return {
        name: connection.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar()
        for name in list(names)
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.year_vault", description=__doc__)
    parser.add_argument("--scale", type=int, choices=(1, 2), default=1)
    parser.add_argument("--anchor", type=date.fromisoformat, default=None)
    parser.add_argument("--force", action="store_true", help="build again even if cached")
    parser.add_argument("--fill", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fill is not None:
        fill(args.fill, args.scale, args.anchor)
        return
    year = ensure(args.scale, args.anchor, force=args.force)
    print(year.describe())


if __name__ == "__main__":
    main()
