"""One Nurse Desk at a time per vault: a lock on a file beside it, held while it is unlocked.

Two programs writing the same vault would each keep their own view of it (a note edited in
both, the second save silently undoing the first), so the second is refused with VaultInUse.
The lock is the operating system's (flock on POSIX, a byte-range lock on Windows): it is
released when the vault is locked, when the program exits, and when it is killed, so a crash
never leaves the vault "in use". The file (owner-only, empty) is removed when the vault is
locked; a killed program's file stays, unlocked, and is simply locked again by the next one.

The hold is per process: inside one program the same vault may be opened more than once (a
restore reopens it, tests open it twice); each opening counts, and the last release unlocks.
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from nurse_desk.domain import errors

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


_held: dict[str, list[int]] = {}  # lock file -> [descriptor, openings]
_guard = threading.Lock()


def lock_file_of(vault_path: Path) -> Path:
    return Path(vault_path).with_name(f".{Path(vault_path).name}.lock")


def _key(vault_path: Path) -> str:
    return os.path.realpath(lock_file_of(vault_path))


def hold(vault_path: Path) -> bool:
    """Take the vault for this process; VaultInUse when another process has it.

    Returns False (and holds nothing) where no lock file can be made at all, a read-only
    folder: there nobody can write the vault, so there is nothing to keep apart."""
    key = _key(vault_path)
    with _guard:
        if key in _held:
            _held[key][1] += 1
            return True
        descriptor = _lock_the_file_at(key)
        if descriptor is None:
            return False
        _held[key] = [descriptor, 1]
        return True


def _lock_the_file_at(key: str) -> int | None:
    """A locked descriptor of the file now at `key`. The holder removes the file when it lets
    go, so a file locked just as it was removed is not the one at `key`: then again."""
    for _attempt in range(5):
        try:
            descriptor = os.open(key, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None
        if not _try_lock(descriptor):
            os.close(descriptor)
            raise errors.VaultInUse(key)
        try:
            if os.path.samestat(os.fstat(descriptor), os.stat(key)):
                return descriptor
        except OSError:
            pass  # removed between our open and our lock
        os.close(descriptor)
    raise errors.VaultInUse(key)


def release(vault_path: Path) -> None:
    """Give back one opening; the last one unlocks. Releasing what is not held does nothing."""
    key = _key(vault_path)
    with _guard:
        entry = _held.get(key)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] == 0:
            del _held[key]
            if os.name != "nt":  # Windows cannot remove a file that is open
                with contextlib.suppress(OSError):
                    os.unlink(key)  # while still locked: nobody can take a file going away
            os.close(entry[0])  # closing the descriptor drops the lock


def held_here(vault_path: Path) -> bool:
    with _guard:
        return _key(vault_path) in _held


def belongs_to_an_open_vault(path: Path) -> bool:
    """Whether `path` is a vault this program holds open, its -wal, -shm or -journal, or its
    lock file: a file written there would replace the nurse's records (or their last commits)."""
    target = os.path.realpath(path)
    with _guard:
        keys = list(_held)
    for key in keys:
        folder, name = os.path.split(key)
        vault = os.path.join(folder, name[1 : -len(".lock")])
        if target == key or target in {vault + suffix for suffix in _VAULT_FILES}:
            return True
    return False


_VAULT_FILES = ("", "-wal", "-shm", "-journal")
