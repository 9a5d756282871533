"""The pupil's timeline as a list model: one row per item (a note, an amendment, a consent, a
home visit, a referral event, …), its text from the item's feature (ui/journal/timeline_parts)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from nurse_desk.domain.timeline import TimelineItem, TimelineKind
from nurse_desk.services.access import PupilPage
from nurse_desk.ui.common.kept_answers import KeptAnswers
from nurse_desk.ui.i18n import language_switches
from nurse_desk.ui.journal.timeline_parts import view_of

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
DRAFT_BROWN = QColor("#8a5a00")  # the colour of unsigned drafts wherever they are named


class TimelineModel(KeptAnswers, QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._page: PupilPage | None = None
        self._items: list[TimelineItem] = []
        self._kinds: set[TimelineKind] | None = None
        # Each row's answers are kept once made: the list measures rows and then paints those
        # on screen, asking for the same text several times.
        self.keep_answers()
        language_switches.switched.connect(self._on_language_switched)

    def _on_language_switched(self) -> None:
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1))

    def set_page(self, page: PupilPage | None, kinds: set[TimelineKind] | None = None) -> None:
        self.beginResetModel()
        self._page = page
        self._kinds = kinds
        items = list(page.timeline) if page else []
        self._items = [i for i in items if kinds is None or i.kind in kinds]
        self.endResetModel()

    def set_kinds(self, kinds: set[TimelineKind] | None) -> None:
        self.set_page(self._page, kinds)

    def clear(self) -> None:
        self.set_page(None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def answer(self, row: int, column: int, role: int):
        if not 0 <= row < len(self._items):
            return None
        item = self._items[row]
        if role == ITEM_ROLE:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._line(item)  # the tooltip: the whole of a line cut short
        if role == Qt.ItemDataRole.ForegroundRole and self._is_draft(item):
            return QBrush(DRAFT_BROWN)
        return None

    def _is_draft(self, item: TimelineItem) -> bool:
        return self._page is not None and view_of(item.kind).is_draft(
            item, self._page.record_of(item)
        )

    def _line(self, item: TimelineItem) -> str:
        assert self._page is not None
        return view_of(item.kind).line(item, self._page.record_of(item))
