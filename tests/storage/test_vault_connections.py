"""How the unlocked vault uses connections, and what an unlock reads.

One keyed connection serves the whole unlocked period (keying a new one costs more than most
clicks may take); the integrity check, which reads every page, runs after the unlock and a lock
cuts it short without leaving a descriptor open.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
import storage_support as support
from sqlalchemy import text

from nurse_desk.domain import errors
from nurse_desk.services import vault_access
from nurse_desk.storage import key_derivation, schema
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.vault import Vault


def open_descriptors_on(path: Path) -> list[str]:
    found = []
    for entry in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{entry}")
        except OSError:
            continue
        if target.startswith(str(path)):
            found.append(target)
    return found


def test_one_keyed_connection_serves_many_units_of_work(vault, school_id, monkeypatch):
    keyed = []
    connect = raw.connect
    monkeypatch.setattr(raw, "connect", lambda *a, **k: keyed.append(k) or connect(*a, **k))
    for _ in range(20):
        with vault.session() as session, session.begin():
            session.execute(text("SELECT count(*) FROM pupil")).scalar()
    assert len(keyed) <= 1  # the pool may already hold the one from the fixture's writes


def test_lock_closes_the_kept_connection(vault, school_id):
    support.add_pupils(vault, school_id, 5)
    assert open_descriptors_on(vault.path)
    vault.lock()
    assert open_descriptors_on(vault.path) == []


def test_unlocking_a_vault_at_head_leaves_the_integrity_check_for_later(vault_path, monkeypatch):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    checked = []
    monkeypatch.setattr(Vault, "quick_check", lambda self: checked.append(self.path))
    Vault.open(vault_path, support.PASSPHRASE).lock()
    assert checked == []


def test_a_migration_waits_for_the_integrity_check(vault_path, monkeypatch):
    Vault.create(vault_path, support.PASSPHRASE).lock()
    migrated = []

    def damaged(self):
        raise errors.DamagedVault("planted", 7)

    monkeypatch.setattr(schema, "needs_upgrade", lambda revision: True)
    monkeypatch.setattr(Vault, "quick_check", damaged)
    monkeypatch.setattr(Vault, "migrate", lambda self: migrated.append(True))
    with pytest.raises(errors.DamagedVault):
        Vault.open(vault_path, support.PASSPHRASE)
    assert migrated == []


@pytest.fixture(scope="module")
def sound_vault_bytes(tmp_path_factory) -> bytes:
    """A vault of some 150 pages, closed cleanly."""
    path = tmp_path_factory.mktemp("sound") / "nurse.vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_derivation, "derive_key", support.cheap_derive_key)
        created = Vault.create(path, support.PASSPHRASE)
        support.add_pupils(created, support.add_school(created), 2000)
        created.lock()
    return path.read_bytes()


@pytest.mark.parametrize("where", [i / 16 for i in range(1, 17)])
def test_damage_after_the_unlock_and_in_check_names_the_flipped_page(
    vault_path, sound_vault_bytes, where
):
    pages = len(sound_vault_bytes) // raw.PAGE_SIZE
    page = max(2, round(pages * where))  # page 1 holds the salt: a flip there is a wrong key
    offset = (page - 1) * raw.PAGE_SIZE + 1000
    vault_path.write_bytes(support.flip_bit(sound_vault_bytes, offset, 3))
    try:
        opened = Vault.open(vault_path, support.PASSPHRASE)
    except errors.DamagedVault as refused:  # the damage is in the schema the unlock reads
        assert refused.page == page
    else:
        try:
            with pytest.raises(errors.DamagedVault) as found:
                vault_access.look_for_damage(opened)
            assert found.value.page == page
        finally:
            opened.lock()
    with pytest.raises(errors.DamagedVault) as checked:
        vault_access.check_vault(vault_path, support.PASSPHRASE)
    assert checked.value.page == page


def test_lock_cuts_a_running_integrity_check_short(vault, school_id, monkeypatch):
    support.add_pupils(vault, school_id, 300)
    started = threading.Event()
    own_connection = vault.raw_connection

    def slow_connection():
        connection = own_connection()

        def tick() -> int:
            started.set()
            time.sleep(0.001)  # every 100 VM steps: the check now takes many seconds
            return 0

        connection.set_progress_handler(tick, 100)
        return connection

    monkeypatch.setattr(vault, "raw_connection", slow_connection)
    outcome = {}

    def check() -> None:
        try:
            vault_access.look_for_damage(vault)
            outcome["result"] = "no finding"
        except Exception as error:
            outcome["result"] = repr(error)

    worker = threading.Thread(target=check)
    worker.start()
    assert started.wait(10)
    monkeypatch.undo()  # lock() checkpoints through a connection of its own, at full speed
    began = time.monotonic()
    vault.lock()
    assert time.monotonic() - began < 3
    worker.join(10)
    assert outcome == {"result": "no finding"}  # cut short is not damage
    assert open_descriptors_on(vault.path) == []


def test_known_revisions_match_alembics_own_history():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(schema.alembic_config())
    history = [script.revision for script in scripts.walk_revisions()]
    assert schema.known_revisions() == list(reversed(history))
    assert schema.head_revision() == scripts.get_current_head()


def test_unlocking_a_vault_at_head_does_not_load_alembic(vault_path):
    """Alembic and Mako take ~0.4 s to import; an unlock with nothing to migrate needs neither."""
    Vault.create(vault_path, support.PASSPHRASE).lock()
    result = support.run_child("modules_after_unlock", str(vault_path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert support.lines_starting(result.stdout, "loaded") == ["[]"]


def test_a_bigger_page_cache_ends_with_its_unit_of_work(vault, school_id):
    with vault.session() as session, session.begin():
        session.execute(text("PRAGMA cache_size = -65536"))
    with vault.session() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar() == raw.PAGE_CACHE
