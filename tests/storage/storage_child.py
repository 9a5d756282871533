"""Scenarios the storage tests run in a child process, usually to kill it with SIGKILL.

    python storage_child.py SCENARIO ARG...

Keys are derived with the cheap test parameters; passphrases come from storage_support, never
from argv or the environment. Every line the parent relies on is flushed as it is printed.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import storage_support as support

support.install_cheap_kdf()

from nurse_desk.domain import errors  # noqa: E402
from nurse_desk.storage import backup  # noqa: E402
from nurse_desk.storage import sqlcipher as raw  # noqa: E402
from nurse_desk.storage.vault import Vault  # noqa: E402


def say(*words: object) -> None:
    print(*words, flush=True)


def die() -> None:
    """kill -9 of ourselves: no atexit, no finally, no close."""
    os.kill(os.getpid(), signal.SIGKILL)


# -- crashes with data in flight -------------------------------------------------------------
def hot_wal(path: str, count: str) -> None:
    """Commit rows one by one with a second connection holding the WAL open, then die."""
    vault = Vault.open(Path(path), support.PASSPHRASE)
    keeper = vault.raw_connection()  # keeps the WAL from being folded in on close
    keeper.execute("SELECT count(*) FROM pupil").fetchone()
    school_id = keeper.execute("SELECT min(id) FROM school").fetchone()[0]
    for number in range(int(count)):
        with vault.session() as session:
            pupil = support.new_pupil(school_id, 10_000 + number)
            session.add(pupil)
            session.commit()
            say("committed", pupil.id)
    say("wal", os.path.getsize(path + "-wal"))
    die()


def write_until_killed(path: str, keep_wal: str) -> None:
    """One commit per row, each acknowledged id printed only after its commit returned."""
    vault = Vault.open(Path(path), support.PASSPHRASE)
    keeper = vault.raw_connection() if keep_wal == "1" else None
    school_id = support.add_school(vault, f"Skole {os.getpid()}")
    say("ready", keeper is not None)
    for number in range(100_000):
        with vault.session() as session:
            pupil = support.new_pupil(school_id, number)
            session.add(pupil)
            session.commit()
            say("acked", pupil.id)
    say("finished")


def writer_or_refused(path: str, rows: str) -> None:
    """A second program on the same vault: refused ("in-use"), or writes `rows` rows, one
    commit each, then holds the vault open until killed."""
    try:
        vault = Vault.open(Path(path), support.PASSPHRASE)
    except errors.VaultInUse:
        say("in-use")
        return
    school_id = support.add_school(vault, f"Skole {os.getpid()}")
    say("ready")
    for number in range(int(rows)):
        with vault.session() as session:
            pupil = support.new_pupil(school_id, number)
            session.add(pupil)
            session.commit()
            say("acked", pupil.id)
    say("finished")
    sys.stdin.read()  # held until the parent kills us


def check_only(path: str) -> None:
    """What `nurse-desk check` does, with the tests' cheap key derivation."""
    from nurse_desk.services.vault_access import check_vault

    try:
        counts = check_vault(Path(path), support.PASSPHRASE)
    except errors.NurseDeskError as error:
        say("refused", type(error).__name__)
        return
    say("sound", counts["pupil"])


def sentinel_uncommitted(path: str, marker: str) -> None:
    """Write marked rows in a transaction big enough to spill into the WAL, then die."""
    vault = Vault.open(Path(path), support.PASSPHRASE)
    keeper = vault.raw_connection()
    keeper.execute("SELECT count(*) FROM school").fetchone()
    from nurse_desk.storage.orm import SchoolRow

    session = vault.session()
    session.connection().exec_driver_sql("PRAGMA cache_size = 20")  # force pages out early
    school = SchoolRow(name=f"{marker}-name-crash", municipality=f"{marker}-municipality-crash")
    session.add(school)
    session.flush()
    for number in range(3000):
        session.add(
            support.new_pupil(
                school.id,
                number,
                given_name=f"{marker}-given-crash-{number}",
                family_name=f"{marker}-family-crash-{number}",
                national_id=f"{marker}-nid-crash-{number}",
                class_name=f"{marker}-class-crash-{number}",
            )
        )
        if number % 500 == 0:
            session.flush()
    session.flush()
    say("flushed", os.path.getsize(path + "-wal"))
    die()


