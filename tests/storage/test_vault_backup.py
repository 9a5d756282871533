"""Backups are encrypted, verified copies; a crash never spoils the last one; restore verifies."""

from __future__ import annotations

import random
import shutil
import threading
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
import storage_support as support

from nurse_desk.domain import errors
from nurse_desk.storage import backup, key_derivation
from nurse_desk.storage.sqlcipher import PAGE_SIZE
from nurse_desk.storage.vault import Vault
from nurse_desk.storage.vault_lock import lock_file_of


def open_check_and_count(path, passphrase=support.PASSPHRASE):
    vault = Vault.open(path, passphrase)
    try:
        vault.full_check()
        return vault.row_counts(), support.pupil_ids(vault)
    finally:
        vault.lock()


# -- round trips --------------------------------------------------------------------------
def test_backup_then_restore_brings_back_the_backed_up_rows(vault, school_id, tmp_path):
    support.add_pupils(vault, school_id, 40)
    kept_counts, kept_ids = vault.row_counts(), support.pupil_ids(vault)
    copy = tmp_path / "monday.backup"
    backup.backup(vault, copy)
    support.add_pupils(vault, school_id, 10, start=100)
    path = vault.path
    vault.lock()

    restored = backup.restore(path, copy, support.PASSPHRASE)
    try:
        assert restored.row_counts() == kept_counts
        assert support.pupil_ids(restored) == kept_ids
        restored.full_check()
    finally:
        restored.lock()
    assert open_check_and_count(path) == (kept_counts, kept_ids)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "leftovers"


def test_backup_with_a_new_passphrase_restores_under_that_passphrase(vault, school_id, tmp_path):
    support.add_pupils(vault, school_id, 5)
    copy = tmp_path / "handover.backup"
    backup.backup(vault, copy, new_passphrase=support.NEW_PASSPHRASE)
    assert copy.read_bytes()[:16] != vault.path.read_bytes()[:16], "a new key needs a new salt"
    path = vault.path
    vault.lock()

    backup.restore(path, copy, support.NEW_PASSPHRASE).lock()

    assert support.open_or_none(path, support.PASSPHRASE) is None
    assert open_check_and_count(path, support.NEW_PASSPHRASE)[0]["pupil"] == 5


def test_backup_refuses_to_overwrite_the_vault_itself(vault):
    before = support.sha256(vault.path)
    with pytest.raises(errors.WouldReplaceTheVault):
        backup.backup(vault, vault.path)
    assert support.sha256(vault.path) == before


def test_backup_refuses_the_vaults_own_files_even_when_told_to_replace(vault, school_id):
    """A backup renamed over the vault's -wal or -shm, asked to replace it, took the last
    commits with it or damaged the open vault."""
    support.add_pupils(vault, school_id, 3)
    wal = Path(f"{vault.path}-wal")
    for own in (wal, Path(f"{vault.path}-shm"), lock_file_of(vault.path)):
        if not own.exists():
            continue
        before = support.sha256(own) if own.stat().st_size else None
        with pytest.raises(errors.WouldReplaceTheVault):
            backup.backup(vault, own, replace=True)
        assert (support.sha256(own) if own.stat().st_size else None) == before
    assert support.pupil_ids(vault)


def test_backup_keeps_a_file_already_there_unless_told_to_replace_it(vault, school_id, tmp_path):
    support.add_pupils(vault, school_id, 3)
    yesterday = tmp_path / "nurse.backup"
    backup.backup(vault, yesterday)
    before = support.sha256(yesterday)
    support.add_pupils(vault, school_id, 2, start=100)

    for new_passphrase in (None, support.NEW_PASSPHRASE):
        with pytest.raises(errors.BackupExists) as refused:
            backup.backup(vault, yesterday, new_passphrase)
        assert refused.value.path == str(yesterday)
        assert support.sha256(yesterday) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith("backup")) == [
        "nurse.backup"
    ]

    backup.backup(vault, yesterday, replace=True)
    assert support.sha256(yesterday) != before
    path = vault.path
    vault.lock()
    assert open_check_and_count(yesterday)[0]["pupil"] == 5
    Vault.open(path, support.PASSPHRASE).lock()


