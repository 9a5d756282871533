"""Two programs on one vault: the second is told it is already open on this computer; a check
reads alongside; a killed holder frees the vault."""

from __future__ import annotations

import stat
import subprocess
import sys
import time

import pytest
import storage_support as support

from nurse_desk.domain import errors
from nurse_desk.storage import backup, vault_lock
from nurse_desk.storage.vault import Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="children are killed with -9")


@pytest.fixture
def closed_vault(vault_path):
    vault = Vault.create(vault_path, support.PASSPHRASE)
    support.add_pupils(vault, support.add_school(vault), 20)
    vault.lock()
    return vault_path


def start_holder(path, rows: int = 0) -> subprocess.Popen:
    """writer_or_refused in a child that keeps the vault until its stdin closes or it is
    killed."""
    return subprocess.Popen(
        support.child_command("writer_or_refused", str(path), str(rows)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=support.REPO,
        env=support.child_env(),
    )


def first_line(child) -> str:
    return support.read_line(child, timeout=60).strip()


def stop(child) -> str:
    child.kill()
    stdout, _ = child.communicate(timeout=30)
    return stdout


def test_two_writers_and_a_check_at_once(closed_vault):
    writers = [start_holder(closed_vault, 300) for _ in range(2)]
    try:
        first = [first_line(child) for child in writers]
        assert sorted(first) == ["in-use", "ready"], first
        writer = writers[first.index("ready")]
        checks = [support.run_child("check_only", str(closed_vault)) for _ in range(3)]
        for check in checks:
            assert check.returncode == 0, check.stderr[-2000:]
            word, count = check.stdout.split()
            assert word == "sound" and int(count) >= 20
        with pytest.raises(errors.VaultInUse):  # this process too is another program
            Vault.open(closed_vault, support.PASSPHRASE)
    finally:
        outputs = [stop(child) for child in writers]
    acked = {int(word) for out in outputs for word in support.lines_starting(out, "acked")}
    assert writer.returncode == -9

    vault = Vault.open(closed_vault, support.PASSPHRASE)  # the kill freed it
    try:
        assert acked and acked <= support.pupil_ids(vault)
        vault.full_check()
    finally:
        vault.lock()


def test_a_vault_locked_in_one_program_opens_in_the_next(closed_vault):
    writer = start_holder(closed_vault, 1)
    assert first_line(writer) == "ready"
    writer.stdin.close()  # the child returns from read(): exits normally, lock released
    writer.wait(timeout=30)
    time.sleep(0.05)

    Vault.open(closed_vault, support.PASSPHRASE).lock()


def test_one_program_may_open_its_vault_twice_and_the_last_lock_frees_it(closed_vault):
    first = Vault.open(closed_vault, support.PASSPHRASE)
    second = Vault.open(closed_vault, support.PASSPHRASE)
    first.lock()
    assert vault_lock.held_here(closed_vault)
    second.lock()
    assert not vault_lock.held_here(closed_vault)

    check = start_holder(closed_vault)
    try:
        assert first_line(check) == "ready"
    finally:
        stop(check)


def test_the_lock_file_is_owner_only_and_empty(closed_vault):
    vault = Vault.open(closed_vault, support.PASSPHRASE)
    try:
        lock_file = vault_lock.lock_file_of(closed_vault)
        assert stat.S_IMODE(lock_file.stat().st_mode) == 0o600
        assert lock_file.read_bytes() == b""
    finally:
        vault.lock()


def test_a_restore_is_refused_while_another_program_has_the_vault(closed_vault, tmp_path):
    vault = Vault.open(closed_vault, support.PASSPHRASE)
    backup.backup(vault, tmp_path / "b.backup")
    vault.lock()
    before = support.vault_files(closed_vault)
    holder = start_holder(closed_vault)
    try:
        assert first_line(holder) == "ready"
        with pytest.raises(errors.VaultInUse):
            backup.restore(closed_vault, tmp_path / "b.backup", support.PASSPHRASE)
        assert support.vault_files(closed_vault)["db"] == before["db"]
    finally:
        stop(holder)
