"""The pupil's timeline as a list model: one row per note, amendment, consent, home visit or
referral event."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from nurse_desk.domain.journal import NoteRecord
from nurse_desk.domain.timeline import REFERRAL_KINDS, TimelineItem, TimelineKind
from nurse_desk.services.access import PupilPage
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.i18n import language_switches
from nurse_desk.ui.journal.wording import day_text, moment_text, word
from nurse_desk.ui.referrals.details import event_word
from nurse_desk.ui.visits.wording import visit_word

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
DRAFT_BROWN = QColor("#8a5a00")  # the colour of unsigned drafts wherever they are named


class TimelineModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._page: PupilPage | None = None
        self._items: list[TimelineItem] = []
        self._kinds: set[TimelineKind] | None = None
        # Each row's text, made when first asked: the list measures every row (its lines
        # wrap) and then paints those on screen, asking for the same text several times.
        self._lines: dict[int, str] = {}
        self._notes: dict[int, NoteRecord] = {}
        language_switches.switched.connect(self._on_language_switched)

    def _on_language_switched(self) -> None:
        self._lines = {}
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_page(self, page: PupilPage | None, kinds: set[TimelineKind] | None = None) -> None:
        self.beginResetModel()
        self._page = page
        self._kinds = kinds
        items = list(page.timeline) if page else []
        self._items = [i for i in items if kinds is None or i.kind in kinds]
        self._notes = {note.id: note for note in page.notes} if page else {}
        self._lines = {}
        self.endResetModel()

    def set_kinds(self, kinds: set[TimelineKind] | None) -> None:
        self.set_page(self._page, kinds)

    def clear(self) -> None:
        self.set_page(None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            line = self._lines.get(index.row())
            if line is None:
                line = self._lines[index.row()] = self._line(item)
            return line  # the tooltip: the whole of a line cut short
        if role == Qt.ItemDataRole.ForegroundRole and self._is_draft(item):
            return QBrush(DRAFT_BROWN)
        return None

    def _is_draft(self, item: TimelineItem) -> bool:
        if item.kind is not TimelineKind.NOTE or self._page is None:
            return False
        return not self._notes[item.ref_id].is_signed

    def _line(self, item: TimelineItem) -> str:
        assert self._page is not None
        if item.kind in (TimelineKind.NOTE, TimelineKind.AMENDMENT):
            note = self._notes[item.ref_id]
            if item.kind is TimelineKind.AMENDMENT:
                return f"{moment_text(item.at)}  ·  " + placed(
                    QCoreApplication.translate("TimelineModel", "Amendment to note of %1"),
                    day_text(note.occurred_at.date()),
                )
            topics = ", ".join(word(t) for t in sorted(note.topics))
            # before the kind: a long line is cut short at its end, and a draft must show
            state = (
                ""
                if note.is_signed
                else QCoreApplication.translate("TimelineModel", "DRAFT") + "  ·  "
            )
            return f"{moment_text(item.at)}  ·  {state}{word(note.kind)}\n{topics}"
        if item.kind is TimelineKind.HOME_VISIT:
            visit = next(v for v in self._page.visits if v.visit_id == item.ref_id)
            label = QCoreApplication.translate("TimelineModel", "Home visit")
            return f"{moment_text(item.at)}  ·  {label}\n{visit_word(visit.status)}"
        if item.kind in REFERRAL_KINDS:
            referral = next(r for r in self._page.referrals if r.id == item.ref_id)
            return (
                f"{day_text(item.at.date())}  ·  {event_word(item.kind)}\n{referral.partner_name}"
            )
        consent = next(c for c in self._page.consents if c.id == item.ref_id)
        label = (
            QCoreApplication.translate("TimelineModel", "Consent withdrawn")
            if item.kind is TimelineKind.CONSENT_WITHDRAWN
            else QCoreApplication.translate("TimelineModel", "Consent given")
        )
        partner = f" ({consent.partner})" if consent.partner else ""
        return f"{day_text(item.at.date())}  ·  {label}\n{word(consent.purpose)}{partner}"
