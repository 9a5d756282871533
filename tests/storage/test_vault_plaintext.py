"""No pupil data in plaintext anywhere on disk: vault, WAL, shared memory, backups, temp files."""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest
import storage_support as support
from sqlalchemy import String, func, select

from nurse_desk.storage import backup
from nurse_desk.storage.orm import PupilRow, SchoolRow
from nurse_desk.storage.vault import Vault


# -- 7. sentinel scan ---------------------------------------------------------------------
def new_marker() -> str:
    return f"SENTINEL-7f3a{uuid.uuid4().hex}"


def encodings(marker: str) -> list[bytes]:
    return [marker.encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def hits(directory: Path, marker: str) -> list[str]:
    """Every file under `directory` holding the marker in any encoding."""
    found = []
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name} ({form[:6]!r})" for form in encodings(marker) if form in data]
    return found


def text_columns(row_class) -> list[str]:
    return [c.name for c in row_class.__table__.columns if isinstance(c.type, String)]


def marked_school(marker: str, tag: str) -> SchoolRow:
    return SchoolRow(**{name: f"{marker}-{name}-{tag}" for name in text_columns(SchoolRow)})


def marked_pupil(marker: str, tag: str, school_id: int, number: int) -> PupilRow:
    text = {name: f"{marker}-{name}-{tag}-{number}" for name in text_columns(PupilRow)}
    return support.new_pupil(school_id, number, **text)


def test_scan_finds_a_marker_in_a_plain_sqlite_file(tmp_path):
    """The scan itself works: the same rows in an unencrypted file are found, in every form."""
    marker = new_marker()
    connection = sqlite3.connect(tmp_path / "plain.db")
    connection.execute("CREATE TABLE t (a TEXT)")
    connection.execute("INSERT INTO t VALUES (?)", (f"{marker}-x",))
    connection.commit()
    connection.close()
    (tmp_path / "utf16.txt").write_bytes(marker.encode("utf-16-le"))
    assert len(hits(tmp_path, marker)) == 2


def test_text_columns_cover_every_text_field():
    """A new text column shows up here; the journal tables are scanned in tests/services."""
    assert text_columns(SchoolRow) == ["name", "municipality"]
    assert set(text_columns(PupilRow)) == {
        "given_name",
        "family_name",
        "national_id",
        "class_name",
        "language",
        "notes",
    }


def test_no_plaintext_in_vault_files_after_transaction_commit_checkpoint_backup_and_lock(
    vault, tmp_path, caplog
):
    caplog.set_level(logging.DEBUG)
    marker = new_marker()
    directory = vault.path.parent
    backups = tmp_path / "backups"
    backups.mkdir()
    keeper = vault.raw_connection()  # keeps the WAL and -shm on disk between steps
    try:
        keeper.execute("SELECT count(*) FROM pupil").fetchone()
        with vault.session() as session:
            school = marked_school(marker, "tx")
            session.add(school)
            session.flush()
            session.add_all(marked_pupil(marker, "tx", school.id, n) for n in range(200))
            session.flush()
            assert hits(directory, marker) == [], "during an open transaction"
            session.commit()
        assert support.sidecar(vault.path, "-wal").stat().st_size > 0
        assert hits(directory, marker) == [], "after commit"

        with vault.session() as session:
            session.query(PupilRow).filter(PupilRow.id % 2 == 0).delete()
            session.commit()
        assert hits(directory, marker) == [], "after delete"

        vault.checkpoint()
        assert hits(directory, marker) == [], "after checkpoint"

        backup.backup(vault, backups / "same-key.backup")
        backup.backup(vault, backups / "new-key.backup", new_passphrase=support.NEW_PASSPHRASE)
        assert sorted(p.name for p in backups.iterdir()) == ["new-key.backup", "same-key.backup"]
        assert hits(backups, marker) == [], "in backups"
        assert hits(directory, marker) == [], "after backup"
    finally:
        keeper.close()
    vault.lock()
    assert hits(directory, marker) == [], "after lock"
    assert hits(tmp_path, marker) == []
    assert marker not in caplog.text


