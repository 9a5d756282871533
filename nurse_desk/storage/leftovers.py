"""What a killed restore leaves beside the vault, and how the next start settles it.

A restore keeps the replaced vault aside as `NAME.before-restore-PID-NS` (with its -wal and
-shm) until the restored one opens. Killed in between, that copy stays. Once its process is
gone it is settled by what is at the vault's path:

- nothing: the kill came between setting the vault aside and renaming the restored copy into
  place (only on a disk without hard links): the kept vault is put back;
- the same file (a hard link): the rename never happened, the vault is the old one: its -wal
  and -shm are put back and the second name removed;
- another file: the restored vault took its place: the old one is removed.

The scratch copies a backup, re-key or restore writes beside its target are named here too,
and removed once their process is gone.

Light on imports: the start screens call this before the database layers are loaded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
from pathlib import Path

from nurse_desk.domain import errors

log = logging.getLogger(__name__)

SIDECARS = ("-wal", "-shm", "-journal")
_MAX_PID = 2**31 - 1  # os.kill() overflows above this; no such process exists


def aside_name(vault_path: Path) -> Path:
    """Where a restore keeps the vault it replaces, named with our pid (see module docstring)."""
    return vault_path.with_name(f"{vault_path.name}.before-restore-{os.getpid()}-{time.time_ns()}")


def process_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would send Ctrl+C there; keep the file instead
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process (EPERM): alive, and its file is not ours
        return True
    return True


def _aside_pid(name: str, vault_name: str) -> int | None:
    """0 for a name an older version made (no pid), the pid for ours, None for other names."""
    match = re.fullmatch(
        rf"{re.escape(vault_name)}\.before-restore-(?:([0-9]{{1,10}})-)?[0-9]+"
        r"(?:-wal|-shm|-journal)?",
        name,
    )
    if match is None:
        return None
    pid = int(match.group(1) or 0)
    return pid if pid <= _MAX_PID else None


def stale_asides(vault_path: Path) -> list[Path]:
    """Kept-aside vaults (main files and lone sidecars) whose restore process is gone."""
    try:
        beside = list(vault_path.parent.iterdir())
    except OSError:
        return []
    found = []
    for entry in beside:
        pid = _aside_pid(entry.name, vault_path.name)
        if pid is not None and (pid == 0 or not process_alive(pid)) and not entry.is_dir():
            found.append(entry)
    return sorted(found, key=lambda entry: entry.name, reverse=True)  # newest first


def settle_killed_restore(vault_path: Path) -> None:
    """Put back or remove what a killed restore left (see module docstring). Never raises:
    a file it cannot move stays for the next start."""
    vault_path = Path(vault_path)
    for entry in stale_asides(vault_path):
        try:
            if not entry.name.endswith(SIDECARS):
                _settle(entry, vault_path)
            elif entry.exists() and not Path(_main_of(entry)).exists():
                # A lone -wal or -shm: moved aside before its vault was (or put back after
                # it), and so the vault's own.
                _return_sidecar(entry, Path(str(vault_path) + entry.name[-4:]))
        except OSError:
            log.warning("a vault kept aside by a killed restore could not be settled")


def _main_of(sidecar: Path) -> str:
    text = str(sidecar)
    for suffix in SIDECARS:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _settle(aside: Path, vault_path: Path) -> None:
    if not vault_path.exists() or os.path.samefile(aside, vault_path):
        put_back(aside, vault_path)
    else:
        remove_aside(aside)


def remove_aside(aside: Path) -> None:
    """Sidecars first: a lone -wal beside nothing is then always one still wanted."""
    for suffix in (*SIDECARS, ""):
        Path(str(aside) + suffix).unlink(missing_ok=True)


def _return_sidecar(kept: Path, home: Path) -> None:
    if home.exists():
        kept.unlink()
    else:
        os.replace(kept, home)


def _return_sidecars(aside: Path, vault_path: Path) -> None:
    for suffix in SIDECARS:
        kept = Path(str(aside) + suffix)
        if kept.exists():
            _return_sidecar(kept, Path(str(vault_path) + suffix))


def put_back(aside: Path, vault_path: Path) -> None:
    """The kept vault back at its path, with its own -wal and -shm and nobody else's."""
    if not vault_path.exists():  # nothing there: its sidecars first, then the file
        _return_sidecars(aside, vault_path)
        os.replace(aside, vault_path)
    elif os.path.samefile(aside, vault_path):  # still the vault: drop the second name
        _return_sidecars(aside, vault_path)
        aside.unlink()
    else:  # the restored file: its sidecars must never meet the old vault
        for suffix in SIDECARS:
            Path(str(vault_path) + suffix).unlink(missing_ok=True)
        os.replace(aside, vault_path)
        _return_sidecars(aside, vault_path)


