"""`nurse-desk hand-over`, `nurse-desk receive` and `nurse-desk retention`: a record from one
vault to another on the command line, refusals in words, and a deposit then a removal."""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest

from nurse_desk.cli import EXIT_FAILED, EXIT_OK, main
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, consents, journal, pupils, settings
from nurse_desk.storage.vault import Vault

GOOD = "fjord tavle sykkel blåbær"
OTHER = "et annet hvelv ved ny skole"
FNR = "15108695088"


def make_vault(path, passphrase, name, *, pupil: bool, left_on=None) -> int | None:
    """A Norwegian vault, or a Swedish one (ten years' retention) for a pupil who left."""
    country = "no" if left_on is None else "se"
    vault = Vault.create(path, passphrase)
    try:
        settings.save_settings(vault, settings.VaultSettings(name, "helsesykepleier", country))
        if not pupil:
            return None
        pupil_id = pupils.add_pupil(
            vault,
            NewPupil(
                "Emil",
                "Aasen",
                date(1986, 10, 15),
                "Granly",
                "8B",
                FNR if country == "no" else None,
                left_on=left_on,
            ),
        )
        draft = NoteDraft(pupil_id, datetime(2012, 3, 2, 10), NoteKind.PLANNED, conversation="Søvn")
        journal.sign_note(vault, journal.save_draft(vault, draft).id)
        return pupil_id
    finally:
        vault.lock()


def give_consent(path, pupil_id) -> None:
    vault = Vault.open(path, GOOD)
    try:
        consents.record_consent(
            vault,
            ConsentRecord(
                0,
                pupil_id,
                ConsentGiver.BOTH,
                "Anne Aasen",
                ConsentPurpose.TRANSFER_RECORDS,
                "",
                ConsentMethod.WRITTEN,
                date(2026, 1, 5),
                None,
                None,
                "",
            ),
        )
    finally:
        vault.lock()


@pytest.fixture
def secrets(tmp_path):
    files = {}
    for name, text in (("good", GOOD), ("other", OTHER)):
        files[name] = tmp_path / f"{name}.txt"
        files[name].write_text(text + "\n", encoding="utf-8")
    return files


def cli(path, secret, *args):
    return main([*map(str, args), "--vault", str(path), "--passphrase-file", str(secret)])


def test_a_record_from_one_vault_to_another(vault_folder, tmp_path, secrets, capsys):
    first, second = vault_folder / "first.vault", vault_folder / "second.vault"
    pupil_id = make_vault(first, GOOD, "Kari Nordmann", pupil=True)
    make_vault(second, OTHER, "Siri Berg", pupil=False)
    target = tmp_path / "emil.transfer"

    code = cli(
        first, secrets["good"], "hand-over", pupil_id, "--out", target, "--reason", "flyttet"
    )
    assert code == EXIT_FAILED and not target.exists()
    assert "no active consent" in capsys.readouterr().err

    give_consent(first, pupil_id)
    code = cli(
        first, secrets["good"], "hand-over", pupil_id, "--out", target, "--reason", "flyttet"
    )
    assert code == EXIT_OK
    out = capsys.readouterr().out
    passphrase = re.search(r"one-time passphrase: (\S+)", out).group(1)
    assert "separately" in out
    given = tmp_path / "given.txt"
    given.write_text(passphrase + "\n", encoding="utf-8")

    args = ("receive", target, "--transfer-passphrase-file", given, "--school", "Fjordsiden")
    assert cli(second, secrets["other"], *args) == EXIT_OK
    out = capsys.readouterr().out
    assert "(new pupil) from Kari Nordmann, helsesykepleier" in out
    assert cli(second, secrets["other"], *args) == EXIT_OK
    assert " 0 items added" in capsys.readouterr().out
    vault = Vault.open(second, OTHER)
    try:
        [pupil] = pupils.list_pupils(vault)
        assert (pupil.national_id, pupil.school_name) == (FNR, "Fjordsiden")
        received = access.log_entries(vault, action=AccessAction.RECEIVED)
        assert len(received) == 2
    finally:
        vault.lock()

    given.write_text("feil-feil-feil\n", encoding="utf-8")
    before = second.read_bytes()
    assert cli(second, secrets["other"], *args) == EXIT_FAILED
    # The nurse's own passphrase was right: the words blame the transfer file's, not the vault.
    refused = capsys.readouterr().err
    assert "transfer file" in refused and "vault" not in refused
    assert second.read_bytes() == before


