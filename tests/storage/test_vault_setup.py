"""The SQLCipher build, the file header, connection settings, permissions and schema versions."""

from __future__ import annotations

import contextlib
import stat
import time
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
import storage_support as support
from sqlalchemy import text

from nurse_desk.domain import errors
from nurse_desk.storage import backup, key_derivation, schema
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey, new_salt
from nurse_desk.storage.vault import Vault


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- 1. build guard -----------------------------------------------------------------------
def test_build_is_sqlcipher_4_with_temp_store_in_memory():
    raw.assert_safe_build()
    with contextlib.closing(sqlcipher.connect(":memory:")) as probe:
        version = probe.execute("PRAGMA cipher_version").fetchone()
        options = {row[0] for row in probe.execute("PRAGMA compile_options")}
    assert version is not None, "no SQLCipher codec in this sqlite3 build"
    assert str(version[0]).startswith("4.")
    assert options & {"TEMP_STORE=2", "TEMP_STORE=3"}


def test_vault_connection_has_secure_delete_on(vault):
    with contextlib.closing(vault.raw_connection()) as connection:
        assert connection.execute("PRAGMA secure_delete").fetchone()[0] == 1


# -- 2. header ----------------------------------------------------------------------------
def test_vault_file_does_not_start_with_the_plain_sqlite_header(vault, school_id):
    support.add_pupils(vault, school_id, 20)
    vault.lock()
    head = vault.path.read_bytes()[:16]
    assert head != raw.SQLITE_MAGIC
    assert b"SQLite" not in vault.path.read_bytes()


# -- PRAGMAs ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("journal_mode", "wal"),
        ("synchronous", 2),
        ("temp_store", 2),
        ("foreign_keys", 1),
        ("secure_delete", 1),
        ("cipher_memory_security", 0),
        # what `cipher_compatibility = 4` pins (the PRAGMA itself only sets)
        ("cipher_page_size", 4096),
        ("cipher_hmac_algorithm", "hmac_sha512"),
        ("cipher_use_hmac", 1),
        ("cipher_plaintext_header_size", 0),
    ],
)
def test_every_session_connection_carries_the_security_pragmas(vault, pragma, expected):
    with vault.session() as session:
        value = session.execute(text(f"PRAGMA {pragma}")).scalar()
    assert str(value).lower() == str(expected)


def test_foreign_keys_are_enforced_through_the_session(vault):
    from sqlalchemy.exc import IntegrityError

    with vault.session() as session, pytest.raises(IntegrityError):
        session.add(support.new_pupil(school_id=999, number=1))
        session.commit()


# -- permissions --------------------------------------------------------------------------
def test_db_wal_and_shm_are_owner_only_while_open(vault, school_id):
    with contextlib.closing(vault.raw_connection()) as keeper:
        keeper.execute("SELECT count(*) FROM pupil").fetchone()
        support.add_pupils(vault, school_id, 5)
        for suffix in support.SIDECARS:
            path = support.sidecar(vault.path, suffix)
            assert path.exists(), f"expected {path.name} while a connection is open"
            assert mode_of(path) == 0o600, f"{path.name} is {oct(mode_of(path))}"


def test_new_vault_directory_is_owner_only(tmp_path):
    path = tmp_path / "fresh" / "nurse.vault"
    Vault.create(path, support.PASSPHRASE).lock()
    assert mode_of(path.parent) == 0o700
    assert mode_of(path) == 0o600


def test_backups_and_restored_vaults_are_owner_only(vault, school_id, tmp_path):
    support.add_pupils(vault, school_id, 5)
    same_key = tmp_path / "same.backup"
    new_key = tmp_path / "new.backup"
    backup.backup(vault, same_key)
    backup.backup(vault, new_key, new_passphrase=support.NEW_PASSPHRASE)
    assert mode_of(same_key) == 0o600
    assert mode_of(new_key) == 0o600
    path = vault.path
    vault.lock()
    restored = backup.restore(path, new_key, support.NEW_PASSPHRASE)
    try:
        assert mode_of(path) == 0o600
    finally:
        restored.lock()


def test_create_refuses_to_overwrite_an_existing_file(vault_path):
    vault_path.write_bytes(b"precious")
    with pytest.raises(errors.VaultAlreadyExists):
        Vault.create(vault_path, support.PASSPHRASE)
    assert vault_path.read_bytes() == b"precious"


def test_open_of_a_missing_file_says_so(tmp_path):
    with pytest.raises(errors.VaultMissing):
        Vault.open(tmp_path / "nothing.vault", support.PASSPHRASE)
    assert not (tmp_path / "nothing.vault").exists()


# -- schema versions ----------------------------------------------------------------------
def test_empty_keyed_file_migrates_to_head(vault_path):
    key = VaultKey.from_passphrase(support.PASSPHRASE, new_salt())
    connection = raw.connect(vault_path, key, creating=True)
    connection.execute(f"PRAGMA user_version = {schema.VAULT_FORMAT}")
    connection.close()
    key.wipe()

    vault = Vault.open(vault_path, support.PASSPHRASE)
    try:
        with vault.session() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == schema.head_revision()
        assert {"school", "pupil", "alembic_version"} <= set(vault.row_counts())
        vault.full_check()
    finally:
        vault.lock()


def assert_untouched_but_for_empty_sidecars(path: Path, before: dict[str, str]) -> None:
    """The vault's bytes are unchanged; the read-only probe may leave an empty -wal and a -shm.

    SQLite's read-only WAL reader creates -wal/-shm and cannot remove them; they hold no frames.
    """
    after = support.snapshot(path.parent)
    assert after[path.name] == before[path.name]
    assert set(after) - set(before) <= {f"{path.name}-wal", f"{path.name}-shm"}
    wal = support.sidecar(path, "-wal")
    if wal.exists():
        assert wal.stat().st_size == 0
    for name in after:
        assert mode_of(path.parent / name) == 0o600


def test_vault_from_newer_format_is_refused_without_a_change(vault):
    with contextlib.closing(vault.raw_connection()) as connection:
        connection.execute(f"PRAGMA user_version = {schema.VAULT_FORMAT + 1}")
    vault.lock()
    before = support.snapshot(vault.path.parent)

    with pytest.raises(errors.VaultFromNewerVersion) as caught:
        Vault.open(vault.path, support.PASSPHRASE)

    assert caught.value.found == schema.VAULT_FORMAT + 1
    assert_untouched_but_for_empty_sidecars(vault.path, before)


def test_vault_at_unknown_schema_revision_is_refused_without_a_change(vault):
    with contextlib.closing(vault.raw_connection()) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
    vault.lock()
    before = support.snapshot(vault.path.parent)

    with pytest.raises(errors.VaultFromNewerVersion):
        Vault.open(vault.path, support.PASSPHRASE)

    assert_untouched_but_for_empty_sidecars(vault.path, before)


# -- real key derivation ------------------------------------------------------------------
@pytest.mark.real_kdf
def test_unlock_with_the_real_argon2id_parameters_takes_a_noticeable_time(vault_path):
    assert key_derivation.derive_key is support.real_derive_key()
    assert key_derivation.FORMAT_1.memory_kib >= 64 * 1024
    Vault.create(vault_path, support.PASSPHRASE).lock()

    started = time.perf_counter()
    vault = Vault.open(vault_path, support.PASSPHRASE)
    elapsed = time.perf_counter() - started
    vault.lock()

    assert 0.15 <= elapsed <= 3.0, f"unlock took {elapsed:.2f} s"
