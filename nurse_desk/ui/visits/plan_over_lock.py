"""A home-visit plan being written when the vault locks is saved as it stands, as a draft
visit (the Home visits page and the pupil's page show it, marked Draft with what it still
lacks), when it can be without a question: the pupil and the time are chosen, and no one in
the home has protected identity (planning such a visit asks the nurse first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from nurse_desk.domain import errors
from nurse_desk.services import home_visits
from nurse_desk.ui.common.kept_over_lock import lost_text

if TYPE_CHECKING:
    from nurse_desk.ui.visits.visit_dialog import VisitDialog


def keep_plan_before_lock(dialog: VisitDialog) -> str | None:
    """The note for the nurse after unlocking; None when nothing was typed."""
    if not dialog.has_unsaved_words():
        return None
    what = QCoreApplication.translate("PlanOverLock", "A home-visit plan")
    plan, visit = dialog.plan(), dialog.visit
    if plan is None or not dialog.form.start.is_chosen():
        return lost_text(what)
    if visit is None and dialog.is_protected_home():
        return lost_text(what)
    try:
        if visit is None:
            dialog.saved = home_visits.plan_visit(dialog.vault, plan, today=dialog.today)
        else:
            dialog.saved = home_visits.update_visit(
                dialog.vault, visit.id, plan, today=dialog.today
            )
    except errors.NurseDeskError:
        return lost_text(what)
    return QCoreApplication.translate(
        "PlanOverLock",
        "A home-visit plan: saved as it stood when the vault locked. Find it under Home "
        "visits; check it before the visit.",
    )