def test_retention_list_deposit_and_remove(vault_folder, tmp_path, secrets, capsys):
    path = vault_folder / "first.vault"
    pupil_id = make_vault(path, GOOD, "Kari Nordmann", pupil=True, left_on=date(2013, 6, 20))
    assert cli(path, secrets["good"], "retention", "list", "--json") == EXIT_OK
    [row] = json.loads(capsys.readouterr().out)
    assert (row["pupil_id"], row["removable_from"], row["can_be_removed"]) == (
        pupil_id,
        "2022-03-02",  # Sweden: ten years after the last entry
        False,
    )
    assert cli(path, secrets["good"], "retention", "remove", pupil_id, "--yes") == EXIT_FAILED
    assert "archive first" in capsys.readouterr().err
    folder = tmp_path / "archive"
    folder.mkdir()
    code = cli(path, secrets["good"], "retention", "deposit", pupil_id, "--out", folder)
    assert code == EXIT_OK and len(list(folder.iterdir())) == 2
    capsys.readouterr()
    assert cli(path, secrets["good"], "retention", "remove", pupil_id, "--yes") == EXIT_OK
    assert "removed pupil" in capsys.readouterr().out
    assert cli(path, secrets["good"], "retention", "list", "--json") == EXIT_OK
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    "content",
    [b"", b"Hei, her kommer journalen\n", bytes(range(256)) * 20, b'{"format": "x"}'],
    ids=["empty", "text", "cut-short-looking", "json"],
)
def test_a_file_that_is_no_transfer_file_is_refused_as_such(
    vault_folder, tmp_path, secrets, capsys, content
):
    """Random bytes were 'The vault file is cut short (truncated); restore it from a backup':
    about the nurse's own vault, which was fine, and a restore would lose her latest work."""
    second = vault_folder / "second.vault"
    make_vault(second, OTHER, "Siri Berg", pupil=False)
    given = tmp_path / "given.txt"
    given.write_text("abcd-efgh-jkmn-pqrs-tuvw-xyz2\n", encoding="utf-8")
    source = tmp_path / "from-school.transfer"
    source.write_bytes(content)
    before = second.read_bytes()
    args = ("receive", source, "--transfer-passphrase-file", given)
    assert cli(second, secrets["other"], *args) == EXIT_FAILED
    refused = capsys.readouterr().err
    assert "transfer file" in refused and "vault" not in refused and "backup" not in refused
    assert second.read_bytes() == before


def test_the_retention_list_is_logged_for_each_pupil_it_shows(vault_folder, secrets, capsys):
    """`pupils list` logs every pupil it prints; `retention list` printed the pupils who left
    (name, school, when they left, were handed over, archived) and logged nothing."""
    path = vault_folder / "first.vault"
    pupil_id = make_vault(path, GOOD, "Kari Nordmann", pupil=True, left_on=date(2013, 6, 20))
    for shown in ((), ("--json",)):
        assert cli(path, secrets["good"], "retention", "list", *shown) == EXIT_OK
        assert "Emil Aasen" in capsys.readouterr().out
    vault = Vault.open(path, GOOD)
    try:
        listed = access.log_entries(vault, action=AccessAction.LIST)
    finally:
        vault.lock()
    assert [(e.pupil_id, e.detail) for e in listed] == [(pupil_id, "retention list")] * 2
