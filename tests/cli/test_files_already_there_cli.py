"""Every sub-command that writes a file keeps one already there under that name, as `backup`
does: refused in words that name it and say how to replace it, the file byte for byte as it
was, nothing logged; `--replace` replaces it on purpose."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from visit_fixtures import home_visit_consent

from nurse_desk.cli import EXIT_FAILED, EXIT_OK, main
from nurse_desk.domain.consent import ConsentGiver, ConsentPurpose
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, consents, pupils
from nurse_desk.services.demo import fill_everything
from nurse_desk.storage.vault import Vault

GOOD = "fjord tavle sykkel blåbær"
TRANSFER = "passfrase for overføringsfila"
YESTERDAYS = b"yesterday's file, kept by the nurse"
HANDED_OVER = 8  # a demo pupil, given a consent to transfer records below


@pytest.fixture(scope="module")
def made_once(tmp_path_factory) -> dict:
    """Where the demo vault is kept once made (by the first test: a module fixture would come
    before conftest's fast key derivation, which every test opens the vault with)."""
    return {"folder": tmp_path_factory.mktemp("made-once")}


def _make(folder):
    """A demo vault with a consent to hand over a record and a pupil who left school."""
    vault = Vault.create(folder / "demo.vault", GOOD)
    try:
        fill_everything(vault)
        transfer = dict(purpose=ConsentPurpose.TRANSFER_RECORDS, given_on=date(2020, 1, 5))
        consents.record_consent(
            vault, home_visit_consent(HANDED_OVER, ConsentGiver.BOTH, **transfer)
        )
        left = date(2024, 6, 20)
        gone = NewPupil("Ola", "Lie", date(2008, 5, 1), "Granly skole", "10A", None, left_on=left)
        return vault.path, pupils.add_pupil(vault, gone)
    finally:
        vault.lock()


@pytest.fixture
def demo(made_once, vault_folder, tmp_path):
    if "vault" not in made_once:
        made_once["vault"] = _make(made_once["folder"])
    made, gone = made_once["vault"]
    path = shutil.copy(made, vault_folder / "demo.vault")
    for name, text in (("vault", GOOD), ("transfer", TRANSFER)):
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    saved = tmp_path / "saved"
    saved.mkdir()
    return path, gone, saved


def _deposited(folder, pupil_id):
    return folder / f"pupil-{pupil_id}-record-{date.today():%Y-%m-%d}.pdf"


# Each sub-command that writes a file: its arguments (TARGET: the file, PUPIL: the pupil who
# left school) and where it writes.
WRITING = {
    "export-record": (("export-record", 8, "--out", "TARGET", "--reason", "Innsyn"), "r.pdf"),
    "print-visit": (("print-visit", 3, "--out", "TARGET", "--reason", "Besøk"), "sheet.pdf"),
    "export --plain": (("export", "--out", "TARGET", "--plain", "--reason", "Ny PC"), "a.json"),
    "export": (
        ("export", "--out", "TARGET", "--reason", "Ny PC", "--transfer-passphrase-file", "T"),
        "all.transfer",
    ),
    "hand-over": (("hand-over", HANDED_OVER, "--out", "TARGET", "--reason", "flyttet"), "h.t"),
    "figures --csv": (("figures", "--csv", "TARGET"), "figures.csv"),
    "figures --pdf": (("figures", "--pdf", "TARGET"), "figures.pdf"),
    "agenda --ics": (("agenda", "--ics", "TARGET", "--reason", "Kalender"), "agenda.ics"),
    "retention deposit": (("retention", "deposit", "PUPIL", "--out", "FOLDER"), None),
}


def _target(demo, command: str):
    """The file the command writes (a deposit: its PDF)."""
    _, gone, saved = demo
    name = WRITING[command][1]
    return saved / name if name else _deposited(saved, gone)


def _run(demo, tmp_path, command: str, *more: str) -> int:
    path, gone, saved = demo
    given = {"TARGET": _target(demo, command), "PUPIL": gone, "FOLDER": saved}
    given["T"] = tmp_path / "transfer.txt"
    argv = [str(given.get(argument, argument)) for argument in WRITING[command][0]]
    secret = tmp_path / "vault.txt"
    return main([*argv, *more, "--vault", str(path), "--passphrase-file", str(secret)])


def _log(path):
    vault = Vault.open(path, GOOD)
    try:
        return access.log_entries(vault)
    finally:
        vault.lock()


@pytest.mark.parametrize("command", WRITING)
def test_a_file_already_there_is_kept_and_nothing_is_logged(demo, tmp_path, capsys, command):
    path, _, saved = demo
    target = _target(demo, command)
    target.write_bytes(YESTERDAYS)
    logged = _log(path)
    capsys.readouterr()
    assert _run(demo, tmp_path, command) == EXIT_FAILED
    said = capsys.readouterr().err
    assert str(target) in said and "was kept; nothing was written" in said
    assert "(--replace replaces it)" in said
    assert target.read_bytes() == YESTERDAYS
    assert [p.name for p in saved.iterdir()] == [target.name]  # no scratch, no second file
    assert _log(path) == logged


@pytest.mark.parametrize("command", WRITING)
def test_replace_replaces_a_file_already_there_on_purpose(demo, tmp_path, command):
    path, _, _ = demo
    target = _target(demo, command)
    target.write_bytes(YESTERDAYS)
    logged = len(_log(path))
    assert _run(demo, tmp_path, command, "--replace") == EXIT_OK
    assert target.read_bytes() != YESTERDAYS and target.stat().st_size > 0
    assert len(_log(path)) > logged


@pytest.mark.parametrize("command", WRITING)
def test_a_file_that_comes_while_the_command_runs_is_kept_too(
    demo, tmp_path, capsys, monkeypatch, command
):
    """The writers look again as they rename: the check before the command is not all."""
    from nurse_desk import cli

    path, _, _ = demo
    monkeypatch.setattr(cli, "_keep_files_already_there", lambda args: None)
    target = _target(demo, command)
    target.write_bytes(YESTERDAYS)
    logged = _log(path)
    assert _run(demo, tmp_path, command) == EXIT_FAILED
    assert "(--replace replaces it)" in capsys.readouterr().err
    assert target.read_bytes() == YESTERDAYS
    assert _log(path) == logged
