"""Shared by the storage tests and by storage_child.py (the process they kill).

Kept free of pytest so that a child process can import it too.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from nurse_desk.storage import key_derivation

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHILD = HERE / "storage_child.py"

# Passphrases live here so that no test passes one through argv or the environment.
PASSPHRASE = "korrekt hest batteri stift"
NEW_PASSPHRASE = "ny passfrase for skolesykepleier"
WRONG_PASSPHRASE = "feil passfrase for skolesykepleier"

# Argon2id at the cheapest settings that still run the real code path; FORMAT_1 costs ~0.4 s.
CHEAP_KDF = key_derivation.KdfParameters(time_cost=1, memory_kib=8 * 1024, parallelism=1)
_REAL_DERIVE_KEY = key_derivation.derive_key

SIDECARS = ("", "-wal", "-shm")
CHILD_TIMEOUT_S = 60


def cheap_derive_key(passphrase, salt, params=None):
    """Stand-in for key_derivation.derive_key: same code, cheap parameters."""
    return _REAL_DERIVE_KEY(passphrase, salt, CHEAP_KDF)


def install_cheap_kdf() -> None:
    """For child processes; the tests use the monkeypatch fixture in conftest.py instead."""
    key_derivation.derive_key = cheap_derive_key


def real_derive_key():
    return _REAL_DERIVE_KEY


# -- files ---------------------------------------------------------------------------------
def sidecar(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(directory: Path) -> dict[str, str]:
    """Name → sha256 of every file in a directory: what "byte-identical" is checked against."""
    return {entry.name: sha256(entry) for entry in sorted(directory.iterdir()) if entry.is_file()}


def vault_files(path: Path) -> dict[str, str]:
    """sha256 of the vault file and whichever of -wal / -shm exist."""
    return {
        suffix or "db": sha256(sidecar(path, suffix))
        for suffix in SIDECARS
        if sidecar(path, suffix).exists()
    }


def flip_bit(data: bytes, offset: int, bit: int) -> bytes:
    changed = bytearray(data)
    changed[offset] ^= 1 << bit
    return bytes(changed)


# -- rows ----------------------------------------------------------------------------------
def add_school(vault, name: str = "Solbakken skole") -> int:
    from nurse_desk.storage.orm import SchoolRow

    with vault.session() as session:
        school = SchoolRow(name=name, municipality="Bø")
        session.add(school)
        session.commit()
        return school.id


def new_pupil(school_id: int, number: int, **text):
    from nurse_desk.storage.orm import PupilRow

    fields = {
        "given_name": f"Given{number}",
        "family_name": f"Family{number}",
        "national_id": None,
        "class_name": "3B",
    }
    fields.update(text)
    return PupilRow(
        birth_date=datetime.date(2015, 1 + number % 12, 1 + number % 28),
        school_id=school_id,
        active=True,
        **fields,
    )


def add_pupils(vault, school_id: int, count: int, start: int = 0) -> list[int]:
    with vault.session() as session:
        pupils = [new_pupil(school_id, start + n) for n in range(count)]
        session.add_all(pupils)
        session.commit()
        return [pupil.id for pupil in pupils]


def pupil_ids(vault) -> set[int]:
    from sqlalchemy import select

    from nurse_desk.storage.orm import PupilRow

    with vault.session() as session:
        return set(session.scalars(select(PupilRow.id)))


# -- child processes -----------------------------------------------------------------------
def child_command(*args: str) -> list[str]:
    return [sys.executable, str(CHILD), *args]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def run_child(*args: str, timeout: float = CHILD_TIMEOUT_S, **env: str):
    """Run a scenario to its end (or its own SIGKILL) and return the CompletedProcess."""
    return subprocess.run(
        child_command(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=child_env(**env),
        check=False,
    )


def start_child(*args: str, **env: str) -> subprocess.Popen:
    """A scenario running in the background; the caller reads its stdout line by line."""
    return subprocess.Popen(
        child_command(*args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=child_env(**env),
    )


def lines_starting(stdout: str, word: str) -> list[str]:
    """The words after `word` on each whole line. A child killed in the middle of a print
    leaves its last line cut short ("acked " without the number), so a line that did not reach
    its newline is not read."""
    whole = stdout[: stdout.rfind("\n") + 1]
    return [line.split(" ", 1)[1] for line in whole.splitlines() if line.startswith(word + " ")]


def read_line(process, timeout: float) -> str:
    """The child's next stdout line, or "" at EOF; fails the test if nothing comes in time."""
    import select

    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        process.kill()
        raise AssertionError(f"child printed nothing for {timeout} s")
    return process.stdout.readline()


def events(stdout: str) -> list[str]:
    """The labels of the KillSwitch events a child printed, in order."""
    return [line.split(" ", 2)[2] for line in stdout.splitlines() if line.startswith("event ")]


def open_or_none(path: Path, passphrase: str):
    """Vault.open, or None when the passphrase is refused (any other error propagates)."""
    from nurse_desk.domain import errors
    from nurse_desk.storage.vault import Vault

    try:
        return Vault.open(path, passphrase)
    except errors.WrongPassphrase:
        return None
