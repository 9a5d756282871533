"""Export everything: the demo vault round trip (export, import, export: the same bytes but
`exported_at`), the schema document, owner-only files, the encrypted transfer file, the log,
and exports an import must refuse without leaving a vault behind."""

from __future__ import annotations

import json
import re
import stat
from datetime import datetime
from pathlib import Path

import pytest

from nurse_desk.domain import errors
from nurse_desk.domain.access_log import AccessAction, LogFilter
from nurse_desk.services import access, figures, journal, open_export, pupils
from nurse_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault
from nurse_desk.storage import open_export as export_format
from nurse_desk.storage.vault import Vault

NEW = "ny hvelv fra eksport i dag"
TRANSFER = "overføring til ny maskin"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "export-schema.json"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    vault = create_demo_vault(tmp_path_factory.mktemp("export") / "demo.vault")
    yield vault
    vault.lock()


def without_moment(data: bytes) -> bytes:
    first, moment, rest = data.split(b"\n", 2)
    assert moment.startswith(b' "exported_at": ')
    return first + b"\n" + rest


def test_export_import_export_gives_the_same_bytes(demo, vault_folder):
    first = open_export.export_bytes(demo, now=datetime(2030, 1, 1))
    open_export.import_export(first, vault_folder / "copy.vault", NEW)
    copy = Vault.open(vault_folder / "copy.vault", NEW)
    try:
        second = open_export.export_bytes(copy, now=datetime(2031, 2, 2))
        assert first != second and without_moment(first) == without_moment(second)
        tables = json.loads(second)["tables"]
        assert len(tables["note"]) > 500 and tables["amendment"]
        assert any(note["signed_at"] for note in tables["note"])
        word = tables["note"][0]["conversation"].split()[0]
        assert journal.search_notes(copy, word)  # the full-text index was built again
        assert access.verify_log(copy) is None
    finally:
        copy.lock()


def test_the_schema_document_is_the_format_and_describes_each_row(demo):
    assert json.loads(DOCS.read_text("utf-8")) == export_format.json_schema()
    schema = export_format.json_schema()
    export = json.loads(open_export.export_bytes(demo))
    assert set(export) == set(schema["required"])
    described = schema["properties"]["tables"]["properties"]
    assert set(export["tables"]) == set(described)
    for name, rows in export["tables"].items():
        columns = described[name]["items"]["properties"]
        for row in rows[:50]:
            assert list(row) == list(columns)
            for column, value in row.items():
                assert_fits(columns[column], value, f"{name}.{column}")


def assert_fits(rule: dict, value, where: str) -> None:
    kinds = rule["type"] if isinstance(rule["type"], list) else [rule["type"]]
    python = {
        "null": type(None),
        "string": str,
        "integer": int,
        "number": (int, float),
        "boolean": bool,
    }
    assert any(isinstance(value, python[k]) for k in kinds), where
    if isinstance(value, str):
        assert "pattern" not in rule or re.match(rule["pattern"], value), where
        assert len(value) <= rule.get("maxLength", len(value)), where


def test_plain_export_is_owner_only_and_logged(demo, tmp_path):
    target = tmp_path / "all.json"
    moment = datetime(2030, 3, 4, 5, 6, 7)
    open_export.write_export(demo, target, passphrase=None, now=moment)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_bytes())["format"] == "nurse-desk-export"
    logged = [e for e in access.log_entries(demo, action=AccessAction.EXPORT) if e.at == moment]
    assert [(e.pupil_id, e.detail) for e in logged] == [(None, "whole vault, plain JSON")]


def test_a_pupils_own_log_shows_each_export_of_the_whole_vault(demo, tmp_path):
    """The entry has no pupil, but the export took every pupil's data: the window's log for
    one pupil, and her printed record, list it; other entries without a pupil stay out."""
    moment = datetime(2031, 1, 2, 3, 4, 5)
    open_export.write_export(demo, tmp_path / "all.json", passphrase=None, now=moment)
    counted = figures.compute(demo, figures.default_period(demo))  # an export of no one
    figures.log_released(demo, counted, how="saved", exact=False, now=moment)
    pupil_id = pupils.list_pupils(demo)[0].id
    hers = access.log_entries(demo, pupil_id=pupil_id)
    assert [(e.pupil_id, e.detail) for e in hers if e.at == moment] == [
        (None, "whole vault, plain JSON")
    ]
    assert all(e.pupil_id == pupil_id or e.detail.startswith("whole vault,") for e in hers)
    everyone = [(e.pupil_id, e.detail[:14]) for e in access.log_entries(demo) if e.at == moment]
    assert (None, "yearly figures") in everyone
    page, count = access.first_log_page(demo, LogFilter(pupil_id=pupil_id), limit=5)
    assert count == len(hers) and page[0].at == moment


def test_transfer_file_is_encrypted_and_opens_only_with_its_passphrase(demo, tmp_path):
    target = tmp_path / "all.transfer"
    open_export.write_export(demo, target, passphrase=TRANSFER)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_bytes()
    assert b"nurse-desk-export" not in raw and b"SQLite format 3" not in raw
    assert not open_export.is_plain(target)
    with pytest.raises(errors.WrongPassphrase):
        open_export.read_export(target, "ikke denne passfrasen")
    data = open_export.read_export(target, TRANSFER)
    assert json.loads(data)["tables"]["pupil"]
    assert [p for p in target.parent.iterdir()] == [target]  # no -wal, -shm or scratch copy


@pytest.mark.real_kdf  # the module's demo vault was made before the cheap KDF was put in
def test_a_vault_is_not_a_transfer_file(demo):
    with pytest.raises(open_export.NotATransferFile):
        open_export.read_export(demo.path, DEMO_PASSPHRASE)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda e: b"not json", "not_json"),
        (lambda e: {**e, "format": "other"}, "not_export"),
        (lambda e: {**e, "format_version": 2}, "newer_format"),
        (lambda e: {**e, "schema_revision": "0001"}, "other_schema"),
        (lambda e: {**e, "tables": {"secret": []}}, "content"),
        (lambda e: {**e, "tables": {**e["tables"], "pupil": [{"id": "x"}]}}, "content"),
        (lambda e: {**e, "tables": {"note": e["tables"]["note"][:3]}}, "content"),  # no pupils
    ],
)
def test_an_export_the_app_cannot_take_leaves_no_vault(demo, vault_folder, change, reason):
    export = json.loads(open_export.export_bytes(demo))
    changed = change(export)
    data = changed if isinstance(changed, bytes) else json.dumps(changed).encode()
    with pytest.raises(open_export.ExportNotReadable) as refused:
        open_export.import_export(data, vault_folder / "new.vault", NEW)
    assert refused.value.reason == reason
    assert list(vault_folder.iterdir()) == []


def test_import_never_overwrites_a_vault(demo):
    with pytest.raises(errors.VaultAlreadyExists):
        open_export.import_export(open_export.export_bytes(demo), demo.path, NEW)
