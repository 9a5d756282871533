"""What killed backups and restores leave is cleaned up once provably stale, and a restore killed
at any step leaves a vault at its path (or one the next start puts back).

kill -9 is not power loss: these prove the order of the renames, not that the disk obeys fsync.
"""

from __future__ import annotations

import os
import shutil

import pytest
import storage_support as support

from nurse_desk.domain import errors
from nurse_desk.storage import backup, leftovers
from nurse_desk.storage.vault import Vault, temporary_beside

DEAD_PID = 2**22 + 12345  # above Linux's default pid_max: never a running process


def dead_pid() -> int:
    assert not leftovers.process_alive(DEAD_PID)
    return DEAD_PID


@pytest.fixture(scope="module")
def restore_template(tmp_path_factory):
    """A vault (passphrase 1, 150 pupils), a backup of it with fewer rows under passphrase 2,
    and the kill points a whole restore passes, with and without hard links."""
    directory = tmp_path_factory.mktemp("restore-template")
    path, backup_file = directory / "nurse.vault", directory / "older.backup"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(support.key_derivation, "derive_key", support.cheap_derive_key)
        vault = Vault.create(path, support.PASSPHRASE)
        school = support.add_school(vault)
        support.add_pupils(vault, school, 40)
        backup.backup(vault, backup_file, support.NEW_PASSPHRASE)
        backed_up = support.pupil_ids(vault)
        support.add_pupils(vault, school, 110, start=40)
        current = support.pupil_ids(vault)
        vault.lock()
    labels = {}
    for links in ("1", "0"):
        counting = tmp_path_factory.mktemp(f"restore-count-{links}") / "nurse.vault"
        shutil.copyfile(path, counting)
        child = support.run_child("restore_killed", str(counting), str(backup_file), "0", links)
        assert child.returncode == 0, child.stderr[-2000:]
        labels[links] = support.events(child.stdout)
    return path, backup_file, current, backed_up, labels


def beside(path):
    return sorted(entry.name for entry in path.parent.iterdir() if entry.name != "older.backup")


@pytest.mark.parametrize("links", ["1", "0"], ids=["hard-links", "no-hard-links"])
def test_a_restore_killed_at_every_step_leaves_one_whole_vault(restore_template, tmp_path, links):
    template, backup_file, current, backed_up, all_labels = restore_template
    labels = all_labels[links]
    assert "after-replace" in labels
    for kill_at in range(1, len(labels) + 1):
        if labels[kill_at - 1] == "sqlite" and labels[kill_at - 2 : kill_at] == ["sqlite"] * 2:
            continue  # inside one SQLite read: the steps between the file operations suffice
        folder = tmp_path / f"{links}-kill-{kill_at}"
        folder.mkdir()
        path = folder / "nurse.vault"
        shutil.copyfile(template, path)

        child = support.run_child(
            "restore_killed", str(path), str(backup_file), str(kill_at), links
        )

        assert child.returncode == -9, (kill_at, child.stderr[-2000:])
        where = f"kill at event {kill_at} ({labels[kill_at - 1]}), links {links}"
        if links == "1":
            assert path.exists(), f"{where}: no file at the vault's path"
        leftovers.settle_killed_restore(path)  # what the next start does first
        old = support.open_or_none(path, support.PASSPHRASE)
        new = support.open_or_none(path, support.NEW_PASSPHRASE)
        opened = [vault for vault in (old, new) if vault is not None]
        try:
            assert len(opened) == 1, f"{where}: {len(opened)} passphrases open it"
            (vault,) = opened
            assert support.pupil_ids(vault) == (current if old else backed_up), where
            vault.full_check()
        finally:
            for vault in opened:
                vault.lock()
        assert beside(path) == ["nurse.vault"], f"{where}: left {beside(path)}"


def test_the_start_screen_puts_a_vault_kept_aside_back_before_asking_if_one_exists(
    vault_path,
):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    aside = vault_path.with_name(f"{vault_path.name}.before-restore-{dead_pid()}-1")
    os.replace(vault_path, aside)
    from nurse_desk.services.vault_location import settle_leftovers

    settle_leftovers(vault_path)

    assert vault_path.exists() and not aside.exists()
    Vault.open(vault_path, support.PASSPHRASE).lock()


def test_a_restore_in_a_running_process_is_not_touched(vault_path):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    mine = leftovers.aside_name(vault_path)  # this process is alive
    os.link(vault_path, mine)

    leftovers.settle_killed_restore(vault_path)

    assert mine.exists()


def test_a_lone_wal_moved_aside_before_its_vault_goes_back(vault_path):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    lone = vault_path.with_name(f"{vault_path.name}.before-restore-{dead_pid()}-7-wal")
    lone.write_bytes(b"wal")

    leftovers.settle_killed_restore(vault_path)

    assert not lone.exists()
    assert support.sidecar(vault_path, "-wal").read_bytes() == b"wal"


def test_the_next_backup_removes_killed_backups_of_any_name_in_its_folder(
    vault, school_id, tmp_path
):
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = [
        folder / f".monday.backup.writing-{dead_pid()}-5",
        folder / f".monday.backup.writing-{dead_pid()}-5-journal",
        folder / f".tuesday.backup.writing-{dead_pid()}-6",
    ]
    for file in stale:
        file.write_bytes(b"partial")
    running = temporary_beside(folder / "friday.backup", "writing")  # ours: alive
    running.write_bytes(b"in progress")
    theirs = folder / "monday.backup.writing-notes.txt"
    theirs.write_text("the nurse's", encoding="utf-8")

    backup.backup(vault, folder / "wednesday.backup")

    assert sorted(entry.name for entry in folder.iterdir()) == sorted(
        [running.name, theirs.name, "wednesday.backup"]
    )


def test_unlocking_removes_killed_scratch_copies_beside_the_vault(vault_path):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    stale = vault_path.with_name(f".{vault_path.name}.restoring-{dead_pid()}-3")
    stale.write_bytes(b"partial")
    support.sidecar(stale, "-journal").write_bytes(b"j")
    # a killed backup to the name the app suggests, beside the vault
    killed_backup = vault_path.with_name(f".nurse-backup.vault.writing-{dead_pid()}-4")
    killed_backup.write_bytes(b"partial")
    support.sidecar(killed_backup, "-journal").write_bytes(b"j")

    Vault.open(vault_path, support.PASSPHRASE).lock()

    assert beside(vault_path) == [vault_path.name]


def test_a_restore_that_cannot_open_the_result_puts_the_vault_back(vault_path, tmp_path):
    vault = Vault.create(vault_path, support.PASSPHRASE)
    support.add_pupils(vault, support.add_school(vault), 3)
    ids = support.pupil_ids(vault)
    backup.backup(vault, tmp_path / "b.backup")
    vault.lock()
    real_open = Vault.open

    def failing_open(path, passphrase, **kwargs):
        if path == vault_path and not any(vault_path.parent.glob("*.before-restore-*")):
            return real_open(path, passphrase, **kwargs)
        raise errors.DiskRefused("io")

    with pytest.MonkeyPatch.context() as patch, pytest.raises(errors.DiskRefused):
        patch.setattr(Vault, "open", staticmethod(failing_open))
        backup.restore(vault_path, tmp_path / "b.backup", support.PASSPHRASE)

    assert beside(vault_path) == [vault_path.name]
    reopened = Vault.open(vault_path, support.PASSPHRASE)
    assert support.pupil_ids(reopened) == ids
    reopened.lock()
