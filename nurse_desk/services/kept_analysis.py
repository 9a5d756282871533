"""The last analysis of every pupil's absence, kept while the vault stays unlocked and given
again while nothing it was made from has been written since.

At a school year's volume the analysis reads 200,000 entries and takes about a second, and it
is a pure function of what it reads: the absence entries, the pupils and their schools (school
year starts), the nurse's school breaks, the settings (thresholds, the country and so its
holidays), today's date and whether reported absence counts. The tables are versioned by the
write counts storage/changes.py keeps (the same the pages' freshness compares); any write to
one of them, committed or not, gives a new version and so a new analysis.

Its holder (the Absence page) clears it on lock: nothing about a pupil outlives the unlock. An
analysis still running when it is cleared, or while one of its tables is written, is not kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from nurse_desk.services import changes
from nurse_desk.storage.vault import Vault

READS = ("absence_entry", "pupil", "school", "school_closed_period", "vault_setting")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Started:
    """What an analysis began from: the vault, its inputs with the write counts, the clearings."""

    vault: Vault
    version: tuple[Hashable, tuple[int, ...]]
    clearings: int


class KeptAnalysis(Generic[T]):
    def __init__(self) -> None:
        self._guard = threading.Lock()  # the analysis runs on a step's thread, clear on the GUI's
        self._kept: tuple[Vault, Hashable, T] | None = None
        self._clearings = 0
        changes.watch_writes()  # the versions below are the write counts: they must be kept

    def get(self, vault: Vault, inputs: Hashable) -> T | None:
        """The kept analysis if it was made of this vault with these `inputs` (today, options)
        and none of READS was written since."""
        version = (inputs, changes.written(READS))
        with self._guard:
            kept = self._kept
        if kept is not None and kept[0] is vault and kept[1] == version:
            return kept[2]
        return None

    def starting(self, vault: Vault, inputs: Hashable) -> Started:
        """Taken before an analysis reads (`keep` compares it after)."""
        with self._guard:
            clearings = self._clearings
        return Started(vault, (inputs, changes.written(READS)), clearings)

    def keep(self, started: Started, made: T) -> None:
        """Keeps `made` for next time, unless the vault was written or this cleared since
        `started`: what was read may or may not hold that write, so it is not kept."""
        with self._guard:
            if started.clearings == self._clearings and (
                changes.written(READS) == started.version[1]
            ):
                self._kept = (started.vault, started.version, made)

    def recall(self, vault: Vault, inputs: Hashable, make: Callable[[], T]) -> T:
        """`get`, else `make()`, kept for next time."""
        started = self.starting(vault, inputs)
        found = self.get(vault, inputs)
        if found is not None:
            return found
        made = make()
        self.keep(started, made)
        return made

    def clear(self) -> None:
        """On lock; an analysis running now is not kept either."""
        with self._guard:
            self._kept = None
            self._clearings += 1
