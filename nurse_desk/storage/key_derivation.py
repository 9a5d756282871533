"""Turning a passphrase into the vault's 256-bit SQLCipher key with Argon2id.

Why Argon2id and not SQLCipher's own PBKDF2: a stolen laptop gives an attacker unlimited offline
guesses, and PBKDF2 runs cheaply on GPUs; Argon2id makes every guess cost memory too. The salt is
the 16 random bytes SQLCipher keeps at the start of the file, so the vault stays one file and no
key material ever lies beside it. docs/SECURITY.md has the full reasoning and the measurements.
"""

from __future__ import annotations

import hmac
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from nurse_desk.domain.passphrase import normalise

SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParameters:
    """Pinned per vault format: changing them would lock every nurse out of her vault."""

    time_cost: int = 7
    memory_kib: int = 64 * 1024
    parallelism: int = 1


FORMAT_1 = KdfParameters()


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes, params: KdfParameters = FORMAT_1) -> bytearray:
    """The raw data key; a bytearray so that it can be wiped when the vault locks."""
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    raw = hash_secret_raw(
        normalise(passphrase).encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    return bytearray(raw)


class VaultKey:
    """The derived key and the file's salt, held only while the vault is unlocked."""

    __slots__ = ("_key", "salt")

    def __init__(self, key: bytearray, salt: bytes) -> None:
        self._key = key
        self.salt = salt

    @classmethod
    def from_passphrase(cls, passphrase: str, salt: bytes) -> VaultKey:
        return cls(derive_key(passphrase, salt), salt)

    def sqlcipher_key(self, *, with_salt: bool = False) -> bytes:
        """SQLCipher's raw-key form x'…'; with the salt only when creating a file."""
        if not self._key:
            raise ValueError("key has been wiped")
        hex_key = self._key.hex() + (self.salt.hex() if with_salt else "")
        return f"x'{hex_key}'".encode("ascii")

    def matches(self, passphrase: str) -> bool:
        """Whether `passphrase` derives this very key (asked again before a passphrase change)."""
        candidate = derive_key(passphrase, self.salt)
        try:
            return hmac.compare_digest(bytes(candidate), bytes(self._key))
        finally:
            candidate[:] = bytes(len(candidate))

    def wipe(self) -> None:
        for index in range(len(self._key)):
            self._key[index] = 0
        self._key = bytearray()

    def __repr__(self) -> str:  # never show key bytes, even in a debugger or a traceback
        return "<VaultKey wiped>" if not self._key else "<VaultKey>"
