"""Back up… from Settings: a file already there is replaced only on the nurse's yes, and a
backup under another passphrase asks why and is logged as an export of every record."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.services import access
from nurse_desk.ui.common.reason_dialog import ReasonDialog
from nurse_desk.ui.settings.vault_dialogs import BackupDialog, BackupRequest

OTHER = "kveld lampe snø gaupe"


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _answering(monkeypatch, request: BackupRequest, *, replace: bool, reason: str | None):
    asked: list[str] = []

    def question(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if replace else QMessageBox.StandardButton.No

    monkeypatch.setattr(BackupDialog, "ask", classmethod(lambda cls, parent, **kw: request))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: None))
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, parent, **kw: reason))
    return asked


def test_the_window_replaces_a_backup_only_when_the_nurse_says_yes(
    new_vault_window, monkeypatch, tmp_path
):
    window = new_vault_window
    yesterday = tmp_path / "nurse-backup.vault"
    yesterday.write_bytes(b"yesterday's backup")
    asked = _answering(monkeypatch, BackupRequest(yesterday, None), replace=False, reason=None)
    window.actions_.back_up()
    assert asked == ["Replace the existing backup file nurse-backup.vault?"]
    assert yesterday.read_bytes() == b"yesterday's backup"

    _answering(monkeypatch, BackupRequest(yesterday, None), replace=True, reason=None)
    window.actions_.back_up()
    assert yesterday.read_bytes() != b"yesterday's backup"


def test_a_backup_under_another_passphrase_asks_why_and_is_logged(
    new_vault_window, monkeypatch, tmp_path
):
    window = new_vault_window
    copy = tmp_path / "for-it.vault"
    _answering(monkeypatch, BackupRequest(copy, OTHER), replace=False, reason=None)
    window.actions_.back_up()  # the reason cancelled: nothing written
    assert not copy.exists()

    _answering(monkeypatch, BackupRequest(copy, OTHER), replace=False, reason="Ny PC")
    window.actions_.back_up()
    assert copy.exists()
    logged = access.log_entries(window.session.vault, action=AccessAction.EXPORT)
    assert [(e.pupil_id, e.detail) for e in logged] == [
        (None, "whole vault, backup under another passphrase; reason: Ny PC")
    ]
    before = _digest(copy)
    _answering(monkeypatch, BackupRequest(copy, None), replace=False, reason=None)
    window.actions_.back_up()
    assert _digest(copy) == before


def test_the_demo_kept_as_a_vault_asks_no_reason(demo_window, monkeypatch, tmp_path):
    """Made-up pupils copied into the nurse's own vault: nothing is disclosed."""
    from nurse_desk.storage.vault import Vault

    target = tmp_path / "mine.vault"
    _answering(monkeypatch, BackupRequest(target, OTHER), replace=False, reason=None)
    monkeypatch.setattr(
        ReasonDialog, "ask", classmethod(lambda cls, parent, **kw: pytest.fail("asked why"))
    )
    demo_window.actions_.save_demo_as_vault()
    Vault.open(target, OTHER).lock()