_TEMPORARY_KINDS = ("creating", "writing", "rekey", "restoring")


def temporary_beside(target: Path, purpose: str) -> Path:
    """A scratch file next to `target`, named with our pid so a later run can tell it is stale."""
    return target.with_name(f".{target.name}.{purpose}-{os.getpid()}-{time.monotonic_ns()}")


def refuse_to_replace(
    *targets: Path, refused: type[errors.FileAlreadyThere] = errors.FileAlreadyThere
) -> None:
    """FileAlreadyThere for the first of `targets` already there: what the nurse saved before
    under that name (yesterday's backup, last week's printout) is kept unless she replaces it
    on purpose. `refused`: a kind of it that tells her more (BackupExists: no backup made)."""
    for target in targets:
        if os.path.lexists(target):
            raise refused(os.fspath(target))


def rename_into_place(
    scratch: Path,
    target: Path,
    *,
    replace: bool,
    refused: type[errors.FileAlreadyThere] = errors.FileAlreadyThere,
) -> None:
    """`scratch`, written in full, renamed to `target` in one step. Without `replace` a file
    at `target` is kept (`refused`), also one that came while the scratch was written: a hard
    link never replaces, so looking and naming are one step. A disk without hard links (FAT on
    a USB stick, some shares) is looked at just before the rename instead."""
    if replace:
        os.replace(scratch, target)
        return
    try:
        os.link(scratch, target)
    except FileExistsError:
        raise refused(os.fspath(target)) from None
    except OSError:
        refuse_to_replace(target, refused=refused)
        os.replace(scratch, target)
        return
    # The file is whole under its name: a second name that will not go must not fail the save.
    with contextlib.suppress(OSError):
        os.unlink(scratch)


def remove_with_sidecars(path: Path) -> None:
    """A database file and its -wal, -shm and -journal, whichever exist."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        file = Path(str(path) + suffix)
        try:
            file.unlink(missing_ok=True)
        except OSError:
            # A read-only disk refuses even to remove a file that is not there: only a file
            # that exists and stays is a failure.
            if os.path.lexists(file):
                raise


def remove_stale_temporaries(target: Path, *, any_name: bool = False) -> None:
    """Scratch copies left by a killed backup, re-key or restore (encrypted, but still data).

    Only names temporary_beside() makes (and their SQLite sidecars) are considered, read
    strictly; any other file beside the vault is the nurse's and is left alone. `any_name`:
    those made for any file in the folder (a backup folder holds backups of other names)."""
    try:
        beside = list(target.parent.iterdir())
    except OSError:  # a folder that cannot be listed: nothing to tidy, and no reason to fail
        return
    for leftover in beside:
        pid = _temporary_owner(leftover.name, None if any_name else target.name)
        if pid is not None and not process_alive(pid) and not leftover.is_dir():
            with contextlib.suppress(OSError):  # gone already, or not ours to remove
                leftover.unlink()


def _temporary_owner(name: str, target_name: str | None) -> int | None:
    """The pid in `.{target}.{kind}-{pid}-{ns}` (optionally -wal, -shm or -journal); None
    for any other name. A target_name of None stands for any name."""
    target = r".+?" if target_name is None else re.escape(target_name)
    match = re.fullmatch(
        rf"\.{target}\.(?:{'|'.join(_TEMPORARY_KINDS)})"
        r"-([0-9]{1,10})-[0-9]+(?:-wal|-shm|-journal)?",
        name,
    )
    pid = int(match.group(1)) if match else 0
    return pid if 0 < pid <= _MAX_PID else None
