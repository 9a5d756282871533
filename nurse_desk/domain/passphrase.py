"""Passphrase rules: normalisation and a strength estimate for the meter.

A lost passphrase cannot be recovered, and a stolen laptop gives an attacker unlimited offline
guesses, so the minimum is about length (a few words) rather than character classes.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

MINIMUM_LENGTH = 12

# A short list of the passwords people reach for first; a real attacker's list is far longer,
# which is why the estimate only ever lowers a score with it.
_COMMON = {
    "password",
    "passord",
    "lösenord",
    "losenord",
    "qwerty",
    "123456",
    "abc123",
    "letmein",
    "sommer",
    "sommar",
    "vinter",
    "hemmelig",
    "hemlig",
    "welcome",
    "velkommen",
    "välkommen",
    "admin",
    "skole",
    "skola",
    "helse",
    "nurse",
    "norge",
    "sverige",
    "iloveyou",
}


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class StrengthEstimate:
    strength: Strength
    bits: float
    acceptable: bool


def normalise(passphrase: str) -> str:
    """NFC, so that æ ø å ä ö typed composed or decomposed open the same vault."""
    return unicodedata.normalize("NFC", passphrase)


def estimate(passphrase: str) -> StrengthEstimate:
    """Rough guessing entropy: pool size × length, less for repeats, runs and common words."""
    text = normalise(passphrase)
    if len(text) < MINIMUM_LENGTH:
        return StrengthEstimate(Strength.TOO_SHORT, _bits(text), False)
    bits = _bits(text)
    if bits < 45:
        strength = Strength.WEAK
    elif bits < 60:
        strength = Strength.FAIR
    elif bits < 80:
        strength = Strength.GOOD
    else:
        strength = Strength.STRONG
    return StrengthEstimate(strength, bits, strength >= Strength.FAIR)


def _bits(text: str) -> float:
    if not text:
        return 0.0
    pool = 0
    if re.search(r"[a-zæøåäö]", text):
        pool += 29
    if re.search(r"[A-ZÆØÅÄÖ]", text):
        pool += 29
    if re.search(r"\d", text):
        pool += 10
    if re.search(r"[^\w]|_", text):
        pool += 33
    effective = _effective_length(text.lower())
    return effective * math.log2(max(pool, 2))


def _effective_length(text: str) -> float:
    for word in _COMMON:
        text = text.replace(word, word[0])
    length = 0.0
    previous = ""
    for char in text:
        if char == previous:
            length += 0.25
        elif previous and abs(ord(char) - ord(previous)) == 1:
            length += 0.5
        else:
            length += 1.0
        previous = char
    return length


def check_new(passphrase: str, repeated: str) -> str | None:
    """Why a new passphrase is refused, as a reason code, or None when it is fine."""
    if normalise(passphrase) != normalise(repeated):
        return "mismatch"
    result = estimate(passphrase)
    if result.strength is Strength.TOO_SHORT:
        return "too_short"
    if not result.acceptable:
        return "too_weak"
    return None