# -- bit flips -------------------------------------------------------------------------------
def _outcome(action) -> dict:
    try:
        action()
    except errors.DamagedVault as exc:
        return {"result": "DamagedVault", "page": exc.page, "domain": True}
    except errors.VaultError as exc:
        return {"result": type(exc).__name__, "page": None, "domain": True}
    except Exception as exc:
        return {"result": f"{type(exc).__module__}.{type(exc).__name__}", "domain": False}
    return {"result": "clean", "domain": True}


def bit_flips(source: str, workdir: str, flips_json: str) -> None:
    """For each (offset, bit): open + full_check the flipped file; then flip under an open vault.

    Prints one JSON line per flip. Any exception escapes as a non-domain outcome, never a crash.
    """
    pristine = Path(source).read_bytes()
    work = Path(workdir)
    copy = work / "flipped.vault"
    live = work / "live.vault"
    live.write_bytes(pristine)
    unlocked = Vault.open(live, support.PASSPHRASE)  # NullPool: no connection stays open

    def open_and_check() -> None:
        vault = Vault.open(copy, support.PASSPHRASE)
        try:
            vault.full_check()
        finally:
            vault.lock()

    for offset, bit in json.loads(flips_json):
        flipped = support.flip_bit(pristine, offset, bit)
        copy.write_bytes(flipped)
        opened = _outcome(open_and_check)
        # The same flip arriving while the vault is unlocked: what `nurse-desk check` reports.
        live.write_bytes(flipped)
        checked = _outcome(unlocked.full_check)
        say(json.dumps({"offset": offset, "bit": bit, "open": opened, "check": checked}))
        for path in (copy, live):
            for suffix in support.SIDECARS:
                support.sidecar(path, suffix).unlink(missing_ok=True)
        live.write_bytes(pristine)
    unlocked.lock()
    say("done")


# -- temp files ------------------------------------------------------------------------------
def temp_workload(path: str, temp_store: str) -> None:
    """Sort, index and VACUUM with a tiny page cache so that SQLite must spill somewhere."""
    vault = Vault.create(Path(path), support.PASSPHRASE)
    connection = vault.raw_connection()
    connection.execute("PRAGMA cache_size = 50")
    if temp_store != "default":
        connection.execute(f"PRAGMA temp_store = {temp_store}")
    say("temp_store", connection.execute("PRAGMA temp_store").fetchone()[0])
    connection.execute("CREATE TABLE bulk (id INTEGER PRIMARY KEY, label TEXT, rank INTEGER)")
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO bulk (label, rank) VALUES (?, ?)",
        ((os.urandom(100).hex(), number * 7919 % 20011) for number in range(20_000)),
    )
    connection.execute("COMMIT")
    rows = connection.execute("SELECT label FROM bulk ORDER BY rank, label").fetchall()
    say("sorted", len(rows))
    connection.execute("CREATE INDEX bulk_label ON bulk (label)")
    connection.execute("VACUUM")
    connection.close()
    vault.lock()
    say("done")


