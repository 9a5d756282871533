"""A vault from before the keyed log (revision 0008) migrates: its log is re-keyed and anchored,
and a log that was already broken stays broken at the same entry."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from nurse_desk.services import access
from nurse_desk.storage import schema
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey, new_salt
from nurse_desk.storage.vault import Vault

PASSPHRASE = "fjord tavle sykkel blåbær"


def old_vault(path, entries: int, *, break_at: int | None = None) -> None:
    """A vault at revision 0008 whose log is chained with plain SHA-256, as that app did."""
    key = VaultKey.from_passphrase(PASSPHRASE, new_salt())
    connection = raw.connect(path, key, creating=True)
    connection.execute(f"PRAGMA user_version = {schema.VAULT_FORMAT}")
    engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)
    with engine.begin() as bound:
        command.upgrade(schema.alembic_config(bound), "0008")
    previous = "0" * 64
    for number in range(1, entries + 1):
        at = datetime(2026, 3, number, 9, 0)
        payload = "\x1f".join(
            (previous, at.isoformat(timespec="microseconds"), "Kari", "open_pupil", "7", "")
        )
        previous = hashlib.sha256(payload.encode()).hexdigest()
        stored = "f" * 64 if number == break_at else previous
        connection.execute(
            "INSERT INTO access_log (at, actor, action, pupil_id, detail, hash) "
            "VALUES (?, 'Kari', 'open_pupil', 7, '', ?)",
            (at.isoformat(sep=" "), stored),
        )
        previous = stored
    connection.commit()
    engine.dispose()
    connection.close()
    key.wipe()


@pytest.mark.parametrize("entries", [0, 5])
def test_an_old_log_is_re_keyed_and_anchored(vault_folder, entries):
    path = vault_folder / "old.vault"
    old_vault(path, entries)
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert access.check_log(vault) is None
        assert len(access.log_entries(vault)) == entries
        with vault.session() as session:
            from nurse_desk.storage import access_log

            assert access_log.vault_anchor(session) == access_log.current_anchor(session)
    finally:
        vault.lock()


def test_an_old_log_already_broken_stays_broken_at_the_same_entry(vault_folder):
    path = vault_folder / "old.vault"
    old_vault(path, 5, break_at=3)
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert access.verify_log(vault) == 3
    finally:
        vault.lock()
