"""A checkpoint killed after it wrote page 1 and before the pages after it: the vault opens.

Found by the kill soak: the file alone then holds page 1 with the new page count and too few
pages after it, which SQLite calls malformed; the WAL still holds every page. The key check
read the file alone and reported "damaged", telling the nurse to restore a sound vault.
"""

from __future__ import annotations

import contextlib
import shutil

import storage_support as support

from nurse_desk.services.vault_access import check_vault
from nurse_desk.storage import sqlcipher as raw
from nurse_desk.storage.key_derivation import VaultKey
from nurse_desk.storage.vault import Vault

PAGE = raw.PAGE_SIZE


def test_a_checkpoint_killed_after_page_one_leaves_a_vault_that_opens_whole(vault_path, tmp_path):
    vault = Vault.create(vault_path, support.PASSPHRASE)
    support.add_school(vault)
    vault.lock()
    child = support.run_child("hot_wal", str(vault_path), "300")  # commits, then dies
    assert child.returncode == -9, child.stderr[-2000:]
    committed = {int(word) for word in support.lines_starting(child.stdout, "committed")}
    before = vault_path.stat().st_size

    # What the whole checkpoint would write, made on a copy; then only its page 1 goes into
    # the vault, as a checkpoint killed after its first write would leave it.
    done = tmp_path / "done" / vault_path.name
    done.parent.mkdir()
    for suffix in support.SIDECARS:
        shutil.copyfile(support.sidecar(vault_path, suffix), support.sidecar(done, suffix))
    key = VaultKey.from_passphrase(support.PASSPHRASE, raw.read_salt(vault_path))
    with contextlib.closing(raw.connect(done, key)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert done.stat().st_size > before, "the WAL did not grow the file: nothing is tested"
    with vault_path.open("r+b") as file:
        file.write(done.read_bytes()[:PAGE])

    assert check_vault(vault_path, support.PASSPHRASE)["pupil"] == len(committed)
    reopened = Vault.open(vault_path, support.PASSPHRASE)
    try:
        assert committed <= support.pupil_ids(reopened)
        reopened.full_check()
    finally:
        reopened.lock()
