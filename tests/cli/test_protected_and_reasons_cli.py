"""The command line keeps a protected pupil's whereabouts out of every file and listing it
writes, asks for --reason before anything about pupils leaves, and logs the reason."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from protected_fixtures import add_protected_family, leaked, pdf_text
from visit_fixtures import TODAY

from nurse_desk.cli import EXIT_FAILED, EXIT_OK, main
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, pupils, settings
from nurse_desk.storage.vault import Vault

GOOD = "fjord tavle sykkel blåbær"


@pytest.fixture
def family(vault_folder, tmp_path):
    path = vault_folder / "cli.vault"
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    vault = Vault.create(path, GOOD)
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "", "no"))
    emil, visit_id = add_protected_family(vault)
    older = pupils.add_pupil(vault, NewPupil("Sara", "Berg", date(2009, 3, 1), "Granly", "10A"))
    vault.lock()
    args = ["--vault", str(path), "--passphrase-file", str(secret)]
    return args, emil, visit_id, older


def log_of(args, **query):
    vault = Vault.open(Path(args[1]), GOOD)
    try:
        return access.log_entries(vault, **query)
    finally:
        vault.lock()


def test_pupils_list_json_carries_the_flag_and_no_contact_details(family, capsys):
    args, emil, _visit, older = family
    assert main(["pupils", "list", "--json", *args]) == EXIT_OK
    out = capsys.readouterr().out
    flags = {p["id"]: p["protected_identity"] for p in json.loads(out)}
    assert flags == {emil: True, older: False}
    assert leaked(out) == []
    assert main(["pupils", "list", *args]) == EXIT_OK
    assert "(protected identity)" in capsys.readouterr().out


def test_protect_and_unprotect_from_the_command_line_are_logged(family, capsys):
    args, _emil, _visit, older = family
    assert main(["pupils", "protect", str(older), *args]) == EXIT_OK
    assert main(["pupils", "protect", str(older), *args]) == EXIT_OK  # no change, no entry
    assert "(unchanged)" in capsys.readouterr().out
    assert main(["pupils", "protect", str(older), "--off", *args]) == EXIT_OK
    actions = [e.action for e in log_of(args, pupil_id=older)]
    assert actions == [AccessAction.PROTECT, AccessAction.UNPROTECT]
    assert main(["pupils", "protect", "9999", *args]) == EXIT_FAILED
    assert "no pupil 9999" in capsys.readouterr().err


def test_print_visit_refuses_without_a_reason_and_never_prints_the_address(
    family, tmp_path, capsys
):
    args, emil, visit_id, _older = family
    out = tmp_path / "sheet.pdf"
    assert main(["print-visit", str(visit_id), "--out", str(out), "--named", *args]) == 1
    assert "--reason" in capsys.readouterr().err and not out.exists()
    assert log_of(args, action=AccessAction.EXPORT) == []
    command = ["print-visit", str(visit_id), "--out", str(out), "--named"]
    assert main([*command, "--reason", "Forberede besøket", *args]) == EXIT_OK
    text = pdf_text(out.read_bytes())
    assert "Emil Aasen" in text and "SPERRET ADRESSE" in text
    assert leaked(text) == []
    saved = log_of(args, action=AccessAction.EXPORT)
    assert [(e.pupil_id, e.detail) for e in saved] == [
        (emil, f"visit {visit_id} sheet, named, saved, command line; reason: Forberede besøket")
    ]


def test_the_calendar_needs_a_reason_and_carries_no_address(family, tmp_path, capsys):
    args, emil, _visit, _older = family
    ics = tmp_path / "agenda.ics"
    common = ["agenda", "--ics", str(ics), "--date", TODAY.isoformat()]
    assert main([*common, *args]) == EXIT_FAILED
    assert "--reason" in capsys.readouterr().err and not ics.exists()
    assert main([*common, "--reason", "Min egen kalender", *args]) == EXIT_OK
    data = ics.read_text(encoding="utf-8")
    assert "E.A." in data and leaked(data) == []
    exports = log_of(args, action=AccessAction.EXPORT, pupil_id=emil)
    assert [e.detail for e in exports] == [f"agenda ics {TODAY}; reason: Min egen kalender"]
    assert main(["agenda", "--json", "--date", TODAY.isoformat(), *args]) == EXIT_OK
    listing = capsys.readouterr().out
    assert "Emil Aasen" in listing and leaked(listing) == []


def test_export_record_needs_a_reason_logs_who_asked_and_leaves_the_whereabouts_out(
    family, tmp_path, capsys
):
    args, emil, _visit, _older = family
    out = tmp_path / "record.pdf"
    command = ["export-record", str(emil), "--out", str(out), "--lang", "en"]
    assert main([*command, *args]) == EXIT_FAILED
    assert "--reason" in capsys.readouterr().err and not out.exists()
    asked = ["--reason", "Innsyn", "--requester", "guardian"]
    assert main([*command, *asked, *args]) == EXIT_OK
    assert "16 or older" not in capsys.readouterr().err  # Emil is 14
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out.read_bytes())
    assert "Emil Aasen" in text and "PROTECTED IDENTITY" in text and "Anne Aasen" in text
    assert "Requested by: A guardian" in text and "Purpose: Innsyn" in text
    assert leaked(text) == []
    exports = log_of(args, action=AccessAction.EXPORT, pupil_id=emil)
    assert [e.detail for e in exports] == ["record pdf, for guardian; reason: Innsyn"]


def test_a_guardian_asking_for_the_record_of_a_pupil_of_16_is_warned_about(
    family, tmp_path, capsys
):
    args, _emil, _visit, older = family
    out = tmp_path / "record.pdf"
    command = ["export-record", str(older), "--out", str(out), "--reason", "Innsyn", "--replace"]
    assert main([*command, "--requester", "guardian", *args]) == EXIT_OK
    assert "16 or older" in capsys.readouterr().err
    assert main([*command, "--requester", "pupil", *args]) == EXIT_OK
    assert "16 or older" not in capsys.readouterr().err
    assert (
        main(["export-record", "9999", "--out", str(out), "--reason", "x", "--replace", *args]) == 1
    )


def test_export_record_to_an_unwritable_place_logs_nothing(family, tmp_path, capsys):
    """Only what actually left is logged: the entry is kept once the file is written."""
    args, emil, _visit, _older = family
    out = tmp_path / "no such folder" / "record.pdf"
    command = ["export-record", str(emil), "--out", str(out), "--reason", "Innsyn"]
    assert main([*command, *args]) == EXIT_FAILED
    assert capsys.readouterr().err.strip() and not out.exists()
    assert log_of(args, action=AccessAction.EXPORT, pupil_id=emil) == []