@pytest.mark.parametrize("hard_links", [True, False], ids=["hard_links", "no_hard_links"])
def test_backup_keeps_a_file_that_came_while_the_copy_was_made(
    vault, tmp_path, monkeypatch, hard_links
):
    """Another program (or a second window) saves under the same name mid-copy: its file is
    kept, on a disk without hard links (FAT on a USB stick) too."""
    target = tmp_path / "nurse.backup"
    verify = backup._verify_copy

    def verify_then_another_file_comes(*args, **kwargs) -> None:
        verify(*args, **kwargs)
        target.write_bytes(b"someone else's file")

    monkeypatch.setattr(backup, "_verify_copy", verify_then_another_file_comes)
    if not hard_links:

        def no_link(*args, **kwargs) -> None:
            raise PermissionError("hard links not supported")

        monkeypatch.setattr("os.link", no_link)
    with pytest.raises(errors.BackupExists) as refused:
        backup.backup(vault, target)
    assert refused.value.path == str(target)
    assert target.read_bytes() == b"someone else's file"
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == ["nurse.backup"]


def test_change_passphrase_keeps_rows_and_only_the_new_passphrase_opens(vault, school_id):
    support.add_pupils(vault, school_id, 25)
    counts, ids = vault.row_counts(), support.pupil_ids(vault)
    old_salt = vault.path.read_bytes()[:16]

    backup.change_passphrase(vault, support.NEW_PASSPHRASE)

    assert vault.row_counts() == counts, "the running vault reopened on the new key"
    path = vault.path
    vault.lock()
    assert path.read_bytes()[:16] != old_salt
    assert support.open_or_none(path, support.PASSPHRASE) is None
    assert open_check_and_count(path, support.NEW_PASSPHRASE) == (counts, ids)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "leftovers"


