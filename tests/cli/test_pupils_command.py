"""`nurse-desk pupils list --json` and `nurse-desk pupils import FILE`."""

from __future__ import annotations

import json
from datetime import date

import pytest

from nurse_desk.cli import main
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import pupils, settings
from nurse_desk.storage.vault import Vault

GOOD = "fjord tavle sykkel blåbær"


@pytest.fixture
def vault_args(vault_folder, tmp_path):
    path = vault_folder / "cli.vault"
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    vault = Vault.create(path, GOOD)
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "", "no"))
    pupils.add_pupil(
        vault,
        NewPupil("Åse", "Ødegård", date(2012, 10, 15), "Granly skole", "8B", "15101250250"),
    )
    pupils.add_pupil(vault, NewPupil("Emil", "Aasen", date(2013, 1, 2), "Bø skole", "7A"))
    vault.lock()
    return ["--vault", str(path), "--passphrase-file", str(secret)]


def test_list_json_prints_every_pupil_for_scripts(vault_args, capsys):
    assert main(["pupils", "list", "--json", *vault_args]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [
        (p["name"], p["birth_date"], p["national_id"], p["school"], p["class"]) for p in listed
    ] == [
        ("Emil Aasen", "2013-01-02", None, "Bø skole", "7A"),
        ("Åse Ødegård", "2012-10-15", "15101250250", "Granly skole", "8B"),
    ]
    assert all(isinstance(p["id"], int) for p in listed)


def test_list_without_json_prints_one_line_per_pupil(vault_args, capsys):
    assert main(["pupils", "list", *vault_args]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