def test_no_plaintext_after_kill_mid_transaction(vault, tmp_path):
    marker = new_marker()
    support.add_school(vault)
    path = vault.path
    vault.lock()

    child = support.run_child("sentinel_uncommitted", str(path), marker)

    assert child.returncode == -9, child.stderr[-2000:]
    (wal_size,) = support.lines_starting(child.stdout, "flushed")
    assert int(wal_size) > 0, "the uncommitted rows never reached the WAL: nothing was tested"
    assert hits(tmp_path, marker) == [], "after kill -9"

    reopened = Vault.open(path, support.PASSPHRASE)
    try:
        with reopened.session() as session:
            pupils = session.scalar(
                select(func.count(PupilRow.id)).where(PupilRow.family_name.like(f"{marker}%"))
            )
            schools = session.scalar(
                select(func.count(SchoolRow.id)).where(SchoolRow.name.like(f"{marker}%"))
            )
        assert (pupils, schools) == (0, 0), "an uncommitted transaction survived the crash"
        reopened.full_check()
    finally:
        reopened.lock()
    assert hits(tmp_path, marker) == [], "after recovery"


# -- 8. temp-file guard -------------------------------------------------------------------
OPEN_LINE = re.compile(r'^\d+\s+(?:openat\(\w+, |open\(|creat\()"(?P<path>[^"]*)"(?P<rest>.*)$')


def traced_workload(base: Path, temp_store: str) -> subprocess.Popen:
    tmp, vaults = base / "tmp", base / "vault"
    tmp.mkdir(parents=True)
    vaults.mkdir()
    command = [
        "strace",
        "-f",
        "--seccomp-bpf",
        "-qq",
        "-e",
        "trace=openat,open,creat",
        "-o",
        str(base / "trace"),
        *support.child_command("temp_workload", str(vaults / "nurse.vault"), temp_store),
    ]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=support.REPO,
        env=support.child_env(SQLITE_TMPDIR=str(tmp), TMPDIR=str(tmp), TMP=str(tmp)),
    )


@pytest.fixture(scope="module")
def traced(tmp_path_factory):
    """The same sort / CREATE INDEX / VACUUM workload, as configured and with temp_store=FILE."""
    if shutil.which("strace") is None:
        pytest.fail("strace is missing: run scripts/system-deps.sh (make test does)")
    base = tmp_path_factory.mktemp("strace")
    runs = {mode: traced_workload(base / mode, mode) for mode in ("default", "FILE")}
    results = {}
    for mode, process in runs.items():
        stdout, stderr = process.communicate(timeout=120)
        trace = (base / mode / "trace").read_text()
        opens = [m.groupdict() for m in map(OPEN_LINE.match, trace.splitlines()) if m]
        results[mode] = {
            "returncode": process.returncode,
            "stdout": stdout,
            "stderr": stderr,
            "opens": opens,
            "tmp": base / mode / "tmp",
            "vault_dir": base / mode / "vault",
        }
    return results


def temp_opens(run) -> list[str]:
    tmp = str(run["tmp"])
    return [o["path"] for o in run["opens"] if "etilqs_" in o["path"] or o["path"].startswith(tmp)]


def test_sort_index_and_vacuum_open_no_temp_file(traced):
    run = traced["default"]
    assert run["returncode"] == 0, run["stderr"][-2000:]
    assert support.lines_starting(run["stdout"], "temp_store") == ["2"]
    assert support.lines_starting(run["stdout"], "sorted") == ["20000"]
    assert run["stdout"].rstrip().endswith("done")
    assert len(run["opens"]) > 50, "strace saw almost nothing: is the trace working?"

    assert temp_opens(run) == []
    assert list(run["tmp"].iterdir()) == []

    vault_dir = str(run["vault_dir"])
    created = {
        Path(o["path"]).name
        for o in run["opens"]
        if o["path"].startswith(vault_dir)
        and "O_CREAT" in o["rest"]
        # the encrypted staging file a new vault is built in before its rename into place
        and not Path(o["path"]).name.startswith(".nurse.vault.creating-")
    }
    # .nurse.vault.lock: the empty file the one-program-per-vault lock is taken on
    assert created <= {
        "nurse.vault",
        "nurse.vault-wal",
        "nurse.vault-shm",
        "nurse.vault-journal",
        ".nurse.vault.lock",
    }


def test_temp_file_guard_can_fail_when_temp_store_is_file(traced):
    """The same workload with temp_store=FILE does open etilqs_ files: the guard is not blind."""
    run = traced["FILE"]
    assert run["returncode"] == 0, run["stderr"][-2000:]
    assert support.lines_starting(run["stdout"], "temp_store") == ["1"]
    assert any("etilqs_" in path for path in temp_opens(run)), run["opens"][-20:]
