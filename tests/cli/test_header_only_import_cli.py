"""A file exported with nothing chosen (a header line, no rows) is refused by the command line's
imports in the same sentence the import window shows, and the command exits non-zero."""

from __future__ import annotations

from datetime import date

import pytest

from nurse_desk.cli import main
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import pupils, settings
from nurse_desk.storage.vault import Vault

GOOD = "fjord tavle sykkel blåbær"
SENTENCE = (
    "The file has a header line but no rows below it: there is nothing to import. Check what "
    "was chosen when the file was exported (school, class, dates)."
)


@pytest.fixture
def vault_args(vault_folder, tmp_path):
    path = vault_folder / "cli.vault"
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    vault = Vault.create(path, GOOD)
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "", "no"))
    pupils.add_pupil(vault, NewPupil("Emil", "Aasen", date(2013, 1, 2), "Bø skole", "7A"))
    vault.lock()
    return ["--vault", str(path), "--passphrase-file", str(secret)]


@pytest.mark.parametrize(
    ("command", "header"),
    [
        (["pupils", "import"], "Fornavn;Etternavn;Fødselsdato;Skole;Klasse"),
        (["absence", "import"], "Elev;Fødselsnummer;Dato;Time;Fag"),
    ],
)
def test_a_file_with_only_its_header_line_is_refused_in_words(
    vault_args, tmp_path, capsys, command, header
):
    path = tmp_path / "eksport.csv"
    path.write_text(header + "\n", encoding="utf-8")
    assert main([*command, str(path), *vault_args]) == 1
    said = capsys.readouterr()
    assert SENTENCE in said.err, said
    assert said.out == ""  # no counts of nothing, as if an import had run
