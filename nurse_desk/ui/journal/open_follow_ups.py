"""On the pupil's page: the pupil's open follow-ups in one line (next date, what), so the nurse
sees what is promised while she works; the full list is the Follow-ups section."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from nurse_desk.domain.follow_ups import DueFollowUp
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.followups.wording import follow_up_word
from nurse_desk.ui.journal.wording import day_text

SHOWN = 3  # the rest is counted: the line stays one line on a laptop screen


class OpenFollowUpsLabel(LanguageAware, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="pupil_follow_ups")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self._due: tuple[DueFollowUp, ...] = ()
        self._today = date.today()

    def show_due(self, due: tuple[DueFollowUp, ...], today: date) -> None:
        self._due, self._today = due, today
        self.retranslate_ui()

    def clear_pupil_data(self) -> None:
        self._due = ()
        self.clear()

    def retranslate_ui(self) -> None:
        if not self._due:
            self.setText(escape(self.tr("Open follow-ups:")) + " " + escape(self.tr("none")))
            self.setToolTip("")
            return
        parts = [self._part(due) for due in self._due[:SHOWN]]
        more = len(self._due) - SHOWN
        if more > 0:
            parts.append(escape(placed(self.tr("and %1 more"), str(more))))
        self.setText(escape(self.tr("Open follow-ups:")) + " " + " · ".join(parts))
        self.setToolTip("\n".join(self._plain(due) for due in self._due))

    def _what(self, due: DueFollowUp) -> str:
        follow_up = due.follow_up
        text = follow_up.description.strip()
        return text.splitlines()[0] if text else follow_up_word(follow_up.kind)

    def _part(self, due: DueFollowUp) -> str:
        what = self._what(due)
        if len(what) > 40:
            what = what[:39].rstrip() + "…"
        when = f"<b>{escape(day_text(due.next_due))}</b>"
        if due.overdue(self._today):
            when = f"<span style='color:#b00020'>{when}</span>"
        return f"{when} {escape(what)}"

    def _plain(self, due: DueFollowUp) -> str:
        return f"{day_text(due.next_due)}  {follow_up_word(due.follow_up.kind)}: {self._what(due)}"
