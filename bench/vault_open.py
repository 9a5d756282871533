"""How long unlocking takes (Argon2id + key check + migrations), and what memory wiping costs."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from nurse_desk.services import demo
from nurse_desk.storage import key_derivation
from nurse_desk.storage.vault import Vault

PASSPHRASE = "fjord tavle sykkel blåbær"


def timed(action, repeat: int = 5) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float]) -> None:
    print(
        f"{name:<48} median {statistics.median(times) * 1000:8.1f} ms  "
        f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}, n={len(times)})"
    )


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.vault"
    demo.create_demo_vault(path, PASSPHRASE).lock()
    salt = path.read_bytes()[:16]
    report("Argon2id key derivation", timed(lambda: key_derivation.derive_key(PASSPHRASE, salt)))
    report(
        "unlock (derive + read-only check + open)",
        timed(lambda: Vault.open(path, PASSPHRASE).lock()),
    )
    # Memory wiping cannot be switched off again in a process that used it: its cost is
    # measured in a separate process by bench/journal_volume.py.


if __name__ == "__main__":
    main()
