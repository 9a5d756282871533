"""The command line: each sub-command, its exit code and its one-line messages."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from nurse_desk.cli import EXIT_FAILED, EXIT_OK, main

GOOD = "fjord tavle sykkel blåbær"
OTHER = "kveld lampe snø gaupe"


def secret_file(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def secrets(tmp_path):
    return {
        "good": secret_file(tmp_path, "good.txt", GOOD),
        "other": secret_file(tmp_path, "other.txt", OTHER),
        "weak": secret_file(tmp_path, "weak.txt", "short"),
    }


def test_init_then_check_succeeds(vault_folder, secrets, capsys):
    vault = vault_folder / "v.vault"
    assert main(["init", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0
    out = capsys.readouterr().out
    assert "ok:" in out and "pupil 0" in out
    assert (vault.stat().st_mode & 0o777) == 0o600


def test_init_refuses_a_weak_passphrase_and_writes_nothing(vault_folder, secrets, capsys):
    vault = vault_folder / "v.vault"
    code = main(["init", "--vault", str(vault), "--passphrase-file", str(secrets["weak"])])
    assert code == EXIT_FAILED
    assert not vault.exists()
    assert "too short" in capsys.readouterr().err


def test_demo_fills_a_few_hundred_pupils_across_three_schools(vault_folder, secrets, capsys):
    vault = vault_folder / "demo.vault"
    assert main(["demo", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0
    main(["check", "--vault", str(vault), "--passphrase-file", str(secrets["good"])])
    out = capsys.readouterr().out
    assert "school 3" in out
    pupils = int(out.split("pupil ")[1].split(",")[0].rstrip(")"))
    assert 200 <= pupils <= 600


def test_check_with_wrong_passphrase_fails_in_one_line_and_touches_nothing(
    vault_folder, secrets, capsys
):
    vault = vault_folder / "v.vault"
    main(["init", "--vault", str(vault), "--passphrase-file", str(secrets["good"])])
    before = digest(vault)
    capsys.readouterr()
    code = main(["check", "--vault", str(vault), "--passphrase-file", str(secrets["other"])])
    err = capsys.readouterr().err
    assert code == EXIT_FAILED
    assert err.count("\n") == 1
    assert "Wrong passphrase or not a Nurse Desk vault" in err
    assert OTHER not in err
    assert digest(vault) == before


def test_check_names_a_missing_vault(vault_folder, secrets, capsys):
    code = main(
        [
            "check",
            "--vault",
            str(vault_folder / "nope.vault"),
            "--passphrase-file",
            str(secrets["good"]),
        ]
    )
    assert code == EXIT_FAILED
    assert "no vault" in capsys.readouterr().err


def test_backup_rekey_restore_round_trip(vault_folder, secrets, capsys):
    vault, copy = vault_folder / "v.vault", vault_folder / "copy.vault"
    good, other = str(secrets["good"]), str(secrets["other"])
    assert main(["demo", "--vault", str(vault), "--passphrase-file", good]) == EXIT_OK
    assert main(["backup", str(copy), "--vault", str(vault), "--passphrase-file", good]) == 0
    assert (
        main(
            [
                "rekey",
                "--vault",
                str(vault),
                "--passphrase-file",
                good,
                "--new-passphrase-file",
                other,
            ]
        )
        == 0
    )
    assert main(["check", "--vault", str(vault), "--passphrase-file", good]) == EXIT_FAILED
    assert main(["check", "--vault", str(vault), "--passphrase-file", other]) == EXIT_OK
    # The backup still opens with the passphrase it was made with; restoring brings it back.
    assert main(["restore", str(copy), "--vault", str(vault), "--passphrase-file", good]) == 0
    capsys.readouterr()
    assert main(["check", "--vault", str(vault), "--passphrase-file", good]) == EXIT_OK
    assert "pupil 360" in capsys.readouterr().out


def test_backup_with_a_new_passphrase_opens_only_with_that_one(vault_folder, secrets):
    vault, copy = vault_folder / "v.vault", vault_folder / "copy.vault"
    good, other = str(secrets["good"]), str(secrets["other"])
    main(["init", "--vault", str(vault), "--passphrase-file", good])
    assert (
        main(
            [
                "backup",
                str(copy),
                "--vault",
                str(vault),
                "--passphrase-file",
                good,
                "--new-passphrase-file",
                other,
                "--reason",
                "Ny PC",
            ]
        )
        == 0
    )
    assert main(["check", "--vault", str(copy), "--passphrase-file", other]) == EXIT_OK
    assert main(["check", "--vault", str(copy), "--passphrase-file", good]) == EXIT_FAILED


def test_backup_refuses_a_file_already_there_and_names_it(vault_folder, secrets, capsys):
    """Yesterday's backup under the same name is kept: only --replace replaces it."""
    vault, copy = vault_folder / "v.vault", vault_folder / "monday.vault"
    good = str(secrets["good"])
    main(["init", "--vault", str(vault), "--passphrase-file", good])
    assert main(["backup", str(copy), "--vault", str(vault), "--passphrase-file", good]) == 0
    yesterday = digest(copy)
    capsys.readouterr()
    code = main(["backup", str(copy), "--vault", str(vault), "--passphrase-file", good])
    err = capsys.readouterr().err
    assert code == EXIT_FAILED
    assert str(copy) in err and "no backup was written" in err and "--replace" in err
    assert digest(copy) == yesterday
    assert sorted(p.name for p in vault_folder.iterdir()) == ["monday.vault", "v.vault"]
    replaced = ["backup", str(copy), "--replace", "--vault", str(vault), "--passphrase-file", good]
    assert main(replaced) == EXIT_OK
    assert main(["check", "--vault", str(copy), "--passphrase-file", good]) == EXIT_OK


