"""A printout or export given the open vault's own name (or one of its -wal, -shm or lock
files) is refused and the vault stays whole: written there, it replaced every pupil's record
with one unencrypted PDF, and the vault could no longer be opened."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from nurse_desk.cli import EXIT_FAILED, main
from nurse_desk.domain import errors
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.services import access, open_export, record_export
from nurse_desk.services.saved_files import write_private_file
from nurse_desk.storage.vault import Vault
from nurse_desk.storage.vault_lock import lock_file_of

PASSPHRASE = "fjord tavle sykkel blåbær"


def _files(vault: Vault) -> list[Path]:
    path = vault.path
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_file_of(path)]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_no_printout_or_export_is_written_over_the_open_vault(vault, pupil_id):
    vault.checkpoint()
    before = _digest(vault.path)
    for target in _files(vault):
        with pytest.raises(errors.WouldReplaceTheVault) as refused:
            write_private_file(target, b"%PDF-1.4 record")
        assert refused.value.path == str(target)
    with pytest.raises(errors.WouldReplaceTheVault):
        record_export.export_record(vault, pupil_id, reason="Innsyn", out=vault.path)
    with pytest.raises(errors.WouldReplaceTheVault):
        open_export.write_export(vault, vault.path, passphrase="en annen lang passfrase")
    with pytest.raises(errors.WouldReplaceTheVault):
        open_export.write_export(vault, Path(f"{vault.path}-wal"), passphrase=None)
    vault.checkpoint()
    assert _digest(vault.path) == before
    path = vault.path
    vault.lock()
    Vault.open(path, PASSPHRASE).lock()


@pytest.fixture
def demo_on_the_command_line(tmp_path, capsys) -> tuple[Path, list[str]]:
    """A demo vault made by the command line, and the options that open it."""
    path, secret = tmp_path / "v.vault", tmp_path / "pw.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    opening = ["--vault", str(path), "--passphrase-file", str(secret)]
    main(["demo", *opening])
    capsys.readouterr()
    return path, opening


def test_the_command_line_refuses_a_record_written_over_the_vault(demo_on_the_command_line, capsys):
    path, opening = demo_on_the_command_line
    code = main(["export-record", "8", "--out", str(path), "--reason", "Innsyn", *opening])
    assert code == EXIT_FAILED
    assert f"{path} is the open vault" in capsys.readouterr().err
    assert main(["check", *opening]) == 0


def test_a_calendar_refused_over_the_vault_is_not_logged_as_exported(
    demo_on_the_command_line, capsys
):
    path, opening = demo_on_the_command_line
    code = main(["agenda", "--ics", str(path), "--reason", "kalender", *opening])
    assert code == EXIT_FAILED
    assert f"{path} is the open vault" in capsys.readouterr().err
    vault = Vault.open(path, PASSPHRASE)
    try:
        exports = access.log_entries(vault, action=AccessAction.EXPORT)
        assert [entry for entry in exports if entry.detail.startswith("agenda ics")] == []
    finally:
        vault.lock()
