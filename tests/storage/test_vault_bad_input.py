"""Odd files at and beside the vault: named in the nurse's words, never a traceback, and the key
is wiped on every way out of Vault.open that is not success."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import storage_support as support
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nurse_desk.domain import errors
from nurse_desk.storage import key_derivation, leftovers
from nurse_desk.storage import vault as vault_module
from nurse_desk.storage.sqlcipher import PAGE_SIZE, looks_encrypted, probe_file
from nurse_desk.storage.vault import Vault, remove_stale_temporaries, temporary_beside

MODEST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
KINDS = ("creating", "writing", "rekey", "restoring")


# -- files beside the vault -----------------------------------------------------------------
def file_names():
    plain = st.text(min_size=1, max_size=40).filter(
        lambda n: "/" not in n and "\x00" not in n and n not in (".", "..")
    )
    ours = st.builds(
        lambda kind, pid, ns, tail: f".nurse.vault.{kind}-{pid}-{ns}{tail}",
        st.sampled_from(KINDS),
        st.one_of(st.integers(0, 10**6), st.just(10**30), st.just(-5), st.text("0123456789²x")),
        st.one_of(st.integers(0, 10**12), st.just(""), st.just("ns")),
        st.sampled_from(["", "-wal", "-shm", "-journal", ".bak", "-1.bak", "~", "-wal-x"]),
    )
    almost = st.sampled_from(
        [".nurse.vault.writing-1.bak", ".nurse.vault.writing-", ".nurse.vault.writing-1",
         ".nurse.vault.writing-1-2.bak", "nurse.vault.writing-1-2", ".nurse.vault.copying-1-2",
         ".nurse.vault.writing-١-2", ".other.vault.writing-1-2", ".nurse.vault.writing--1-2"]
    )  # fmt: skip
    return st.lists(st.one_of(plain, ours, almost), max_size=8, unique=True)


def strictly_ours(name: str) -> bool:
    for kind in KINDS:
        prefix = f".nurse.vault.{kind}-"
        if not name.startswith(prefix):
            continue
        rest = name[len(prefix) :]
        for suffix in ("-wal", "-shm", "-journal"):
            rest = rest.removesuffix(suffix)
        pid, dash, ns = rest.partition("-")
        return bool(
            dash
            and pid.isascii()
            and pid.isdigit()
            and 0 < int(pid) < 2**31
            and ns.isascii()
            and ns.isdigit()
        )
    return False


@MODEST
@given(names=file_names(), as_folders=st.lists(st.booleans(), min_size=8, max_size=8))
def test_any_file_beside_the_vault_is_left_alone_unless_it_is_our_stale_temporary(
    tmp_path, monkeypatch, names, as_folders
):
    monkeypatch.setattr(leftovers, "process_alive", lambda pid: pid % 2 == 0)
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    for name, as_folder in zip(names, as_folders, strict=False):
        if as_folder:
            (folder / name).mkdir()
        else:
            (folder / name).write_bytes(b"x")
    remove_stale_temporaries(folder / "nurse.vault")
    for name, as_folder in zip(names, as_folders, strict=False):
        gone = strictly_ours(name) and not as_folder and int(name.split("-")[1]) % 2 == 1
        assert (folder / name).exists() != gone, name


def test_a_stray_backup_copy_beside_the_vault_does_not_stop_it_opening(vault_path):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    stray = vault_path.with_name(f".{vault_path.name}.writing-1.bak")
    stray.write_bytes(b"the nurse's own copy")
    Vault.open(vault_path, support.PASSPHRASE).lock()
    assert stray.read_bytes() == b"the nurse's own copy"


def test_our_stale_temporary_and_its_sidecars_are_removed(vault_path):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    stale = vault_path.with_name(f".{vault_path.name}.writing-{2**31 - 2}-81723")  # no such pid
    for suffix in ("", "-wal", "-shm"):
        Path(f"{stale}{suffix}").write_bytes(b"left by a killed backup")
    mine = temporary_beside(vault_path, "rekey")  # this process is alive: kept
    mine.write_bytes(b"in use")
    Vault.open(vault_path, support.PASSPHRASE).lock()
    assert [p.name for p in vault_path.parent.iterdir() if p.name.startswith(".")] == [mine.name]


def test_a_process_of_another_user_counts_as_alive():
    assert leftovers.process_alive(os.getpid())
    if os.getuid() != 0:  # as root, pid 1 can be signalled and so is plainly alive
        assert leftovers.process_alive(1)  # EPERM, not an error


# -- the key on every failing way out of Vault.open ---------------------------------------
@pytest.fixture
def keys(monkeypatch):
    made: list[key_derivation.VaultKey] = []
    real = key_derivation.VaultKey.from_passphrase.__func__

    def keep(cls, passphrase, salt):
        made.append(real(cls, passphrase, salt))
        return made[-1]

    monkeypatch.setattr(key_derivation.VaultKey, "from_passphrase", classmethod(keep))
    return made


class Boom(Exception):
    pass


def fail(*args, **kwargs):
    raise Boom()


@pytest.mark.parametrize(
    "where",
    [
        "verify_read_only",
        "remove_stale_temporaries",
        "quick_check",
        "migrate",
        "migrate_then_lock",
        "quick_check_database",
    ],
)
def test_the_key_is_wiped_whatever_fails_while_opening(vault_path, monkeypatch, keys, where):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    keys.clear()
    # As for a vault from an older app: the integrity check and the migration run on unlock.
    monkeypatch.setattr(vault_module.schema, "needs_upgrade", lambda revision: True)
    if where == "remove_stale_temporaries":
        monkeypatch.setattr(vault_module, "remove_stale_temporaries", fail)
    elif where == "migrate_then_lock":
        monkeypatch.setattr(Vault, "migrate", fail)
        monkeypatch.setattr(Vault, "checkpoint", fail)  # lock() itself fails on the way
    elif where == "quick_check_database":
        import sqlcipher3.dbapi2 as sqlcipher

        def unreadable(self):
            raise sqlcipher.DatabaseError("file is not a database")

        monkeypatch.setattr(Vault, "quick_check", unreadable)
    else:
        monkeypatch.setattr(Vault, where, fail)
    expected = errors.DamagedVault if where == "quick_check_database" else Boom
    with pytest.raises(expected):
        Vault.open(vault_path, support.PASSPHRASE)
    assert [repr(key) for key in keys] == ["<VaultKey wiped>"]


def test_a_wrong_passphrase_wipes_the_key_too(vault_path, keys):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    keys.clear()
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault_path, support.WRONG_PASSPHRASE)
    assert [repr(key) for key in keys] == ["<VaultKey wiped>"]


# -- a file that is not a vault at all ------------------------------------------------------
def test_a_text_file_is_not_a_vault_and_a_cut_vault_is_truncated(vault_path, tmp_path):
    text = tmp_path / "notes.vault"
    text.write_text("Vaksinasjon 8B tirsdag.\n" * 300, encoding="utf-8")  # 7200 bytes
    with pytest.raises(errors.NotAVault):
        Vault.open(text, support.PASSPHRASE)
    tiny = tmp_path / "tiny.vault"
    tiny.write_bytes(os.urandom(100))
    with pytest.raises(errors.NotAVault):
        probe_file(tiny)
    Vault.create(vault_path, support.PASSPHRASE).lock()
    cut = tmp_path / "cut.vault"
    cut.write_bytes(vault_path.read_bytes()[: PAGE_SIZE + 700])
    with pytest.raises(errors.TruncatedVault):
        Vault.open(cut, support.PASSPHRASE)


def test_a_text_file_offered_as_a_backup_is_not_a_backup(vault, tmp_path):
    from nurse_desk.storage import backup

    vault.lock()
    offered = tmp_path / "notes.backup"
    offered.write_text("Vaksinasjon 8B tirsdag.\n" * 300, encoding="utf-8")
    with pytest.raises(errors.BackupRefused) as refused:
        backup.restore(vault.path, offered, support.PASSPHRASE)
    assert refused.value.reason == "not_a_backup"


def test_ciphertext_is_told_from_text():
    assert looks_encrypted(os.urandom(512))
    assert not looks_encrypted(os.urandom(511))
    assert not looks_encrypted(("Æ ø å. " * 600).encode())


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    data=st.one_of(
        st.binary(max_size=3 * PAGE_SIZE),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
        st.binary(min_size=1, max_size=64).map(lambda b: (b * PAGE_SIZE)[: 2 * PAGE_SIZE]),
    )
)
def test_any_bytes_as_the_vault_are_refused_as_a_vault_problem(tmp_path, data):
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "nurse.vault"
    path.write_bytes(data)
    with pytest.raises(errors.VaultError):
        Vault.open(path, support.PASSPHRASE)
    if data and not data.startswith(b"SQLite format 3\x00") and len(data) % PAGE_SIZE:
        with pytest.raises((errors.NotAVault, errors.TruncatedVault)):
            probe_file(path)
