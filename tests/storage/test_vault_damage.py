"""Files that are not a sound vault: refused with their own error, never opened, never changed."""

from __future__ import annotations

import collections
import json
import os
import random
import sqlite3

import pytest
import storage_support as support

from nurse_desk.domain import errors
from nurse_desk.storage import backup, key_derivation
from nurse_desk.storage.sqlcipher import PAGE_SIZE
from nurse_desk.storage.vault import Vault


# -- 6. bad files -------------------------------------------------------------------------
def locked_vault_bytes(path, rows: int = 40) -> bytes:
    vault = Vault.create(path, support.PASSPHRASE)
    support.add_pupils(vault, support.add_school(vault), rows)
    vault.lock()
    return path.read_bytes()


def make_plain_sqlite(path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE pupil (id INTEGER PRIMARY KEY, given_name TEXT)")
    connection.execute("INSERT INTO pupil (given_name) VALUES ('Kari')")
    connection.commit()
    connection.close()


def make_bad_file(kind: str, target, scratch) -> None:
    if kind == "empty":
        target.write_bytes(b"")
    elif kind == "first_3000_bytes":
        target.write_bytes(locked_vault_bytes(scratch / "whole.vault")[:3000])
    elif kind == "missing_last_100_bytes":
        target.write_bytes(locked_vault_bytes(scratch / "whole.vault")[:-100])
    elif kind == "random_bytes":
        data = os.urandom(8192)
        while data.startswith(b"SQLite format 3\0"):  # pragma: no cover - 2**-128
            data = os.urandom(8192)
        target.write_bytes(data)
    elif kind == "plain_sqlite":
        make_plain_sqlite(target)
    else:  # pragma: no cover
        raise AssertionError(kind)


BAD_FILES = {
    "empty": errors.EmptyFile,
    "first_3000_bytes": errors.TruncatedVault,
    "missing_last_100_bytes": errors.TruncatedVault,
    "random_bytes": errors.WrongPassphrase,  # SQLCipher cannot tell noise from a wrong key
    "plain_sqlite": errors.PlainSqliteFile,
}
# Offered as a backup, the same files are refused for what is wrong with the backup.
REFUSED_BACKUPS = {
    "empty": "not_a_backup",
    "first_3000_bytes": "damaged",
    "missing_last_100_bytes": "damaged",
    "random_bytes": "passphrase",
    "plain_sqlite": "not_a_backup",
}


@pytest.mark.parametrize(("kind", "expected"), BAD_FILES.items(), ids=BAD_FILES.keys())
def test_bad_file_is_refused_with_its_own_error_and_left_byte_identical(tmp_path, kind, expected):
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    directory = tmp_path / "bad"
    directory.mkdir()
    target = directory / "nurse.vault"
    make_bad_file(kind, target, scratch)
    before = support.snapshot(directory)

    with pytest.raises(errors.VaultError) as caught:
        Vault.open(target, support.PASSPHRASE)

    assert type(caught.value) is expected
    assert support.snapshot(directory) == before


@pytest.mark.parametrize(("kind", "reason"), REFUSED_BACKUPS.items(), ids=REFUSED_BACKUPS.keys())
def test_bad_file_offered_as_backup_is_refused_and_the_vault_kept(vault, tmp_path, kind, reason):
    support.add_pupils(vault, support.add_school(vault), 3)
    vault.lock()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    offered = tmp_path / "offered.backup"
    make_bad_file(kind, offered, scratch)
    before_vault = support.snapshot(vault.path.parent)
    before_offered = support.sha256(offered)

    with pytest.raises(errors.BackupRefused) as caught:
        backup.restore(vault.path, offered, support.PASSPHRASE)

    assert caught.value.reason == reason
    assert support.snapshot(vault.path.parent) == before_vault
    assert support.sha256(offered) == before_offered


def test_plain_sqlite_file_is_not_opened_even_with_an_empty_passphrase(tmp_path):
    target = tmp_path / "plain.db"
    make_plain_sqlite(target)
    with pytest.raises(errors.PlainSqliteFile):
        Vault.open(target, "")


# -- 5. bit flips -------------------------------------------------------------------------
FUZZ_SEED = 20_240_611
FLIPS_PER_REGION = 60


def choose_flips(pages: int, rng: random.Random) -> list[tuple[int, int, int]]:
    """(page, offset, bit): page 1 (salt included), middle pages, the last page, anywhere."""
    chosen = [(1, offset, rng.randrange(8)) for offset in (0, 7, 15, 16, 4095)]
    middle = range(2, pages)
    for _ in range(FLIPS_PER_REGION):
        chosen.append((1, rng.randrange(PAGE_SIZE), rng.randrange(8)))
        chosen.append((rng.choice(middle), rng.randrange(PAGE_SIZE), rng.randrange(8)))
        chosen.append((pages, rng.randrange(PAGE_SIZE), rng.randrange(8)))
    for _ in range(200 - len(chosen)):
        chosen.append((rng.randint(1, pages), rng.randrange(PAGE_SIZE), rng.randrange(8)))
    return chosen


@pytest.fixture(scope="module")
def fuzz_results(tmp_path_factory):
    """200 single-bit flips, opened and checked by two child processes (a JSON line each)."""
    directory = tmp_path_factory.mktemp("fuzz")
    source = directory / "pristine.vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(key_derivation, "derive_key", support.cheap_derive_key)
        vault = Vault.create(source, support.PASSPHRASE)
        support.add_pupils(vault, support.add_school(vault), 400)
        vault.lock()
    pages = source.stat().st_size // PAGE_SIZE
    assert pages >= 10
    flips = choose_flips(pages, random.Random(FUZZ_SEED))
    spec = [((page - 1) * PAGE_SIZE + offset, bit) for page, offset, bit in flips]

    # Two children, one per core, each looping over half of the flips.
    halves = (spec[: len(spec) // 2], spec[len(spec) // 2 :])
    children = []
    for number, half in enumerate(halves):
        work = directory / f"work-{number}"
        work.mkdir()
        children.append(support.start_child("bit_flips", str(source), str(work), json.dumps(half)))
    outputs = [child.communicate(timeout=120) for child in children]

    results = []
    for stdout, _ in outputs:
        results.extend(json.loads(line) for line in stdout.splitlines() if line.startswith("{"))
    for (page, _, _), result in zip(flips, results, strict=False):
        result["page"] = page
    return [child.returncode for child in children], outputs, results


def describe(results, variant: str) -> str:
    return str(collections.Counter((r["page"] == 1, r[variant]["result"]) for r in results))


def test_bit_flips_never_crash_the_checking_process(fuzz_results):
    returncodes, outputs, results = fuzz_results
    for returncode, (stdout, stderr) in zip(returncodes, outputs, strict=True):
        assert returncode == 0, stderr[-2000:]
        assert stdout.rstrip().endswith("done")
    assert len(results) == 200


def test_bit_flips_are_detected(fuzz_results):
    _, _, results = fuzz_results
    for variant in ("open", "check"):
        clean = [r for r in results if r[variant]["result"] == "clean"]
        assert len(clean) <= len(results) // 20, describe(results, variant)


def test_bit_flipped_vault_fails_to_open_with_a_domain_error(fuzz_results):
    _, _, results = fuzz_results
    for result in results:
        outcome = result["open"]
        assert outcome["domain"], (result, describe(results, "open"))
        if outcome["result"] == "clean":
            continue
        allowed = {"WrongPassphrase", "DamagedVault"} if result["page"] == 1 else {"DamagedVault"}
        assert outcome["result"] in allowed, (result, describe(results, "open"))


def test_full_check_of_a_vault_damaged_while_unlocked_raises_a_domain_error(fuzz_results):
    _, _, results = fuzz_results
    for result in results:
        outcome = result["check"]
        assert outcome["domain"], (result, describe(results, "check"))
        if outcome["result"] == "clean":
            continue
        allowed = {"WrongPassphrase", "DamagedVault"} if result["page"] == 1 else {"DamagedVault"}
        assert outcome["result"] in allowed, (result, describe(results, "check"))


def test_full_check_names_the_damaged_page(fuzz_results):
    _, _, results = fuzz_results
    damaged = [r for r in results if r["check"]["result"] == "DamagedVault" and r["page"] != 1]
    assert len(damaged) >= 100
    named = [r for r in damaged if r["check"]["page"] is not None]
    assert len(named) >= 0.9 * len(damaged), f"{len(named)} of {len(damaged)} name a page"
    right = [r for r in named if r["check"]["page"] == r["page"]]
    assert len(right) >= 0.9 * len(named), f"{len(right)} of {len(named)} name the flipped page"
