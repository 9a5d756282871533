"""The home-visit plan dialog as the visit tests open it: a new plan for a pupil, on a day and
at a time, or an existing visit."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from visit_fixtures import TODAY

from nurse_desk.services import pupils
from nurse_desk.ui.visits.visit_dialog import VisitDialog


def plan_dialog(qtbot, vault, pupil_id, visit=None) -> VisitDialog:
    if visit is not None:
        dialog = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    else:
        dialog = VisitDialog(
            None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault), pupil_id=pupil_id
        )
        dialog.form.day.setDate(QDate(2026, 12, 3))
        dialog.form.start.setTime(QTime(13, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog
