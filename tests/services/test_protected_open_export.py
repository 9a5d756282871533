"""The whole-vault export: plain JSON anyone may read carries no whereabouts of a pupil with
protected identity; the encrypted transfer file, which moves the vault, keeps them."""

from __future__ import annotations

import json

from journal_fixtures import vault  # noqa: F401  (pytest fixture)
from protected_fixtures import add_protected_family, leaked

from nurse_desk.services import open_export

TRANSFER = "elg fjell kano multe"


def test_plain_json_leaves_the_whereabouts_out_and_the_transfer_file_keeps_them(
    vault,  # noqa: F811
    tmp_path,
):
    add_protected_family(vault)
    plain = tmp_path / "all.json"
    open_export.write_export(vault, plain, passphrase=None)
    text = plain.read_text(encoding="utf-8")
    tables = json.loads(text)["tables"]
    assert tables["pupil"][0]["protected_identity"] is True
    assert [g["name"] for g in tables["guardian"]] == ["Anne Aasen", "Ole Aasen"]
    assert leaked(text) == []
    moved = tmp_path / "all.transfer"
    open_export.write_export(vault, moved, passphrase=TRANSFER)
    inside = open_export.read_export(moved, TRANSFER).decode("utf-8")
    assert {"Granlyveien", "+47 900 00 000"} <= set(leaked(inside))
