"""Editing a vault's access log behind the app's back, as someone with the passphrase could:
through sqlcipher3 with the vault's key, the append-only triggers dropped."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
from datetime import date, datetime
from pathlib import Path

from nurse_desk.domain.access_log import GENESIS
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, pupils, settings
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey
from nurse_desk.storage.vault import Vault


def vault_with_log(path: Path, passphrase: str, entries: int) -> tuple[Vault, int]:
    """A new vault (left unlocked) and its one pupil, whose page was opened `entries` times:
    that many entries in the log."""
    vault = Vault.create(path, passphrase)
    settings.save_settings(vault, settings.VaultSettings("Kari Nordmann", "", "no"))
    pupil = pupils.add_pupil(vault, NewPupil("Emil", "Aasen", date(2012, 10, 15), "Granly", "8B"))
    for _ in range(entries):
        access.open_pupil_page(vault, pupil)
    return vault, pupil


@contextlib.contextmanager
def behind_the_apps_back(path: Path, passphrase: str):
    key = VaultKey.from_passphrase(passphrase, raw.read_salt(path))
    connection = raw.connect(path, key)
    try:
        connection.execute("DROP TRIGGER IF EXISTS access_log_no_update")
        connection.execute("DROP TRIGGER IF EXISTS access_log_no_delete")
        yield connection
        connection.commit()
    finally:
        connection.close()
        key.wipe()


def recompute_chain(connection) -> None:
    """What a careful forger does after an edit: every hash again, with the vault's log key
    read from the vault, and the vault's own anchor set to match."""
    text = connection.execute(
        "SELECT value FROM vault_setting WHERE key = 'access_log.key'"
    ).fetchone()[0]
    key = bytes.fromhex(text)
    previous, count = GENESIS, 0
    rows = connection.execute(
        "SELECT id, at, actor, action, pupil_id, detail FROM access_log ORDER BY id"
    ).fetchall()
    for row_id, at, actor, action, pupil_id, detail in rows:
        payload = "\x1f".join(
            (
                previous,
                datetime.fromisoformat(at).isoformat(timespec="microseconds"),
                actor,
                action,
                "" if pupil_id is None else str(pupil_id),
                detail,
            )
        )
        previous = hmac.new(key, payload.encode(), hashlib.sha256).hexdigest()
        connection.execute("UPDATE access_log SET hash = ? WHERE id = ?", (previous, row_id))
        count += 1
    connection.execute(
        "UPDATE access_log_anchor SET entries = ?, head = ?", (count, previous if count else "")
    )