def test_a_backup_under_another_passphrase_asks_why_and_is_in_each_pupils_log(
    vault_folder, secrets, capsys
):
    """Another key opens it, so it is an export of every record: refused without --reason,
    then one entry without a pupil that a pupil's own log shows, as a plain export's is."""
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.services import access, pupils
    from nurse_desk.storage.vault import Vault

    vault, copy = vault_folder / "v.vault", vault_folder / "for-it.vault"
    good, other = str(secrets["good"]), str(secrets["other"])
    main(["demo", "--vault", str(vault), "--passphrase-file", good])
    backing_up = ["backup", str(copy), "--vault", str(vault), "--passphrase-file", good]
    backing_up += ["--new-passphrase-file", other]
    capsys.readouterr()
    assert main(backing_up) == EXIT_FAILED
    assert "--reason" in capsys.readouterr().err and not copy.exists()
    assert main([*backing_up, "--reason", "Ny PC"]) == EXIT_OK
    opened = Vault.open(vault, GOOD)
    try:
        pupil_id = pupils.list_pupils(opened)[0].id
        hers = access.log_entries(opened, pupil_id=pupil_id, action=AccessAction.EXPORT)
    finally:
        opened.lock()
    assert [(e.pupil_id, e.detail) for e in hers] == [
        (None, "whole vault, backup under another passphrase; reason: Ny PC")
    ]


