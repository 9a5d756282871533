"""`nurse-desk absence flags`: plain lines and JSON for scripts."""

from __future__ import annotations

import json
from datetime import date

from nurse_desk.cli import main
from nurse_desk.domain.absence_patterns import PatternKind
from nurse_desk.services import absence, demo
from nurse_desk.services.demo_absence import fill_demo_absence
from nurse_desk.storage.vault import Vault

GOOD = "fjord tavle sykkel blåbær"
TODAY = "2026-11-24"


def _demo_vault(folder):
    path = folder / "demo.vault"
    vault = Vault.create(path, GOOD)
    demo.fill_with_demo_data(vault)
    fill_demo_absence(vault, today=date.fromisoformat(TODAY))
    vault.lock()
    secret = folder / "secret.txt"
    secret.write_text(GOOD + "\n", encoding="utf-8")
    return path, secret


def test_flags_as_json_are_parsed_and_name_every_pattern(vault_folder, capsys):
    path, secret = _demo_vault(vault_folder)
    args = ["absence", "flags", "--json", "--today", TODAY]
    args += ["--vault", str(path), "--passphrase-file", str(secret)]
    assert main(args) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["today"] == TODAY and document["pupils_analysed"] == 360
    kinds = {flag["kind"] for pupil in document["flagged"] for flag in pupil["flags"]}
    assert kinds == {kind.value for kind in PatternKind}
    assert 0 < len(document["flagged"]) < 40  # present in some, absent in most
    first = document["flagged"][0]["flags"][0]
    assert first["sentence"] and first["fingerprint"]


def test_flags_as_text_end_with_a_summary(vault_folder, capsys):
    path, secret = _demo_vault(vault_folder)
    args = ["absence", "flags", "--today", TODAY, "--vault", str(path)]
    assert main([*args, "--passphrase-file", str(secret)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1].endswith(f"as of {TODAY})")
    assert "of 360 pupils flagged" in lines[-1]
    assert any(line.startswith("  - weekday: ") for line in lines)


def test_acknowledged_flags_are_left_out_unless_all_is_asked(vault_folder, capsys):
    path, secret = _demo_vault(vault_folder)
    vault = Vault.open(path, GOOD)
    overview = absence.analyse_all(vault, today=date.fromisoformat(TODAY))
    for item in overview.pupils:
        for flag in item.absence.flags:
            absence.acknowledge_flag(vault, flag, "seen")
    vault.lock()
    base = [
        "absence",
        "flags",
        "--json",
        "--today",
        TODAY,
        "--vault",
        str(path),
        "--passphrase-file",
        str(secret),
    ]
    main(base)
    assert json.loads(capsys.readouterr().out)["flagged"] == []
    main([*base, "--all"])
    assert len(json.loads(capsys.readouterr().out)["flagged"]) == len(overview.pupils)
