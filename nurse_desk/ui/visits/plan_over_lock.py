"""A home-visit plan being written when the vault locks is saved as it stands, as a draft
visit (the Home visits page and the pupil's page show it, marked Draft with what it still
lacks), when it can be without a question: the pupil and the time are chosen, and no one in
the home has protected identity (planning such a visit asks the nurse first)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from nurse_desk.domain import errors
from nurse_desk.domain.home_visits import VisitPlan
from nurse_desk.domain.phone_numbers import is_phone
from nurse_desk.services import home_visits
from nurse_desk.ui.common.kept_over_lock import lost_text
from nurse_desk.ui.common.text import placed

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
    known = tuple(c.phone for c in visit.plan.companions) if visit is not None else ()
    plan, left_out = _without_bad_phones(plan, known)
    try:
        if visit is None:
            dialog.saved = home_visits.plan_visit(dialog.vault, plan, today=dialog.today)
        else:
            dialog.saved = home_visits.update_visit(
                dialog.vault, visit.id, plan, today=dialog.today
            )
    except errors.NurseDeskError:
        return lost_text(what)
    if left_out:
        text = QCoreApplication.translate(
            "PlanOverLock",
            "A home-visit plan: saved as it stood when the vault locked, but without the phone "
            "%1, which is not a phone number. Find it under Home visits; check it before the "
            "visit.",
        )
        return placed(text, ", ".join(f"“{phone}”" for phone in left_out))
    return QCoreApplication.translate(
        "PlanOverLock",
        "A home-visit plan: saved as it stood when the vault locked. Find it under Home "
        "visits; check it before the visit.",
    )


def _without_bad_phones(plan: VisitPlan, known: tuple[str, ...]) -> tuple[VisitPlan, list[str]]:
    """The plan with each companion's phone that is no number (and was not stored before) left
    empty, so the rest of the plan is kept; the phones left out, to name them to the nurse."""
    left_out = [
        c.phone for c in plan.companions if c.phone.strip() not in known and not is_phone(c.phone)
    ]
    companions = tuple(replace(c, phone="") if c.phone in left_out else c for c in plan.companions)
    return replace(plan, companions=companions), left_out
