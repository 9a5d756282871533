"""Shared fixtures: fast key derivation, isolated settings, a private vault folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from nurse_desk.storage import key_derivation

FAST_KDF = key_derivation.KdfParameters(time_cost=1, memory_kib=8 * 1024)
_real_derive_key = key_derivation.derive_key


@pytest.fixture(autouse=True)
def fast_key_derivation(request, monkeypatch):
    """Argon2id at full strength costs ~0.4 s per unlock; tests use cheap parameters.

    Tests marked `real_kdf` keep the real ones.
    """
    if request.node.get_closest_marker("real_kdf"):
        yield
        return
    monkeypatch.setattr(
        key_derivation,
        "derive_key",
        lambda passphrase, salt, params=FAST_KDF: _real_derive_key(passphrase, salt, FAST_KDF),
    )
    yield


@pytest.fixture(autouse=True)
def no_vault_from_environment(monkeypatch):
    monkeypatch.delenv("NURSE_DESK_VAULT", raising=False)


@pytest.fixture(autouse=True)
def private_app_settings(request, tmp_path, monkeypatch):
    """The app's settings file (log anchors, failed unlocks) is the test's own, never the
    user's: the command line and windows built without preferences write there. Tests of the
    settings file's own place and modes (`user_settings_folder`) move Qt's folder instead."""
    if "user_settings_folder" in request.fixturenames:
        return
    from PySide6.QtCore import QSettings

    from nurse_desk import preferences

    path = str(tmp_path / "app-settings.ini")
    monkeypatch.setattr(
        preferences, "app_settings", lambda: QSettings(path, QSettings.Format.IniFormat)
    )


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "vaults"
    folder.mkdir(mode=0o700)
    return folder


def pytest_configure(config):
    config.addinivalue_line("markers", "real_kdf: use the production Argon2id parameters")
