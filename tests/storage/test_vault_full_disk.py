"""A full, read-only or vanished disk and I/O errors become DiskRefused at every write path.

The real ones run in a child process: a small tmpfs of its own where the machine lets a user
mount one (`unshare -rm`), and RLIMIT_FSIZE (the kernel refuses to grow a file) everywhere on
POSIX. The nurse's words for each are checked in tests/ui/test_disk_refused_ui.py.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys

import pytest
import storage_support as support

from nurse_desk.domain import errors
from nurse_desk.storage import backup, disk
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.vault import Vault

CHILD = support.HERE / "full_disk_child.py"
WRITE_PATHS = ("autosave", "new_draft", "sign", "plan_visit", "import", "backup")


def user_can_mount_tmpfs(tmp_path) -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    target = tmp_path / "probe"
    target.mkdir()
    probe = subprocess.run(
        ["unshare", "-rm", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(target)],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def run_full_disk(tmp_path, mode: str) -> dict[str, dict]:
    folder, elsewhere = tmp_path / "disk", tmp_path / "elsewhere"
    folder.mkdir()
    elsewhere.mkdir()
    (elsewhere / "passphrase").write_text(support.PASSPHRASE + "\n", encoding="utf-8")
    command = support.child_command(str(folder), mode, str(elsewhere))
    command[1] = str(CHILD)
    if mode == "tmpfs":
        command = ["unshare", "-rm", *command]
    child = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=support.REPO,
        env=support.child_env(),
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    phases = [json.loads(line) for line in child.stdout.splitlines() if line.startswith("{")]
    return {phase["phase"]: phase for phase in phases}


def assert_room_again(phases: dict[str, dict]) -> None:
    again = phases["room again"]
    assert again["outcomes"] == dict.fromkeys(WRITE_PATHS, "ok")
    assert again["signed"] and again["kept_words"]
    assert "done" in phases


def test_a_full_tmpfs_refuses_every_write_in_words_and_room_again_saves(tmp_path):
    if not user_can_mount_tmpfs(tmp_path):
        pytest.skip("this machine lets no user mount a tmpfs; the RLIMIT_FSIZE test runs")

    phases = run_full_disk(tmp_path, "tmpfs")

    full = phases["full"]["outcomes"]
    assert full == {
        **dict.fromkeys(WRITE_PATHS, "DiskRefused:full:vault"),
        "backup": "DiskRefused:full:copy",
    }
    for command, ran in phases["full"]["commands"].items():
        assert ran["rc"] == 1, (command, ran)
        assert ran["stderr"].startswith("nurse-desk: The disk is full"), (command, ran)
        assert "Traceback" not in ran["stderr"] and len(ran["stderr"].splitlines()) == 1
    assert_room_again(phases)
    assert phases["read-only"]["outcomes"] == {
        "autosave": "DiskRefused:read_only:vault",
        "plan_visit": "DiskRefused:read_only:vault",
        "backup": "DiskRefused:read_only:vault",
        "after": "ok",
        "backup_to_read_only": "DiskRefused:read_only:copy",
    }


@pytest.mark.skipif(not hasattr(os, "fork"), reason="RLIMIT_FSIZE is POSIX")
def test_a_file_size_limit_refuses_every_write_and_lifting_it_saves(tmp_path):
    phases = run_full_disk(tmp_path, "rlimit")

    # Past the limit Linux returns EFBIG, which SQLite reports as an I/O error, or a short
    # write, which it reports as a full disk: both are the disk refusing, never "unexpected".
    for path, result in phases["full"]["outcomes"].items():
        kind = "copy" if path == "backup" else "vault"
        assert result in (f"DiskRefused:full:{kind}", f"DiskRefused:io:{kind}"), (path, result)
    for command, ran in phases["full"]["commands"].items():
        assert ran["rc"] == 1 and "Traceback" not in ran["stderr"], (command, ran)
        assert len(ran["stderr"].splitlines()) == 1, (command, ran)
    assert_room_again(phases)


# -- failures no file system here can be made to produce on demand ----------------------------
def test_an_io_error_on_fsync_during_a_backup_is_refused_and_nothing_is_left(
    vault, school_id, tmp_path
):
    support.add_pupils(vault, school_id, 5)
    destination = tmp_path / "backups" / "nurse.backup"
    destination.parent.mkdir()

    def failing_fsync(descriptor):
        raise OSError(errno.EIO, "Input/output error")

    with pytest.MonkeyPatch.context() as patch, pytest.raises(errors.DiskRefused) as refused:
        patch.setattr(os, "fsync", failing_fsync)
        backup.backup(vault, destination)

    assert (refused.value.reason, refused.value.copy) == ("io", True)
    assert list(destination.parent.iterdir()) == []
    backup.backup(vault, destination)  # the disk works again: so does the backup
    assert destination.exists()


def test_a_vault_file_removed_while_unlocked_is_gone_not_unexpected(vault, school_id):
    vault.path.unlink()

    with pytest.raises(errors.DiskRefused) as refused:
        support.add_pupils(vault, school_id, 1)

    assert refused.value.reason in ("gone", "read_only")


def test_a_folder_removed_before_unlocking_new_connections_is_gone(vault_path, tmp_path):
    vault = Vault.create(vault_path, support.PASSPHRASE)
    vault.lock()
    key_path = tmp_path / "moved"
    vault_path.parent.rename(key_path)

    with pytest.raises(errors.DiskRefused) as refused:
        raw.connect(vault_path, support_key(key_path / vault_path.name))

    assert refused.value.reason == "gone"


def support_key(path):
    from nurse_desk.storage.key_derivation import VaultKey

    return VaultKey.from_passphrase(support.PASSPHRASE, raw.read_salt(path))


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (errno.ENOSPC, "full"),
        (errno.EDQUOT, "full"),
        (errno.EROFS, "read_only"),
        (errno.EACCES, "read_only"),
        (errno.ENOENT, "gone"),
        (errno.EIO, "io"),
    ],
)
def test_system_errors_name_their_reason(number, reason):
    refused = disk.refusal(OSError(number, os.strerror(number)))
    assert refused is not None and refused.reason == reason


def test_errors_that_are_no_disk_failure_pass_unchanged():
    assert disk.refusal(ValueError("no")) is None
    assert disk.refusal(OSError(errno.EINVAL, "bad")) is None
    with pytest.raises(KeyError), disk.disk_refusals():
        raise KeyError("not a disk")
