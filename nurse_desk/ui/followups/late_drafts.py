"""The line on Today that lists unsigned drafts older than the nurse's chosen number of days;
each pupil's name opens the pupil's page, where the draft is signed or discarded."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from nurse_desk.domain.unsigned_drafts import UnsignedDraft
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.text import placed

SHOWN_BY_NAME = 8  # more than this: the oldest by name, then how many more


class LateDraftsLine(LanguageAware, QLabel):
    pupil_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="today_drafts")
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(  # Tab reaches each name, Enter opens the pupil
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._on_link_activated)
        self.drafts: tuple[UnsignedDraft, ...] = ()
        self._shown: tuple[int, int, date] | None = None  # days, count, today: to retranslate
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        if self._shown is not None and self.drafts:
            days, count, today = self._shown
            self.show_drafts(days, count, list(self.drafts), today)

    def show_drafts(self, days: int, count: int, drafts: list[UnsignedDraft], today: date) -> None:
        """`drafts`: the oldest of the `count` late drafts (at least SHOWN_BY_NAME of them)."""
        self.drafts = tuple(drafts)
        self._shown = (days, count, today)
        if not drafts:
            self.clear_pupil_data()
            return
        names = ", ".join(
            placed(
                self.tr('<a href="%1">%2</a> (%3 days)'),
                draft.pupil_id,
                escape(draft.pupil_name),
                draft.days_old(today),
            )
            for draft in drafts[:SHOWN_BY_NAME]
        )
        more = count - min(len(drafts), SHOWN_BY_NAME)
        if more > 0:
            names += " " + self.tr("and %n more", "", more)
        heading = self.tr("Unsigned drafts older than %n day(s):", "", days)
        self.setText(f"{escape(heading)} {names}")
        self.setVisible(True)

    def clear_pupil_data(self) -> None:
        self.drafts = ()
        self._shown = None
        self.clear()
        self.setVisible(False)

    def _on_link_activated(self, link: str) -> None:
        if link.isdigit():
            self.pupil_chosen.emit(int(link))
