"""`nurse-desk figures`, `nurse-desk export` and `nurse-desk import-export`: counts as JSON and
CSV (logged), the whole vault plain or encrypted, and a new vault built from either."""

from __future__ import annotations

import json
import stat

import pytest
from figures_reader import worked_out_by_subtraction

from nurse_desk.cli import EXIT_FAILED, EXIT_OK, main
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.figures import Figures, FiguresPeriod, with_all_rows
from nurse_desk.domain.journal import NoteKind
from nurse_desk.services import access, figures
from nurse_desk.services.demo import fill_everything
from nurse_desk.storage.vault import Vault

GOOD = "fjord tavle sykkel blåbær"
NEW = "et nytt hvelv fra eksporten"
TRANSFER = "passfrase for overføringsfila"
WHY = ("--reason", "Ny PC")


@pytest.fixture
def demo(vault_folder, tmp_path):
    path = vault_folder / "demo.vault"
    vault = Vault.create(path, GOOD)
    fill_everything(vault)
    vault.lock()
    secrets = {}
    for name, text in (("vault", GOOD), ("new", NEW), ("transfer", TRANSFER)):
        secrets[name] = tmp_path / f"{name}.txt"
        secrets[name].write_text(text + "\n", encoding="utf-8")
    return path, secrets


def cli(path, secret, *args):
    return main([*map(str, args), "--vault", str(path), "--passphrase-file", str(secret)])


def logged(path, action):
    vault = Vault.open(path, GOOD)
    try:
        return access.log_entries(vault, action=action)
    finally:
        vault.lock()


def test_figures_as_json_are_counts_or_objects_of_counts(demo, capsys):
    path, secrets = demo
    assert cli(path, secrets["vault"], "figures", "--exact", "--json") == EXIT_OK
    shown = json.loads(capsys.readouterr().out)
    assert shown["conversations"] > 20
    for value in shown.values():
        assert isinstance(value, int) or all(isinstance(n, int) for n in value.values())
    assert any("yearly figures" in e.detail for e in logged(path, AccessAction.EXPORT))


def test_figures_hide_small_counts_unless_exact(demo, capsys):
    path, secrets = demo
    assert cli(path, secrets["vault"], "figures", "--json") == EXIT_OK
    assert "< 5" in capsys.readouterr().out


def test_figures_as_csv_for_one_school_and_a_period(demo, tmp_path, capsys):
    path, secrets = demo
    out = tmp_path / "figures.csv"
    args = ("figures", "--from", "2020-01-01", "--to", "2099-12-31", "--school", "Granly skole")
    assert cli(path, secrets["vault"], *args, "--csv", out, "--lang", "en") == EXIT_OK
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text("utf-8-sig")
    assert (
        text.startswith("section;row;What;Count") and "conversations_by_topic;sleep;Sleep;" in text
    )
    assert cli(path, secrets["vault"], "figures", "--school", "Nowhere") == EXIT_FAILED
    assert cli(path, secrets["vault"], "figures", "--from", "2026-06-01", "--to", "2025-01-01") == (
        EXIT_FAILED
    )


def test_plain_export_then_import_then_export_again(demo, tmp_path, vault_folder, capsys):
    path, secrets = demo
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert cli(path, secrets["vault"], "export", "--out", first, "--plain") == EXIT_FAILED
    assert "--reason" in capsys.readouterr().err and not first.exists()
    assert cli(path, secrets["vault"], "export", "--out", first, "--plain", *WHY) == EXIT_OK
    assert "NOT encrypted" in capsys.readouterr().err
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    new = vault_folder / "new.vault"
    assert cli(new, secrets["new"], "import-export", first) == EXIT_OK
    assert cli(new, secrets["new"], "export", "--out", second, "--plain", *WHY) == EXIT_OK
    one, two = (json.loads(f.read_bytes()) for f in (first, second))
    assert one.pop("exported_at") and two.pop("exported_at")
    assert one == two
    assert first.read_bytes().split(b"\n")[2:] == second.read_bytes().split(b"\n")[2:]
    assert [e.detail for e in logged(path, AccessAction.EXPORT)] == [
        "whole vault, plain JSON; reason: Ny PC"
    ]


def test_encrypted_export_then_import(demo, tmp_path, vault_folder):
    path, secrets = demo
    out = tmp_path / "vault.transfer"
    args = ("--transfer-passphrase-file", secrets["transfer"])
    assert cli(path, secrets["vault"], "export", "--out", out, *args, *WHY) == EXIT_OK
    # Not the open JSON: its first byte is the random salt, which may be "{" (1 in 256 runs).
    with pytest.raises(ValueError):
        json.loads(out.read_bytes())
    new = vault_folder / "from-transfer.vault"
    wrong = ("--transfer-passphrase-file", secrets["new"])
    assert cli(new, secrets["new"], "import-export", out, *wrong) == EXIT_FAILED
    assert not new.exists()
    assert cli(new, secrets["new"], "import-export", out, *args) == EXIT_OK
    vault = Vault.open(new, NEW)
    try:
        assert vault.row_counts()["note"] > 500
    finally:
        vault.lock()


def test_figures_as_pdf_are_owner_only_and_logged_as_a_print(demo, tmp_path):
    path, secrets = demo
    out = tmp_path / "figures.pdf"
    assert cli(path, secrets["vault"], "figures", "--pdf", out) == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF") and stat.S_IMODE(out.stat().st_mode) == 0o600
    printed = logged(path, AccessAction.PRINT)
    assert [e.pupil_id for e in printed] == [None] and "yearly figures" in printed[0].detail


def test_figures_hidden_with_their_group_give_nothing_back(demo, capsys, monkeypatch):
    """One small kind of conversation beside larger ones, as JSON and as plain text."""
    kinds = {"planned": 30, "drop_in": 9, "phone": 2}

    def counted(_vault, period: FiguresPeriod, **_) -> Figures:
        by_kind = with_all_rows(kinds, tuple(NoteKind))
        return Figures(period, pupils_seen=20, conversations=41, conversations_by_kind=by_kind)

    monkeypatch.setattr(figures, "compute", counted)
    path, secrets = demo
    assert cli(path, secrets["vault"], "figures", "--json") == EXIT_OK
    shown = json.loads(capsys.readouterr().out)
    assert shown["conversations_by_kind"]["phone"] == "hidden" and shown["conversations"] == 41
    assert worked_out_by_subtraction(shown) == {}
    assert cli(path, secrets["vault"], "figures") == EXIT_OK
    text = capsys.readouterr().out
    assert "  phone: hidden" in text and "cannot be worked out from a total" in text
