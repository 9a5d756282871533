"""When a page last read the vault: it reads again only when shown after an unlock, after a
write to a table it shows, or on a new day (the agenda's parts move at midnight)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QShowEvent

from nurse_desk.services import changes


class Freshness:
    def __init__(
        self,
        reads: frozenset[str],
        read: Callable[[], object],
        *,
        parts: tuple[Freshness, ...] = (),
    ) -> None:
        """`read` reads the page; `parts` are the freshness of views inside it (a list and
        one record's page), forgotten with it."""
        self._tables = tuple(sorted(reads))
        self._read = read
        self._parts = parts
        self._seen: tuple | None = None  # None: not read since the last unlock or lock
        changes.watch_writes()

    def _now(self) -> tuple:
        return date.today(), changes.written(self._tables)

    def reading(self) -> None:
        """The page is reading now (called first thing in its reload, whoever asked)."""
        self._seen = self._now()

    def forget(self) -> None:
        """On lock and unlock: the next showing reads."""
        self._seen = None
        for part in self._parts:
            part.forget()

    @property
    def has_read(self) -> bool:
        """Read since the last unlock or lock."""
        return self._seen is not None

    @property
    def is_stale(self) -> bool:
        return self._seen != self._now()

    def refresh(self) -> bool:
        """Reads if out of date; True if it read."""
        if not self.is_stale:
            return False
        self._read()
        return True


class ReadsWhenShown:
    """Mix in before the Qt class of a page that has `self.freshness` and `self._session`: on
    being shown (its section chosen, the workspace shown after unlocking) it reads if out of
    date. Hidden, it reads nothing."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._session.vault is not None:  # type: ignore[attr-defined]
            self.freshness.refresh()  # type: ignore[attr-defined]