# -- kills at counted points -----------------------------------------------------------------
class KillSwitch:
    """Counts events (SQLite progress ticks, renames, fsyncs) and dies at event `kill_at`.

    Each event is printed before the kill decision, so the parent knows the last one reached.
    kill_at 0 never kills: the parent uses it to count the events of a whole run.
    """

    def __init__(self, kill_at: int) -> None:
        self.kill_at = kill_at
        self.count = 0
        self.armed = False

    def tick(self, label: str) -> None:
        if not self.armed:
            return
        self.count += 1
        say("event", self.count, label)
        if self.count == self.kill_at:
            die()

    def install(self) -> None:
        real_connect, real_fsync, real_replace = raw.connect, raw.fsync_path, os.replace

        def connect(*args, **kwargs):
            connection = real_connect(*args, **kwargs)
            connection.set_progress_handler(lambda: self.tick("sqlite") or 0, 200)
            return connection

        def fsync_path(path):
            self.tick("before-fsync")
            real_fsync(path)
            self.tick("after-fsync")

        def replace(source, destination):
            self.tick("before-replace")
            real_replace(source, destination)
            self.tick("after-replace")

        raw.connect = connect
        raw.fsync_path = fsync_path
        os.replace = replace


def backup_killed(path: str, destination: str, kill_at: str) -> None:
    vault = Vault.open(Path(path), support.PASSPHRASE)
    switch = KillSwitch(int(kill_at))
    switch.install()
    say("ready")
    switch.armed = True
    backup.backup(vault, Path(destination), replace=True)  # over yesterday's, on purpose
    switch.armed = False
    say("done", switch.count)


def rekey_killed(path: str, kill_at: str) -> None:
    vault = Vault.open(Path(path), support.PASSPHRASE)
    switch = KillSwitch(int(kill_at))
    switch.install()
    say("ready")
    switch.armed = True
    backup.change_passphrase(vault, support.NEW_PASSPHRASE)
    switch.armed = False
    say("done", switch.count)


def restore_killed(path: str, backup_file: str, kill_at: str, links: str) -> None:
    """Restore a backup over the vault, dying at `kill_at`; links "0" makes the disk refuse
    hard links (as FAT does), so the vault is renamed aside instead."""
    switch = KillSwitch(int(kill_at))
    switch.install()
    real_link = os.link

    def link(source, destination):
        switch.tick("before-link")
        if links == "0":
            raise PermissionError(1, "Operation not permitted")
        real_link(source, destination)
        switch.tick("after-link")

    os.link = link
    say("ready")
    switch.armed = True
    backup.restore(Path(path), Path(backup_file), support.NEW_PASSPHRASE).lock()
    switch.armed = False
    say("done", switch.count)


def migrate_killed(path: str, kill_at: str) -> None:
    """Unlock a vault that is behind the app's schema, so that it migrates; die at `kill_at`.
    The migration's start and end are counted as events, so the parent can aim inside it."""
    switch = KillSwitch(int(kill_at))
    switch.install()
    real_migrate = Vault.migrate

    def migrate(vault) -> None:
        switch.tick("migration-starts")
        real_migrate(vault)
        switch.tick("migration-ended")

    Vault.migrate = migrate
    say("ready")
    switch.armed = True
    Vault.open(Path(path), support.PASSPHRASE).lock()
    switch.armed = False
    say("done", switch.count)


# -- what an unlock loads ----------------------------------------------------------------------
def modules_after_unlock(path: str) -> None:
    """Opens and locks the vault, then names the migration machinery that got imported."""
    Vault.open(Path(path), support.PASSPHRASE).lock()
    loaded = sorted(name for name in sys.modules if name.split(".")[0] in ("alembic", "mako"))
    say("loaded", json.dumps(loaded))


SCENARIOS = {
    "modules_after_unlock": modules_after_unlock,
    "hot_wal": hot_wal,
    "write_until_killed": write_until_killed,
    "sentinel_uncommitted": sentinel_uncommitted,
    "bit_flips": bit_flips,
    "temp_workload": temp_workload,
    "backup_killed": backup_killed,
    "rekey_killed": rekey_killed,
    "migrate_killed": migrate_killed,
    "restore_killed": restore_killed,
    "writer_or_refused": writer_or_refused,
    "check_only": check_only,
}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]](*sys.argv[2:])
