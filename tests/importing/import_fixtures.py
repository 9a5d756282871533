"""Valid Norwegian national IDs for made-up pupils, and files written in export encodings."""

from __future__ import annotations

from datetime import date

_K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def fodselsnummer(born: date, serial: int) -> str:
    """A fødselsnummer with correct check digits; serial 0..499 for those born 1900-1999,
    500..999 for those born 2000-2039. Returns None-free: skips serials whose check is 10."""
    for individual in range(serial, serial + 50):
        base = f"{born:%d%m%y}{individual % 1000:03d}"
        k1 = 11 - sum(w * int(d) for w, d in zip(_K1, base, strict=True)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        k2 = 11 - sum(w * int(d) for w, d in zip(_K2, base + str(k1), strict=True)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 != 10:
            return f"{base}{k1}{k2}"
    raise ValueError("no valid number near this serial")
