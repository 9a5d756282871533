"""Home visits as a Qt table over frozen VisitSummary records, with a proxy that filters by
time (upcoming or past), status and typed words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from nurse_desk.domain.home_visits import VisitStatus, VisitSummary
from nurse_desk.domain.searching import folded, search_words
from nurse_desk.ui.common.protected_marker import marked, protected_icon
from nurse_desk.ui.common.record_table_model import RECORD_ROLE as RECORD_ROLE
from nurse_desk.ui.common.record_table_model import FilteredRowsProxy, RecordTableModel
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.visits.wording import missing_text, visit_word

_WARNING = QColor("#b00020")


class VisitColumn(IntEnum):
    WHEN = 0
    PUPIL = 1
    STATUS = 2
    MISSING = 3


_HEADERS = {
    VisitColumn.WHEN: QT_TRANSLATE_NOOP("VisitTableModel", "When"),
    VisitColumn.PUPIL: QT_TRANSLATE_NOOP("VisitTableModel", "Pupil"),
    VisitColumn.STATUS: QT_TRANSLATE_NOOP("VisitTableModel", "Status"),
    VisitColumn.MISSING: QT_TRANSLATE_NOOP("VisitTableModel", "Still missing"),
}


class VisitTableModel(RecordTableModel[VisitSummary]):
    """Sorted here, by key, in one Python sort; the proxy only filters (a proxy sorting
    through data() asked for 40,000 sort keys after every change of filter)."""

    COLUMNS = VisitColumn
    HEADERS = _HEADERS
    CONTEXT = "VisitTableModel"

    SORTED_BY = VisitColumn.WHEN

    def sort_key(self, column: VisitColumn):
        return lambda visit: _sort_key(visit, column)

    def cell(self, visit: VisitSummary, column: VisitColumn, role: int, row: int):
        if visit.protected and column is VisitColumn.PUPIL:
            if role == Qt.ItemDataRole.DecorationRole:
                return protected_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return marked(visit.pupil_name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return _text(visit, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is VisitColumn.MISSING:
            return QBrush(_WARNING)
        return None


def _text(visit: VisitSummary, column: VisitColumn) -> str:
    if column is VisitColumn.WHEN:
        return f"{day_text(visit.planned_on)} {visit.starts_at.strftime('%H:%M')}"
    if column is VisitColumn.PUPIL:
        return visit.pupil_name
    if column is VisitColumn.STATUS:
        return visit_word(visit.status)
    return missing_text(visit.missing)


_STATUS_ORDER = {status: place for place, status in enumerate(VisitStatus)}


def _sort_key(visit: VisitSummary, column: VisitColumn):
    if column is VisitColumn.WHEN:
        return visit.planned_on, visit.starts_at
    if column is VisitColumn.STATUS:
        return _STATUS_ORDER[visit.status]
    if column is VisitColumn.MISSING:
        return len(visit.missing)
    return visit.pupil_name.casefold()


class VisitTime(IntEnum):
    UPCOMING = 0  # today and later, plus anything not yet documented
    PAST = 1
    ALL = 2


class VisitFilterProxyModel(FilteredRowsProxy):
    """Upcoming (from today, and any earlier visit still waiting to be documented), past, or
    all; optionally one status; every typed word in the pupil's name."""

    def __init__(self, parent=None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._time = VisitTime.UPCOMING
        self._status: VisitStatus | None = None
        self._words: list[str] = []

    def set_today(self, today: date) -> None:
        # every reload sets it; the rows are filtered again only when the day has changed
        if today != self._today:
            self.refilter(lambda: setattr(self, "_today", today))

    def set_time(self, time: VisitTime) -> None:
        self.refilter(lambda: setattr(self, "_time", VisitTime(time)))

    def set_status(self, status: VisitStatus | None) -> None:
        self.refilter(lambda: setattr(self, "_status", status))

    def set_query(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "_words", search_words(text)))

    def lets_all_through(self) -> bool:
        return self._time is VisitTime.ALL and self._status is None and not self._words

    def chooser(self) -> Callable[[int], bool]:
        """One function for the current settings: 2,000 visits are asked without a method
        call and a lookup each."""
        visits = self.sourceModel().rows()
        status, time, today, words = self._status, self._time, self._today, self._words
        documented = VisitStatus.DOCUMENTED

        def chosen(position: int) -> bool:
            visit = visits[position]
            if status is not None and visit.status is not status:
                return False
            if time is VisitTime.UPCOMING:
                if visit.planned_on < today and visit.status is documented:
                    return False
            elif time is VisitTime.PAST and visit.planned_on >= today:
                return False
            if not words:
                return True
            name = folded(visit.pupil_name)
            return all(word in name for word in words)

        return chosen
