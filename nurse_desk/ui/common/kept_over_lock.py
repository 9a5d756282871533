"""Typed values a lock would throw away, kept in the vault and brought back.

The lock closes every open dialog from code (main_window.close_open_dialogs) and asks nothing.
Before it does, it calls `keep_before_lock()` on each dialog that has one: a dialog mixing in
`KeptOverLock` puts what the nurse typed into the vault as a pending entry for that pupil (and
that note or visit), and takes it back out when she opens the same form again. The words
returned go into the note she reads after unlocking; they never name the pupil, since they wait
in memory while the vault is locked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from nurse_desk.domain import errors
from nurse_desk.services import pending_entries
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.text import placed


@dataclass(frozen=True, slots=True)
class PendingPlace:
    vault: Vault
    pupil_id: int
    form: str  # which dialog: "amendment", "documentation", …
    subject: int  # the note, visit or follow-up it is about (the pupil's id when none)


class KeptOverLock:
    """Mix in before AsksBeforeClosing; call `bring_back(place)` at the end of __init__."""

    _pending_place: PendingPlace | None = None
    lock_words: str = ""  # what the form is, in the nurse's words, for the note after unlock

    def typed_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore_typed(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def show_brought_back(self, text: str) -> None:
        raise NotImplementedError

    def bring_back(self, place: PendingPlace | None) -> None:
        """Offers back what the lock kept from this form for this pupil, if anything."""
        self._pending_place = place
        if place is None:
            return
        try:
            values = pending_entries.take(
                place.vault, pupil_id=place.pupil_id, form=place.form, subject=place.subject
            )
        except errors.NurseDeskError:
            return  # nothing brought back; the entry stays for the next time
        if values:
            self.restore_typed(values)
            self.show_brought_back(
                QCoreApplication.translate(
                    "KeptOverLock",
                    "What you typed here before the vault locked is back. Save it, or close "
                    "and discard it.",
                )
            )

    def keep_before_lock(self) -> str | None:
        """Called by the lock before it closes the dialog: None when nothing was typed."""
        if not self.has_unsaved_words():  # type: ignore[attr-defined]
            return None
        place = self._pending_place
        if place is not None:
            try:
                pending_entries.keep(
                    place.vault,
                    pupil_id=place.pupil_id,
                    form=place.form,
                    subject=place.subject,
                    values=self.typed_values(),
                )
            except errors.NurseDeskError:
                pass
            else:
                return _kept_text(self.lock_words)
        return lost_text(self.lock_words)


def _kept_text(what: str) -> str:
    text = QCoreApplication.translate(
        "KeptOverLock",
        "%1: what you had typed is kept in the vault. Open it again for the same pupil to go on.",
    )
    return placed(text, what)


def lost_text(what: str) -> str:
    text = QCoreApplication.translate(
        "KeptOverLock", "%1: what you had typed could not be kept. Please type it again."
    )
    return placed(text, what)
