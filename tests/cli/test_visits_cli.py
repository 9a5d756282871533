"""`nurse-desk print-visit`: the sheet as a private file, logged; clear words when it fails."""

from __future__ import annotations

import io
import stat

import pypdf
import pytest
from visit_fixtures import TODAY, full_plan

from nurse_desk.cli import EXIT_FAILED, EXIT_OK, main
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.services import access, home_visits, pupils, settings
from nurse_desk.storage.vault import Vault

GOOD = "fjord tavle sykkel blåbær"


def planned_vault(folder):
    path = folder / "visits.vault"
    vault = Vault.create(path, GOOD)
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "helsesykepleier", "no"))
    pupil_id = pupils.add_pupil(
        vault,
        NewPupil(
            "Emil",
            "Aasen",
            TODAY.replace(year=2012),
            "Granly skole",
            "8B",
            guardians=(GuardianRecord("Anne Aasen", "mor", "+47 900 00 000"),),
        ),
    )
    visit_id = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY).id
    vault.lock()
    return path, pupil_id, visit_id


def run(path, secret_file, *args):
    return main(
        [
            "print-visit",
            *map(str, args),
            "--vault",
            str(path),
            "--passphrase-file",
            str(secret_file),
        ]
    )


def test_print_visit_writes_an_owner_only_pdf_and_logs_it(vault_folder, tmp_path, capsys):
    path, pupil_id, visit_id = planned_vault(vault_folder)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    assert run(path, secret, visit_id, "--out", out, "--private") == EXIT_FAILED
    assert "--reason" in capsys.readouterr().err and not out.exists()
    reason = ("--reason", "Forberede besøket")
    assert run(path, secret, visit_id, "--out", out, "--private", *reason) == EXIT_OK
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    )
    assert "Hjemmebesøk" in text and "Aasen" not in text
    assert "not encrypted" in capsys.readouterr().err
    vault = Vault.open(path, GOOD)
    try:
        saved = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.EXPORT)
        printed = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.PRINT)
    finally:
        vault.lock()
    assert printed == []  # written to a file: an export, as a saved agenda is
    assert [p.detail for p in saved] == [
        f"visit {visit_id} sheet, private, saved, command line; reason: Forberede besøket"
    ]


def test_print_visit_names_the_problem_in_words(vault_folder, tmp_path, capsys):
    path, _pupil_id, visit_id = planned_vault(vault_folder)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    assert run(path, secret, visit_id + 99, "--out", out, "--reason", "Besøk") == EXIT_FAILED
    assert "no home visit with that number" in capsys.readouterr().err
    named = ("--named", "--for", "PPT", "--reason", "Samarbeid")
    assert run(path, secret, visit_id, "--out", out, *named) == EXIT_FAILED
    assert "no active consent" in capsys.readouterr().err
    assert not out.exists()


def test_print_visit_to_an_unwritable_place_logs_nothing(vault_folder, tmp_path, capsys):
    """Only what actually left is logged: the entry is made once the file is written."""
    path, pupil_id, visit_id = planned_vault(vault_folder)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    out = tmp_path / "no such folder" / "sheet.pdf"
    assert run(path, secret, visit_id, "--out", out, "--reason", "Besøk") == EXIT_FAILED
    assert capsys.readouterr().err.strip()
    vault = Vault.open(path, GOOD)
    try:
        logged = [
            e
            for action in (AccessAction.PRINT, AccessAction.EXPORT)
            for e in access.log_entries(vault, pupil_id=pupil_id, action=action)
        ]
    finally:
        vault.lock()
    assert logged == []


def test_print_visit_without_school_writes_the_private_sheet_without_school_and_class(
    vault_folder, tmp_path, capsys
):
    path, pupil_id, visit_id = planned_vault(vault_folder)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    out = tmp_path / "sheet.pdf"
    reason = ("--reason", "Forberede besøket")
    assert run(path, secret, visit_id, "--out", out, "--without-school", *reason) == EXIT_OK
    text = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    )
    assert "Aasen" not in text and "Granly" not in text and "8B" not in text
    assert "uten skole og klasse" in text
    assert "private (no school)" in capsys.readouterr().err
    vault = Vault.open(path, GOOD)
    try:
        saved = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.EXPORT)
    finally:
        vault.lock()
    assert [p.detail for p in saved] == [
        f"visit {visit_id} sheet, private without school, saved, command line; "
        "reason: Forberede besøket"
    ]
    with pytest.raises(SystemExit):  # a named sheet without school makes no sense
        run(path, secret, visit_id, "--out", out, "--named", "--without-school", *reason)
