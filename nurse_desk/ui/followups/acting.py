"""What the nurse does to a follow-up, the same from the Today view, the Follow-ups list and the
pupil's page: plan, edit, mark done (and write the note), move, skip one date, cancel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from nurse_desk.domain import errors
from nurse_desk.domain.follow_up_list import FollowUpLine
from nurse_desk.services import follow_up_work as work
from nurse_desk.services import journal, pupils
from nurse_desk.services.school_calendar import school_calendar
from nurse_desk.ui.common.kept_over_lock import PendingPlace, new_entry_place
from nurse_desk.ui.followups.closing_dialogs import CompleteDialog, SnoozeDialog
from nurse_desk.ui.followups.follow_up_dialog import FollowUpDialog
from nurse_desk.ui.journal.note_editor import NoteEditorDialog
from nurse_desk.ui.messages import describe
from nurse_desk.ui.vault_session import VaultSession


@dataclass(frozen=True, slots=True)
class Target:
    """One follow-up, and for a recurring one the date acted on (its place in the rule)."""

    follow_up_id: int
    pupil_id: int
    occurs_on: date | None
    recurring: bool
    label: str  # "Emil Aasen: Phone call to guardian", shown in the dialogs


def pupil_choices(records) -> list[tuple[int, str]]:
    return [
        (pupil.id, f"{pupil.full_name} ({pupil.class_name}, {pupil.school_name})")
        for pupil in records
    ]


class FollowUpActions(QObject):
    changed = Signal()  # something was written: pages reload

    def __init__(self, parent: QWidget, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._parent = parent
        self._session = session

    @property
    def vault(self):
        return self._session.vault

    def _warn(self, error: BaseException) -> None:
        QMessageBox.warning(self._parent, self.tr("Follow-up"), describe(error))

    def plan(self, *, pupil_id: int | None = None, note_id: int | None = None) -> int | None:
        """A new follow-up, for one pupil or chosen from all; linked to a note if given."""
        vault = self._session.vault
        if vault is None:
            return None
        if pupil_id is None:
            choices = pupil_choices(pupils.list_pupils(vault))
        else:
            choices = pupil_choices([work.pupil_of(vault, pupil_id)])
        new = FollowUpDialog.ask(
            self._parent,
            pupils=choices,
            calendar=school_calendar(vault),
            today=date.today(),
            pupil_id=pupil_id,
            place=new_entry_place(vault, "new_follow_up", pupil_id),
        )
        if new is None:
            return None
        try:
            if note_id is not None:
                created = work.follow_up_from_note(vault, note_id, new)
            else:
                created = work.plan_follow_up(vault, new)
        except errors.NurseDeskError as error:
            self._warn(error)
            return None
        self.changed.emit()
        return created

    def edit(self, line: FollowUpLine) -> None:
        vault = self._session.vault
        if vault is None:
            return
        choices = [(line.pupil_id, line.pupil_name)]
        new = FollowUpDialog.ask(
            self._parent,
            pupils=choices,
            calendar=school_calendar(vault),
            today=date.today(),
            existing=line,
            place=PendingPlace(vault, line.pupil_id, "follow_up", line.id),
        )
        if new is None:
            return
        try:
            work.update_follow_up(vault, line.id, new)
        except errors.NurseDeskError as error:
            self._warn(error)
        self.changed.emit()

    def complete(self, target: Target) -> None:
        """Asks for the outcome; if the nurse wants a note, opens the editor on its draft."""
        vault = self._session.vault
        if vault is None:
            return
        place = PendingPlace(vault, target.pupil_id, "outcome", target.follow_up_id)
        answer = CompleteDialog.ask(self._parent, what=target.label, place=place)
        if answer is None:
            return
        try:
            note_id = work.complete_follow_up(
                vault,
                target.follow_up_id,
                outcome=answer.outcome,
                occurs_on=target.occurs_on,
                write_note=answer.write_note,
            )
        except errors.NurseDeskError as error:
            self._warn(error)
            return
        self.changed.emit()
        if note_id is not None:
            NoteEditorDialog.write(
                self._parent,
                vault=vault,
                pupil=work.pupil_of(vault, target.pupil_id),
                note=journal.get_note(vault, note_id),
            )

    def snooze(self, target: Target) -> None:
        vault = self._session.vault
        if vault is None:
            return
        day = SnoozeDialog.ask(
            self._parent, what=target.label, today=date.today(), calendar=school_calendar(vault)
        )
        if day is None:
            return
        try:
            work.snooze_follow_up(vault, target.follow_up_id, to=day, occurs_on=target.occurs_on)
        except errors.NurseDeskError as error:
            self._warn(error)
        self.changed.emit()

    def skip(self, target: Target) -> None:
        """One date of a recurring follow-up will not happen."""
        vault = self._session.vault
        if vault is None or not target.recurring or target.occurs_on is None:
            return
        answer = QMessageBox.question(
            self._parent,
            self.tr("Skip this date"),
            self.tr("Skip this date only? The other dates stay planned."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            work.skip_occurrence(vault, target.follow_up_id, target.occurs_on)
        except errors.NurseDeskError as error:
            self._warn(error)
        self.changed.emit()

    def cancel(self, target: Target) -> None:
        vault = self._session.vault
        if vault is None:
            return
        question = (
            self.tr("Cancel this follow-up and every date still to come?")
            if target.recurring
            else self.tr("Cancel this follow-up?")
        )
        reason, ok = QInputDialog.getText(
            self._parent, self.tr("Cancel follow-up"), question + "\n" + self.tr("Why (optional):")
        )
        if not ok:
            return
        try:
            work.cancel_follow_up(vault, target.follow_up_id, reason=reason)
        except errors.NurseDeskError as error:
            self._warn(error)
        self.changed.emit()
