"""kill -9 while writing or re-keying: every acknowledged commit survives, the re-key is atomic.

kill -9 is not power loss: these tests prove the ordering of writes, not that the disk obeys fsync.
"""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest
import storage_support as support
from alembic import command

from nurse_desk.storage import key_derivation, schema
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey
from nurse_desk.storage.vault import Vault

ROUNDS = 5
SEED = random.randrange(1 << 30)


@pytest.fixture
def rng(record_property):
    record_property("seed", SEED)
    print(f"random seed {SEED}")
    return random.Random(SEED)


# -- 9. kill -9 during writes -------------------------------------------------------------
def test_kill_during_writes_loses_no_acknowledged_commit(vault_path, rng):
    vault = Vault.create(vault_path, support.PASSPHRASE)
    vault.lock()
    acknowledged: set[int] = set()

    for round_number in range(ROUNDS):
        keep_wal = "1" if round_number % 2 else "0"  # with and without a hot WAL at the kill
        child = support.start_child("write_until_killed", str(vault_path), keep_wal)
        try:
            first = support.read_line(child, timeout=30)
            assert first.startswith("ready"), first + child.stderr.read()
            time.sleep(rng.uniform(0.02, 0.4))
        finally:
            child.kill()
            stdout, stderr = child.communicate(timeout=30)
        assert child.returncode == -9, stderr[-2000:]
        acked_now = {int(word) for word in support.lines_starting(stdout, "acked")}
        acknowledged |= acked_now

        vault = Vault.open(vault_path, support.PASSPHRASE)
        try:
            present = support.pupil_ids(vault)
            missing = acknowledged - present
            assert not missing, f"round {round_number}, seed {SEED}: lost {sorted(missing)}"
            # at most the one commit that finished but was killed before its id was printed
            assert len(present - acknowledged) <= round_number + 1
            vault.full_check()
        finally:
            vault.lock()

    assert len(acknowledged) >= ROUNDS, "the children hardly wrote anything: nothing was tested"


# -- 15. kill -9 during a passphrase change -----------------------------------------------
@pytest.fixture(scope="module")
def rekey_template(tmp_path_factory):
    """A locked vault with rows, and how many kill points a full passphrase change passes."""
    directory = tmp_path_factory.mktemp("rekey-template")
    path = directory / "nurse.vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_derivation, "derive_key", support.cheap_derive_key)
        vault = Vault.create(path, support.PASSPHRASE)
        support.add_pupils(vault, support.add_school(vault), 150)
        counts, ids = vault.row_counts(), support.pupil_ids(vault)
        vault.lock()

    counting = tmp_path_factory.mktemp("rekey-count") / "nurse.vault"
    shutil.copyfile(path, counting)
    child = support.run_child("rekey_killed", str(counting), "0")
    assert child.returncode == 0, child.stderr[-2000:]
    labels = support.events(child.stdout)
    assert "after-replace" in labels
    return path, counts, ids, labels


def test_full_passphrase_change_in_a_child_opens_only_with_the_new_passphrase(
    rekey_template, tmp_path
):
    template, counts, ids, _ = rekey_template
    path = tmp_path / "nurse.vault"
    shutil.copyfile(template, path)

    child = support.run_child("rekey_killed", str(path), "0")

    assert child.returncode == 0, child.stderr[-2000:]
    assert support.open_or_none(path, support.PASSPHRASE) is None
    vault = support.open_or_none(path, support.NEW_PASSPHRASE)
    assert vault is not None
    try:
        assert vault.row_counts() == counts
        assert support.pupil_ids(vault) == ids
    finally:
        vault.lock()