def test_passphrase_never_appears_in_argv_help():
    completed = subprocess.run(
        [sys.executable, "-m", "nurse_desk", "--help"], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0
    assert "--passphrase-file" in completed.stdout
    assert "--passphrase " not in completed.stdout


@pytest.mark.real_kdf
def test_python_dash_m_runs_check_with_real_key_derivation(vault_folder, secrets):
    vault = vault_folder / "v.vault"
    good = str(secrets["good"])
    created = subprocess.run(
        [
            sys.executable,
            "-m",
            "nurse_desk",
            "init",
            "--vault",
            str(vault),
            "--passphrase-file",
            good,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert created.returncode == 0, created.stderr
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "nurse_desk",
            "check",
            "--vault",
            str(vault),
            "--passphrase-file",
            good,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0
    assert checked.stdout.startswith("ok:")
    wrong = subprocess.run(
        [
            sys.executable,
            "-m",
            "nurse_desk",
            "check",
            "--vault",
            str(vault),
            "--passphrase-file",
            str(secrets["other"]),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == (
        "nurse-desk: Wrong passphrase or not a Nurse Desk vault. Nothing was changed."
    )


def test_init_makes_a_new_folder_owner_only(tmp_path, secrets):
    vault = tmp_path / "fresh-folder" / "v.vault"
    assert main(["init", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0
    assert (vault.parent.stat().st_mode & 0o777) == 0o700
    assert (vault.stat().st_mode & 0o777) == 0o600


def test_options_before_the_sub_command_are_honoured(vault_folder, secrets, capsys):
    vault = vault_folder / "v.vault"
    assert main(["--vault", str(vault), "--passphrase-file", str(secrets["good"]), "init"]) == 0
    assert vault.exists()
    assert main(["--vault", str(vault), "check", "--passphrase-file", str(secrets["good"])]) == 0


def test_passphrase_file_with_a_byte_order_mark_opens_the_same_vault(vault_folder, secrets):
    vault = vault_folder / "v.vault"
    with_bom = vault_folder.parent / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbf" + GOOD.encode() + b"\r\n")
    assert main(["init", "--vault", str(vault), "--passphrase-file", str(with_bom)]) == 0
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0


def test_bad_inputs_give_one_line_not_a_traceback(vault_folder, secrets, capsys, tmp_path):
    vault = vault_folder / "v.vault"
    main(["init", "--vault", str(vault), "--passphrase-file", str(secrets["good"])])
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("blåbær".encode("latin-1"))
    capsys.readouterr()
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(latin1)]) == 1
    missing_folder = tmp_path / "no" / "such" / "folder" / "b.vault"
    assert (
        main(
            [
                "backup",
                str(missing_folder),
                "--vault",
                str(vault),
                "--passphrase-file",
                str(secrets["good"]),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("nurse-desk:") == 2
    assert not missing_folder.parent.exists()


def test_check_reads_without_writing(vault_folder, secrets):
    vault = vault_folder / "v.vault"
    main(["demo", "--vault", str(vault), "--passphrase-file", str(secrets["good"])])
    before = digest(vault)
    assert main(["check", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0
    assert digest(vault) == before
    assert sorted(p.name for p in vault_folder.iterdir()) == ["v.vault"]


@pytest.mark.real_kdf  # the child process derives the key for real
def test_output_piped_into_a_reader_that_stops_early_ends_quietly(vault_folder, secrets):
    """`nurse-desk agenda --json | head -1`: the closed pipe is no traceback on the terminal."""
    vault = vault_folder / "demo.vault"
    assert main(["demo", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0
    command = [sys.executable, "-m", "nurse_desk", "agenda", "--json"]
    command += ["--vault", str(vault), "--passphrase-file", str(secrets["good"])]
    writer = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    writer.stdout.close()  # the reader is gone before the writer has written (the key takes time)
    _, err = writer.communicate(timeout=120)
    assert b"Traceback" not in err and b"Exception ignored" not in err
    assert err == b"", err.decode()  # the whole message: it failed once, under load, unexplained


def test_the_agenda_in_text_names_tasks_in_words_not_codes(vault_folder, secrets, capsys):
    from nurse_desk.domain.follow_ups import FollowUpKind

    vault = vault_folder / "demo.vault"
    assert main(["demo", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0
    capsys.readouterr()
    assert main(["agenda", "--vault", str(vault), "--passphrase-file", str(secrets["good"])]) == 0
    out = capsys.readouterr().out
    codes = {kind.value for kind in FollowUpKind if "_" in kind.value}
    assert codes and not [code for code in codes if code in out]
    assert "Await referral answer" in out or "Conversation" in out


def test_a_file_that_cannot_be_read_is_named(vault_folder, secrets, capsys, tmp_path):
    """'The file could not be read or written (No such file or directory).' did not say which
    of the command's files: the passphrase file, the vault, the export to import, the PDF."""
    vault = vault_folder / "v.vault"
    main(["init", "--vault", str(vault), "--passphrase-file", str(secrets["good"])])
    capsys.readouterr()
    opened = ["--vault", str(vault), "--passphrase-file", str(secrets["good"])]
    absent_secret = tmp_path / "passfrase.txt"
    absent_list = tmp_path / "klasseliste.csv"
    unwritable = tmp_path / "no such folder" / "journal.pdf"
    for args, named in (
        (["check", "--vault", str(vault), "--passphrase-file", str(absent_secret)], absent_secret),
        (["pupils", "import", str(absent_list), *opened], absent_list),
        (["figures", "--pdf", str(unwritable), *opened], unwritable),
    ):
        assert main(args) == EXIT_FAILED
        err = capsys.readouterr().err
        assert str(named) in err and "No such file or directory" in err, err
        assert err.count("\n") == 1
