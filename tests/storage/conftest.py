"""Fixtures for the vault's security tests.

Argon2id at the vault's real parameters costs ~0.4 s per unlock; every test here except the one
marked `real_kdf` derives keys with cheap parameters through the same code path.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import storage_support as support

from nurse_desk.storage import key_derivation
from nurse_desk.storage.vault import Vault


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "real_kdf: derive keys with the vault's real Argon2id parameters"
    )


@pytest.fixture(autouse=True)
def cheap_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("real_kdf") is None:
        monkeypatch.setattr(key_derivation, "derive_key", support.cheap_derive_key)


@pytest.fixture(autouse=True)
def usual_umask():
    """The vault must make its files 0600 itself, not rely on a strict umask in the shell."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    directory.mkdir()
    return directory / "nurse.vault"


@pytest.fixture
def vault(vault_path: Path):
    opened = Vault.create(vault_path, support.PASSPHRASE)
    yield opened
    opened.lock()


@pytest.fixture
def school_id(vault) -> int:
    return support.add_school(vault)