# -- restore from a damaged backup --------------------------------------------------------
@pytest.fixture
def damaged_backup(vault, school_id, tmp_path):
    support.add_pupils(vault, school_id, 300)
    copy = tmp_path / "damaged.backup"
    backup.backup(vault, copy)
    data = copy.read_bytes()
    pages = len(data) // PAGE_SIZE
    middle = (pages // 2) * PAGE_SIZE + 1234
    copy.write_bytes(support.flip_bit(data, middle, 3))
    vault.lock()
    return copy


def test_restore_from_a_damaged_backup_leaves_the_vault_byte_identical(vault, damaged_backup):
    before_vault = support.snapshot(vault.path.parent)
    before_backup = support.sha256(damaged_backup)

    with pytest.raises((errors.VaultError, sqlcipher.DatabaseError)):
        backup.restore(vault.path, damaged_backup, support.PASSPHRASE)

    assert support.snapshot(vault.path.parent) == before_vault
    assert support.sha256(damaged_backup) == before_backup
    open_check_and_count(vault.path)


def test_restore_from_a_damaged_backup_says_the_backup_is_damaged(vault, damaged_backup):
    with pytest.raises(errors.BackupRefused) as refused:
        backup.restore(vault.path, damaged_backup, support.PASSPHRASE)
    assert refused.value.reason == "damaged"


@pytest.mark.parametrize(
    ("make_file", "reason"),
    [
        (lambda path, good: path.write_bytes(good[: len(good) // 2 + 100]), "damaged"),
        (lambda path, good: path.write_bytes(b""), "not_a_backup"),
        (lambda path, good: None, "missing"),
        (lambda path, good: path.write_bytes(good), "passphrase"),  # asked with another one
    ],
)
def test_restore_names_what_is_wrong_with_the_backup_not_the_vault(
    vault, school_id, tmp_path, make_file, reason
):
    good = tmp_path / "good.backup"
    backup.backup(vault, good)
    vault.lock()
    before_vault = support.snapshot(vault.path.parent)
    chosen = tmp_path / "chosen.backup"
    make_file(chosen, good.read_bytes())
    passphrase = support.NEW_PASSPHRASE if reason == "passphrase" else support.PASSPHRASE
    with pytest.raises(errors.BackupRefused) as refused:
        backup.restore(vault.path, chosen, passphrase)
    assert refused.value.reason == reason
    assert support.snapshot(vault.path.parent) == before_vault


# -- 14. backup while writing -------------------------------------------------------------
def test_backup_counts_the_rows_of_the_snapshot_it_exported(
    vault, school_id, tmp_path, monkeypatch
):
    """Deterministic form of the race: a commit lands between the export and the row count."""
    real_counts = backup.table_row_counts
    calls = []

    def counts_after_a_commit(connection, schema_name="main"):
        if not calls:
            support.add_pupils(vault, school_id, 1, start=900)
        calls.append(schema_name)
        return real_counts(connection, schema_name)

    monkeypatch.setattr(backup, "table_row_counts", counts_after_a_commit)
    backup.backup(vault, tmp_path / "snapshot.backup")
    open_check_and_count(tmp_path / "snapshot.backup")


def test_backup_while_another_thread_writes_verifies_and_opens(vault, school_id, tmp_path):
    support.add_pupils(vault, school_id, 100)
    before = len(support.pupil_ids(vault))
    stop = threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def writer() -> None:
        number = 1000
        try:
            while not stop.is_set():
                written.extend(support.add_pupils(vault, school_id, 1, start=number))
                number += 1
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 3:  # the writer is really writing before the backup starts
            stop.wait(0.005)
        copy = tmp_path / "busy.backup"
        backup.backup(vault, copy)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not failures
    assert written, "the writer never committed: nothing was tested"

    counts, _ = open_check_and_count(copy)
    assert before <= counts["pupil"] <= before + len(written)


# -- 14. kill -9 during a backup ----------------------------------------------------------
@pytest.fixture(scope="module")
def backup_template(tmp_path_factory):
    """A vault, yesterday's backup of it, today's extra rows, and the kill points of a backup."""
    directory = tmp_path_factory.mktemp("backup-template")
    path = directory / "nurse.vault"
    yesterday = directory / "yesterday.backup"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_derivation, "derive_key", support.cheap_derive_key)
        vault = Vault.create(path, support.PASSPHRASE)
        school_id = support.add_school(vault)
        support.add_pupils(vault, school_id, 150)
        backup.backup(vault, yesterday)
        old_counts = vault.row_counts()
        support.add_pupils(vault, school_id, 50, start=500)
        new_counts = vault.row_counts()
        vault.lock()

    counting = tmp_path_factory.mktemp("backup-count")
    shutil.copyfile(path, counting / "nurse.vault")
    child = support.run_child(
        "backup_killed", str(counting / "nurse.vault"), str(counting / "x.backup"), "0"
    )
    assert child.returncode == 0, child.stderr[-2000:]
    labels = support.events(child.stdout)
    assert "after-replace" in labels
    return path, yesterday, old_counts, new_counts, labels


def test_kill_during_backup_leaves_the_previous_backup_intact(backup_template, tmp_path):
    template, yesterday, old_counts, new_counts, labels = backup_template
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    replace_at = labels.index("before-replace") + 1
    kill_points = {rng.randint(1, replace_at) for _ in range(2)}
    kill_points |= {replace_at, replace_at + 1}

    for kill_at in sorted(kill_points):
        directory = tmp_path / f"kill-{kill_at}"
        directory.mkdir()
        path, destination = directory / "nurse.vault", directory / "backups" / "nurse.backup"
        shutil.copyfile(template, path)
        destination.parent.mkdir()
        shutil.copyfile(yesterday, destination)
        previous = support.sha256(destination)

        child = support.run_child("backup_killed", str(path), str(destination), str(kill_at))

        reached = support.events(child.stdout)
        assert child.returncode == -9, (kill_at, child.stderr[-2000:])
        where = f"kill at event {kill_at} ({reached[-1]}), seed {seed}"
        if "after-replace" in reached:
            assert open_check_and_count(destination)[0] == new_counts, where
        else:
            assert support.sha256(destination) == previous, where
            assert open_check_and_count(destination)[0] == old_counts, where
        assert open_check_and_count(path)[0] == new_counts, where
