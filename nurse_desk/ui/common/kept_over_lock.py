"""Typed values a lock would throw away, kept in the vault and brought back.

The lock closes every open dialog from code (main_window.close_open_dialogs) and asks nothing.
Before it does, it calls `keep_before_lock()` on each dialog that has one: a dialog mixing in
`KeptOverLock` puts what the nurse typed into the vault as a pending entry for that pupil (and
that note, visit, follow-up or referral), and takes it back out when she opens the same form
again. A new follow-up or referral is kept for the pupil chosen in it when the vault locked
(`for_pupil`), and comes back when the nurse opens it for that pupil or chooses that pupil in
it; one kept before any pupil was chosen comes back in the next such form opened without one.
A form about no pupil (a partner in the directory, a measure in the catalogue) is kept for no
pupil (`no_pupil_place`) and comes back when she opens the same entry, or a new one, again.
The words returned go into the note she reads after unlocking; they never name the pupil, since
they wait in memory while the vault is locked."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDateEdit

from nurse_desk.domain import errors
from nurse_desk.services import pending_entries
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.text import placed


@dataclass(frozen=True, slots=True)
class PendingPlace:
    vault: Vault
    pupil_id: int
    form: str  # which dialog: "amendment", "documentation", "outcome", "new_follow_up", …
    subject: int  # the note, visit, follow-up or referral it is about (the pupil's id if none)


# A new entry kept before a pupil was chosen in it (no pupil has id 0). It belongs to no pupil,
# so removing one leaves it; the next such form opened without a pupil takes it back out.
NO_PUPIL = 0


def new_entry_place(vault: Vault, form: str, pupil_id: int | None) -> PendingPlace:
    """A new follow-up or referral, opened for a pupil or (None) with the pupil to choose."""
    chosen = pupil_id or NO_PUPIL
    return PendingPlace(vault, chosen, form, chosen)


def no_pupil_place(vault: Vault, form: str, subject: int | None) -> PendingPlace:
    """A form about no pupil: the entry it edits, or (None) a new one."""
    return PendingPlace(vault, NO_PUPIL, form, subject or NO_PUPIL)


def for_pupil(place: PendingPlace | None, pupil_id: int | None) -> PendingPlace | None:
    """The place of a new entry (a form whose pupil is chosen in it) for that pupil."""
    if place is None:
        return None
    chosen = pupil_id or NO_PUPIL
    return replace(place, pupil_id=chosen, subject=chosen)


def kept_day(edit: QDateEdit) -> str:
    """A date field's day as kept values hold it (they are stored as JSON)."""
    return edit.date().toPython().isoformat()


def restore_day(edit: QDateEdit, kept: Any) -> None:
    """Leaves the field as it is when nothing readable was kept."""
    day = QDate.fromString(str(kept or ""), Qt.DateFormat.ISODate)
    if day.isValid():
        edit.setDate(day)


class KeptOverLock:
    """Mix in before AsksBeforeClosing; call `bring_back(place)` at the end of __init__."""

    _pending_place: PendingPlace | None = None
    lock_words: str = ""  # what the form is, in the nurse's words, for the note after unlock
    about_a_pupil = True  # False: the note after unlock does not send her to "the same pupil"

    def typed_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore_typed(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def show_brought_back(self, text: str) -> None:
        raise NotImplementedError

    def kept_place(self) -> PendingPlace | None:
        """Where the lock keeps the typed values: the place the form was opened with, unless
        the form says otherwise (a new entry: the pupil chosen in it by now)."""
        return self._pending_place

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

    def bring_back_for_pupil(self, pupil_id: int | None) -> None:
        """The nurse chose a pupil in a new entry she has not typed in yet: what the lock kept
        of a new entry for that pupil comes back."""
        place = self._pending_place
        if place is None or pupil_id is None or self.has_unsaved_words():  # type: ignore[attr-defined]
            return
        self.bring_back(for_pupil(place, pupil_id))

    def keep_before_lock(self) -> str | None:
        """Called by the lock before it closes the dialog: None when nothing was typed."""
        if not self.has_unsaved_words():  # type: ignore[attr-defined]
            return None
        place = self.kept_place()
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
                return _kept_text(self.lock_words, self.about_a_pupil)
        return lost_text(self.lock_words)


def _kept_text(what: str, about_a_pupil: bool) -> str:
    if about_a_pupil:
        text = QCoreApplication.translate(
            "KeptOverLock",
            "%1: what you had typed is kept in the vault. Open it again for the same pupil to "
            "go on.",
        )
    else:
        text = QCoreApplication.translate(
            "KeptOverLock", "%1: what you had typed is kept in the vault. Open it again to go on."
        )
    return placed(text, what)


def lost_text(what: str) -> str:
    text = QCoreApplication.translate(
        "KeptOverLock", "%1: what you had typed could not be kept. Please type it again."
    )
    return placed(text, what)
