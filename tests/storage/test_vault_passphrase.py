"""Wrong passphrases: a clear domain error, no key material in it, and not one byte changed."""

from __future__ import annotations

import shutil
import traceback
import unicodedata
from pathlib import Path

import pytest
import storage_support as support

from nurse_desk.domain import errors
from nurse_desk.storage import key_derivation
from nurse_desk.storage.vault import Vault

NFC_PASSPHRASE = unicodedata.normalize("NFC", "blåbærsyltetøy på skolen")

WRONG_PASSPHRASES = {
    "wrong": support.WRONG_PASSPHRASE,
    "empty": "",
    "very_long": ("lang-passfrase-" * 700)[:10_000],
    "quote_and_backslash": "it's a \"quoted\" \\'; DROP TABLE pupil; -- x'00' \\\\",
    "nfd": unicodedata.normalize("NFD", "blåbærsyltetøy på feil skole"),
}


def error_texts(exc: BaseException) -> str:
    """Everything a log line or a crash report could show about the exception."""
    return "\n".join([str(exc), repr(exc), *map(str, exc.args), *traceback.format_exception(exc)])


def assert_no_secret_in(exc: BaseException, passphrase: str, salt: bytes) -> None:
    shown = error_texts(exc)
    if passphrase:
        for form in {passphrase, unicodedata.normalize("NFC", passphrase)}:
            assert form not in shown
    key = support.cheap_derive_key(passphrase, salt)
    assert key.hex() not in shown.lower()
    assert bytes(key).decode("latin-1") not in shown


@pytest.fixture
def live_vault(vault, school_id):
    """An unlocked vault whose WAL holds committed frames (a second connection keeps it)."""
    keeper = vault.raw_connection()
    keeper.execute("SELECT count(*) FROM pupil").fetchone()
    support.add_pupils(vault, school_id, 30)
    assert support.sidecar(vault.path, "-wal").stat().st_size > 0
    yield vault
    keeper.close()


def test_passphrase_fixture_is_ten_thousand_characters():
    assert len(WRONG_PASSPHRASES["very_long"]) == 10_000
    assert WRONG_PASSPHRASES["nfd"] != unicodedata.normalize("NFC", WRONG_PASSPHRASES["nfd"])


@pytest.mark.parametrize("passphrase", WRONG_PASSPHRASES.values(), ids=WRONG_PASSPHRASES.keys())
def test_wrong_passphrase_leaves_files_byte_identical(live_vault, passphrase):
    path = live_vault.path
    before = {name: support.sha256(support.sidecar(path, name)) for name in ("", "-wal")}

    with pytest.raises(errors.WrongPassphrase) as caught:
        Vault.open(path, passphrase)

    after = {name: support.sha256(support.sidecar(path, name)) for name in ("", "-wal")}
    assert after == before
    assert_no_secret_in(caught.value, passphrase, path.read_bytes()[:16])


@pytest.mark.parametrize("passphrase", WRONG_PASSPHRASES.values(), ids=WRONG_PASSPHRASES.keys())
def test_wrong_passphrase_on_a_locked_vault_creates_and_changes_nothing(vault, passphrase):
    vault.lock()
    before = support.snapshot(vault.path.parent)

    with pytest.raises(errors.WrongPassphrase):
        Vault.open(vault.path, passphrase)

    assert support.snapshot(vault.path.parent) == before


def test_vault_made_with_nfc_passphrase_opens_with_its_nfd_form(vault_path):
    Vault.create(vault_path, NFC_PASSPHRASE).lock()
    decomposed = unicodedata.normalize("NFD", NFC_PASSPHRASE)
    assert decomposed != NFC_PASSPHRASE

    Vault.open(vault_path, decomposed).lock()


def test_vault_made_with_nfd_passphrase_opens_with_its_nfc_form(vault_path):
    Vault.create(vault_path, unicodedata.normalize("NFD", NFC_PASSPHRASE)).lock()
    Vault.open(vault_path, NFC_PASSPHRASE).lock()


