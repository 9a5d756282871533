"""A printout or export written to a file the nurse chose: owner-only from its first byte, and a
write the disk refuses half-way leaves no piece of it behind (nor unlogged), and an earlier
file of that name as it was."""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import sys
from datetime import datetime

import pytest

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.services import access, open_export
from nurse_desk.services.saved_files import write_private_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


@contextlib.contextmanager
def files_at_most(size: int):
    """The kernel refuses to grow any file past `size` bytes (EFBIG), as a full disk would
    refuse part-way (ENOSPC): the bytes up to the limit are written, the rest is not."""
    import resource

    previous_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous_signal = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, previous_limit[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, previous_limit)
        signal.signal(signal.SIGXFSZ, previous_signal)


def test_a_write_refused_half_way_leaves_no_part_and_keeps_the_earlier_file(tmp_path):
    target = tmp_path / "journal.pdf"
    target.write_bytes(b"the earlier file")
    os.chmod(target, 0o644)
    with files_at_most(4096), pytest.raises(OSError):
        write_private_file(target, b"health data " * 1000)
    assert target.read_bytes() == b"the earlier file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.pdf"]


def test_an_existing_file_is_owner_only_before_a_byte_is_written(tmp_path):
    target = tmp_path / "journal.pdf"
    target.write_bytes(b"")
    os.chmod(target, 0o644)
    write_private_file(target, b"health data")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"health data"


def test_a_plain_export_the_disk_refuses_leaves_nothing_and_is_not_logged(vault, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "everything.json"
    moment = datetime(2026, 11, 23, 9, 30)
    with files_at_most(512), pytest.raises(OSError):
        open_export.write_export(vault, target, passphrase=None, reason="Revisjon", now=moment)
    assert list(folder.iterdir()) == []  # no half a JSON file of health data
    exported = access.log_entries(vault, action=AccessAction.EXPORT)
    assert [entry for entry in exported if entry.at == moment] == []


def test_the_folder_is_flushed_after_the_rename(tmp_path, monkeypatch):
    """The new name lives in the folder: until the folder is flushed, a power cut may leave
    the earlier file (or none) where the nurse saved the record, as for a backup."""
    from nurse_desk.storage import sqlcipher

    done = []
    real_replace, real_fsync = os.replace, sqlcipher.fsync_path

    def replace(source, target):
        real_replace(source, target)
        done.append(("renamed", target))

    def fsync_path(path):
        real_fsync(path)
        done.append(("flushed", path))

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(sqlcipher, "fsync_path", fsync_path)
    target = tmp_path / "journal.pdf"
    write_private_file(target, b"health data")
    assert done == [("renamed", target), ("flushed", tmp_path)]


def test_a_folder_that_cannot_be_flushed_does_not_fail_the_save(tmp_path, monkeypatch):
    """The file is whole under its name by then: failing would roll back the log entry of a
    record that was saved."""
    from nurse_desk.storage import sqlcipher

    def refused(path):
        raise OSError(22, "Invalid argument")

    monkeypatch.setattr(sqlcipher, "fsync_path", refused)
    target = tmp_path / "journal.pdf"
    write_private_file(target, b"health data")
    assert target.read_bytes() == b"health data"


def _no_hard_links(*_):
    raise PermissionError(1, "Operation not permitted")  # as FAT or a share answers os.link


@pytest.mark.parametrize("links", ["hard links", "no hard links"])
def test_a_file_already_there_is_kept_unless_replaced_on_purpose(tmp_path, monkeypatch, links):
    """The command line's files without --replace: what is there stays, byte for byte, and
    no scratch file is left; a new name is written, owner-only."""
    from nurse_desk.domain import errors
    from nurse_desk.storage import transfer_file

    if links == "no hard links":
        monkeypatch.setattr(os, "link", _no_hard_links)
    kept = tmp_path / "yesterday.pdf"
    kept.write_bytes(b"yesterday's file")
    writers = {
        "saved": lambda target, **how: write_private_file(target, b"health data", **how),
        "transfer": lambda target, **how: transfer_file.write(target, b"{}", "x" * 20, **how),
    }
    for write in writers.values():
        with pytest.raises(errors.FileAlreadyThere) as refused:
            write(kept, replace=False)
        assert refused.value.path == str(kept) and kept.read_bytes() == b"yesterday's file"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["yesterday.pdf"]
    for name, write in writers.items():
        write(tmp_path / name, replace=False)
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    write_private_file(kept, b"today's file", replace=True)
    assert kept.read_bytes() == b"today's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["saved", "transfer", "yesterday.pdf"]
