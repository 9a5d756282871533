"""From a note marked "follow-up needed" to a planned follow-up in one step (pupil page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nurse_desk.services import follow_up_work as work
from nurse_desk.ui.followups.acting import FollowUpActions


def offer_follow_up(
    parent: QWidget, actions: FollowUpActions, *, pupil_id: int, note_id: int | None
) -> None:
    """After the note editor closes: if the note asks for a follow-up that is not planned
    yet, offer to plan it now, linked to the note."""
    vault = actions.vault
    if vault is None or note_id is None or not work.note_needs_follow_up(vault, note_id):
        return
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("NoteFollowUp", "Follow-up needed"),
        QCoreApplication.translate(
            "NoteFollowUp", "The note says a follow-up is needed. Plan it now?"
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        actions.plan(pupil_id=pupil_id, note_id=note_id)


def plan_for_pupil(actions: FollowUpActions, *, pupil_id: int, note_id: int | None) -> None:
    """The pupil page's "Plan follow-up…": linked to the chosen note when it asks for one."""
    vault = actions.vault
    linked = note_id if vault and note_id and work.note_needs_follow_up(vault, note_id) else None
    actions.plan(pupil_id=pupil_id, note_id=linked)
