"""`nurse-desk pupils list --json` and `nurse-desk pupils import FILE`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from class_list_fixtures import made_up_pupils, with_changes, write_class_list

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


def test_import_prints_counts_and_a_second_run_changes_nothing(vault_args, tmp_path, capsys):
    path = write_class_list(tmp_path / "elever.csv", made_up_pupils(25), encoding="cp1252")
    assert main(["pupils", "import", str(path), *vault_args]) == 0
    assert capsys.readouterr().out.strip() == "new 25, changed 0, unchanged 0, errors 0"
    assert main(["pupils", "import", str(path), *vault_args]) == 0
    assert capsys.readouterr().out.strip() == "new 0, changed 0, unchanged 25, errors 0"
    main(["pupils", "list", "--json", *vault_args])
    assert len(json.loads(capsys.readouterr().out)) == 27


def test_import_with_a_bad_line_exits_non_zero_and_writes_nothing(vault_args, tmp_path, capsys):
    listed = made_up_pupils(20)
    listed[15] = with_changes(listed[15], national_id="15101250251")
    path = write_class_list(tmp_path / "elever.csv", listed)
    assert main(["pupils", "import", str(path), *vault_args]) == 1
    captured = capsys.readouterr()
    assert "line 17: national ID '15101250251' is not valid" in captured.err
    assert "errors 1" in captured.out and "nothing imported" in captured.out
    main(["pupils", "list", "--json", *vault_args])
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["pupils", "import", str(path), "--skip-bad-lines", *vault_args]) == 0
    assert capsys.readouterr().out.strip() == "new 19, changed 0, unchanged 0, errors 1"


def test_a_stray_quotation_mark_refuses_the_file_and_says_on_which_line(
    vault_args, tmp_path, capsys
):
    """The quote opened on line 6 took lines 7 to 21 with it: 15 pupils dropped without a word,
    even with --skip-bad-lines. Now the file is refused, the line named, the vault untouched."""
    path = write_class_list(tmp_path / "elever.csv", made_up_pupils(20), encoding="cp1252")
    lines = path.read_bytes().split(b"\r\n")
    lines[5] = lines[5].replace(b";", b';"', 1)
    path.write_bytes(b"\r\n".join(lines))
    vault = Path(vault_args[1])
    before = vault.read_bytes()
    for skip in ((), ("--skip-bad-lines",)):
        assert main(["pupils", "import", str(path), *skip, *vault_args]) == 1
        refused = capsys.readouterr().err
        assert "Line 6 of the file opens a quotation mark" in refused, refused
        assert vault.read_bytes() == before


def test_import_of_a_file_without_names_is_refused_in_words(vault_args, tmp_path, capsys):
    path = tmp_path / "rubbish.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    assert main(["pupils", "import", str(path), *vault_args]) == 1
    assert "Cannot tell which column" in capsys.readouterr().err


def test_school_option_and_an_unknown_mapping_name(vault_args, tmp_path, capsys):
    path = tmp_path / "klasse.csv"
    path.write_text("Elev;Født;Klasse\nNordmann, Kari;03.04.2014;6a\n", encoding="utf-8-sig")
    assert main(["pupils", "import", str(path), "--mapping", "Visma", *vault_args]) == 1
    assert "Visma" in capsys.readouterr().err
    assert main(["pupils", "import", str(path), "--school", "Solbakken skole", *vault_args]) == 0
    assert capsys.readouterr().out.strip() == "new 1, changed 0, unchanged 0, errors 0"
    main(["pupils", "list", "--json", *vault_args])
    kari = next(p for p in json.loads(capsys.readouterr().out) if p["name"] == "Kari Nordmann")
    assert (kari["school"], kari["class"], kari["birth_date"]) == (
        "Solbakken skole",
        "6A",
        "2014-04-03",
    )
