"""The kill soak: a writer is killed with SIGKILL again and again; no acknowledged write is lost.

    python tests/storage/soak.py [--kills N] [--seed S]      (what `make soak` runs)

Each round forks a writer (already imported, so a round costs milliseconds, not a Python
start) that unlocks the vault and commits one pupil per transaction, reporting each id on a
pipe only after its commit returned; every few commits it checkpoints, and now and then it
writes a backup, so kills land while opening, inside commits, at checkpoints and in backups.
A fifth of the kills come within 0.1 s of its start (while unlocking), the others
up to 0.25 s after its first commit. The parent then unlocks the vault and checks that every
acknowledged id is there (and the whole file's integrity every 50 rounds and at the end).

kill -9 is not power loss: this proves the order of writes, not that the disk obeys fsync.
POSIX only (fork).
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's nurse_desk

import storage_support as support

FULL_CHECK_EVERY = 50
OPENING_SHARE = 0.2  # of the kills aimed at the unlock; the rest at a writer already writing
READY_TIMEOUT_S = 30


@dataclass
class SoakResult:
    kills: int
    acknowledged: int
    lost: int
    seconds: float

    def __str__(self) -> str:
        return (
            f"kills {self.kills}, acknowledged writes {self.acknowledged}, "
            f"lost writes {self.lost} ({self.seconds:.1f} s)"
        )


def _writer(path: Path, ack_fd: int, seed: int) -> None:
    """The child: never returns; killed by the parent (or exits if it runs out of rows)."""
    from nurse_desk.storage import backup
    from nurse_desk.storage.vault import Vault

    chance = random.Random(seed)
    vault = Vault.open(path, support.PASSPHRASE)
    school_id = support.add_school(vault, f"Skole {os.getpid()}")
    os.write(ack_fd, b"ready\n")
    for number in range(100_000):
        with vault.session() as session:
            pupil = support.new_pupil(school_id, number)
            session.add(pupil)
            session.commit()
            os.write(ack_fd, f"{pupil.id}\n".encode())
        if number % 7 == 6:
            vault.checkpoint()
        if chance.random() < 0.02:
            backup.backup(vault, path.with_name("soak.backup"), replace=True)
    os._exit(0)


def _one_round(path: Path, rng: random.Random) -> set[int]:
    """Fork a writer, kill it at a random moment, return the ids it acknowledged."""
    read_end, write_end = os.pipe()
    seed = rng.randrange(1 << 30)
    pid = os.fork()
    if pid == 0:  # the writer
        os.close(read_end)
        try:
            _writer(path, write_end, seed)
        finally:
            os._exit(1)
    os.close(write_end)
    received = b""
    if rng.random() < OPENING_SHARE:
        time.sleep(rng.uniform(0.0, 0.1))  # while it unlocks (or soon after)
    else:  # while it writes: timed from its first commit, so a busy machine still tests writes
        received += _read_until_ready(read_end)
        time.sleep(rng.uniform(0.0, 0.25))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while select.select([read_end], [], [], 0)[0]:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        received += chunk
    os.close(read_end)
    whole = received[: received.rfind(b"\n") + 1].decode()  # a cut line was no acknowledgement
    return {int(line) for line in whole.split() if line != "ready"}


def _read_until_ready(read_end: int) -> bytes:
    received = b""
    deadline = time.monotonic() + READY_TIMEOUT_S
    while b"ready\n" not in received and time.monotonic() < deadline:
        if select.select([read_end], [], [], 0.05)[0]:
            chunk = os.read(read_end, 65536)
            if not chunk:
                break  # it died on its own: the parent's checks will say why
            received += chunk
    return received


def run(kills: int, folder: Path, seed: int | None = None, report=print) -> SoakResult:
    support.install_cheap_kdf()
    from nurse_desk.storage.vault import Vault

    seed = random.randrange(1 << 30) if seed is None else seed
    rng = random.Random(seed)
    report(f"soak: {kills} kills, seed {seed}, in {folder}")
    path = folder / "soak.vault"
    Vault.create(path, support.PASSPHRASE).lock()
    acknowledged: set[int] = set()
    lost: set[int] = set()
    started = time.monotonic()
    for number in range(1, kills + 1):
        acknowledged |= _one_round(path, rng)
        vault = Vault.open(path, support.PASSPHRASE)
        try:
            lost |= acknowledged - support.pupil_ids(vault)
            if number % FULL_CHECK_EVERY == 0 or number == kills:
                vault.full_check()
        finally:
            vault.lock()
        if number % 100 == 0:
            report(f"  {number} kills, {len(acknowledged)} acknowledged, {len(lost)} lost")
    return SoakResult(kills, len(acknowledged), len(lost), time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nurse-desk-soak-") as folder:
        result = run(args.kills, Path(folder), args.seed)
    print(result)
    return 0 if result.lost == 0 and result.acknowledged > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