def test_kill_during_passphrase_change_leaves_exactly_one_passphrase_working(
    rekey_template, tmp_path, rng
):
    template, counts, ids, labels = rekey_template
    replace_at = labels.index("before-replace") + 1
    # random points, plus the two either side of the rename
    kill_points = sorted({rng.randint(1, len(labels)) for _ in range(ROUNDS - 2)})
    kill_points = sorted({*kill_points, replace_at, replace_at + 1})

    for kill_at in kill_points:
        directory = tmp_path / f"kill-{kill_at}"
        directory.mkdir()
        path = directory / "nurse.vault"
        shutil.copyfile(template, path)

        child = support.run_child("rekey_killed", str(path), str(kill_at))

        reached = support.events(child.stdout)
        assert child.returncode == -9, (kill_at, child.stderr[-2000:])
        assert len(reached) == kill_at
        renamed = "after-replace" in reached
        where = f"seed {SEED}, kill at event {kill_at} ({reached[-1]})"

        old = support.open_or_none(path, support.PASSPHRASE)
        new = support.open_or_none(path, support.NEW_PASSPHRASE)
        opened = [vault for vault in (old, new) if vault is not None]
        try:
            assert len(opened) == 1, f"{where}: {len(opened)} passphrases open the vault"
            assert (new is not None) == renamed, where
            (vault,) = opened
            assert vault.row_counts() == counts, where
            assert support.pupil_ids(vault) == ids, where
            vault.full_check()
        finally:
            for vault in opened:
                vault.lock()


# -- 19. kill -9 inside a migration -------------------------------------------------------
OLD_REVISION = "0005"  # the three later revisions each add tables


@pytest.fixture(scope="module")
def behind_template(tmp_path_factory):
    """A locked vault with rows whose schema is three revisions behind the app's, and the events
    an unlock that migrates it passes."""
    directory = tmp_path_factory.mktemp("behind")
    path = directory / "nurse.vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_derivation, "derive_key", support.cheap_derive_key)
        vault = Vault.create(path, support.PASSPHRASE)
        support.add_pupils(vault, support.add_school(vault), 150)
        ids = support.pupil_ids(vault)
        with vault.engine.begin() as connection:
            command.downgrade(schema.alembic_config(connection), OLD_REVISION)
        vault.lock()
    counting = tmp_path_factory.mktemp("behind-count") / "nurse.vault"
    shutil.copyfile(path, counting)
    child = support.run_child("migrate_killed", str(counting), "0")
    assert child.returncode == 0, child.stderr[-2000:]
    labels = support.events(child.stdout)
    return path, ids, labels


def revision_read_only(path: Path) -> tuple[str | None, bool]:
    """The schema revision, and whether the newest revision's table exists, read without writing."""
    key = VaultKey.from_passphrase(support.PASSPHRASE, raw.read_salt(path))
    try:
        revision = raw.read_only_scalar(
            path, key, "SELECT version_num FROM alembic_version", table="alembic_version"
        )
        newest_table = raw.read_only_scalar(
            path,
            key,
            "SELECT count(*) FROM absence_acknowledgement",
            table="absence_acknowledgement",
        )
    finally:
        key.wipe()
    return revision, newest_table is not None


def test_kill_inside_a_migration_leaves_the_old_version_and_the_next_unlock_migrates(
    behind_template, tmp_path, rng
):
    template, ids, labels = behind_template
    start, end = labels.index("migration-starts") + 1, labels.index("migration-ended") + 1
    assert end - start > 3, labels  # the migration itself passes several kill points
    print(f"migration events {start}-{end} of {len(labels)}")
    kill_points = sorted({rng.randint(start + 1, end - 1) for _ in range(ROUNDS)} | {start + 1})

    for kill_at in kill_points:
        path = tmp_path / f"kill-{kill_at}" / "nurse.vault"
        path.parent.mkdir()
        shutil.copyfile(template, path)

        child = support.run_child("migrate_killed", str(path), str(kill_at))

        assert child.returncode == -9, (kill_at, child.stderr[-2000:])
        where = f"seed {SEED}, kill at event {kill_at} of the migration {start}-{end}"
        assert revision_read_only(path) == (OLD_REVISION, False), where
        vault = Vault.open(path, support.PASSPHRASE)
        try:
            assert revision_read_only(path)[0] == schema.head_revision(), where
            assert support.pupil_ids(vault) == ids, where
            vault.full_check()
        finally:
            vault.lock()