def test_key_repr_shows_no_key_bytes(vault):
    key = vault.key
    assert "VaultKey" in repr(key)
    assert key.sqlcipher_key().decode("ascii")[2:-1] not in repr(key)
    vault.lock()
    assert repr(key) == "<VaultKey wiped>"
    with pytest.raises(ValueError):
        key.sqlcipher_key()


# -- 4. hot WAL left by kill -9 -----------------------------------------------------------
@pytest.fixture(scope="module")
def crashed_with_hot_wal(tmp_path_factory):
    """A vault whose writer was killed with acknowledged commits still only in the WAL."""
    directory = tmp_path_factory.mktemp("hot-wal")
    path = directory / "nurse.vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_derivation, "derive_key", support.cheap_derive_key)
        vault = Vault.create(path, support.PASSPHRASE)
        support.add_school(vault)
        vault.lock()

    child = support.run_child("hot_wal", str(path), "25")

    assert child.returncode == -9, child.stderr
    acknowledged = {int(word) for word in support.lines_starting(child.stdout, "committed")}
    assert len(acknowledged) == 25
    assert support.sidecar(path, "-wal").stat().st_size > 0
    assert support.sidecar(path, "-shm").exists()
    return directory, acknowledged


def copy_of(crashed, tmp_path: Path) -> Path:
    directory, _ = crashed
    copy = tmp_path / "copy"
    shutil.copytree(directory, copy)
    return copy / "nurse.vault"


def test_wrong_passphrase_after_kill_leaves_db_and_wal_byte_identical(
    crashed_with_hot_wal, tmp_path
):
    path = copy_of(crashed_with_hot_wal, tmp_path)
    before = support.vault_files(path)

    with pytest.raises(errors.WrongPassphrase):
        Vault.open(path, support.WRONG_PASSPHRASE)

    after = support.vault_files(path)
    assert after["db"] == before["db"]
    assert after["-wal"] == before["-wal"]

    vault = Vault.open(path, support.PASSPHRASE)
    try:
        _, acknowledged = crashed_with_hot_wal
        assert acknowledged <= support.pupil_ids(vault)
        vault.full_check()
    finally:
        vault.lock()


def test_wrong_passphrase_after_kill_leaves_shm_byte_identical(crashed_with_hot_wal, tmp_path):
    path = copy_of(crashed_with_hot_wal, tmp_path)
    before = support.vault_files(path)

    with pytest.raises(errors.WrongPassphrase):
        Vault.open(path, support.WRONG_PASSPHRASE)

    assert support.vault_files(path) == before


def test_right_passphrase_after_kill_sees_every_acknowledged_row(crashed_with_hot_wal, tmp_path):
    path = copy_of(crashed_with_hot_wal, tmp_path)
    _, acknowledged = crashed_with_hot_wal

    vault = Vault.open(path, support.PASSPHRASE)
    try:
        assert acknowledged <= support.pupil_ids(vault)
        vault.full_check()
    finally:
        vault.lock()


def test_check_after_a_kill_leaves_db_wal_and_shm_byte_identical(crashed_with_hot_wal, tmp_path):
    """`nurse-desk check` reads; folding the crash's WAL into the file is the unlock's job."""
    from nurse_desk.services import vault_access

    path = copy_of(crashed_with_hot_wal, tmp_path)
    before = support.vault_files(path)
    counts = vault_access.check_vault(path, support.PASSPHRASE)
    assert support.vault_files(path) == before
    _, acknowledged = crashed_with_hot_wal
    assert counts["pupil"] >= len(acknowledged)  # the WAL's commits were read, not lost


def test_check_of_a_closed_vault_adds_no_file(vault_path):
    from nurse_desk.services import vault_access

    vault = Vault.create(vault_path, support.PASSPHRASE)
    support.add_pupils(vault, support.add_school(vault), 3)
    vault.lock()
    before = support.snapshot(vault_path.parent)
    assert vault_access.check_vault(vault_path, support.PASSPHRASE)["pupil"] == 3
    assert support.snapshot(vault_path.parent) == before
