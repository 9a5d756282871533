"""The shape of the catalogue: for each domain enum, each value's words in (nb, sv, en)."""

from __future__ import annotations

from enum import StrEnum

LANGUAGES = ("nb", "sv", "en")

Words = tuple[str, str, str]  # (bokmål, Swedish, English)
Catalogue = dict[type[StrEnum], dict[StrEnum, Words]]
