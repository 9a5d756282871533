"""How long unlocking takes (Argon2id + key check + migrations), and what memory wiping costs."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

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


def insert_rows(path: Path, key: key_derivation.VaultKey, memory_security: str) -> None:
    connection = sqlcipher.connect(str(path), isolation_level=None)
    connection.set_key(key.sqlcipher_key())
    connection.execute(f"PRAGMA cipher_memory_security = {memory_security}")
    connection.execute("CREATE TABLE IF NOT EXISTS bench(x TEXT)")
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO bench VALUES (?)", [("x" * 200,)] * 20000)
    connection.execute("COMMIT")
    connection.execute("SELECT x FROM bench ORDER BY x DESC").fetchall()
    connection.close()


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
    key = key_derivation.VaultKey.from_passphrase(PASSPHRASE, salt)
    for setting in ("OFF", "ON"):
        report(
            f"20k inserts + sort, cipher_memory_security={setting}",
            timed(lambda s=setting: insert_rows(path, key, s), repeat=3),
        )


if __name__ == "__main__":
    main()
