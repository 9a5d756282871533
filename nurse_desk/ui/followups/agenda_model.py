"""The Today view's model: the four parts of the agenda, each a heading row and its items."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from nurse_desk.domain.agenda import Agenda, AgendaItem, AgendaKind, Bucket
from nurse_desk.domain.follow_ups import FollowUpKind
from nurse_desk.ui.common.dates import date_text
from nurse_desk.ui.common.kept_answers import KeptAnswers
from nurse_desk.ui.followups.wording import flags_text, follow_up_word

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
BUCKET_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex

OVERDUE_RED = QColor("#b00020")
LINK_BLUE = QColor("#0b57d0")
FLAG_AMBER = QColor("#8a5a00")
_BUCKET_FILL = {
    Bucket.OVERDUE: QColor("#fde7ea"),
    Bucket.TODAY: QColor("#e3f0ff"),
    Bucket.THIS_WEEK: QColor("#eef1f4"),
    Bucket.LATER: QColor("#eef1f4"),
}


class AgendaColumn(IntEnum):
    DUE = 0
    PUPIL = 1
    CLASS = 2
    WHAT = 3
    DETAILS = 4
    DONE = 5


_HEADERS = {
    AgendaColumn.DUE: QT_TRANSLATE_NOOP("AgendaTreeModel", "Due"),
    AgendaColumn.PUPIL: QT_TRANSLATE_NOOP("AgendaTreeModel", "Pupil"),
    AgendaColumn.CLASS: QT_TRANSLATE_NOOP("AgendaTreeModel", "Class"),
    AgendaColumn.WHAT: QT_TRANSLATE_NOOP("AgendaTreeModel", "What"),
    AgendaColumn.DETAILS: QT_TRANSLATE_NOOP("AgendaTreeModel", "Details"),
    AgendaColumn.DONE: QT_TRANSLATE_NOOP("AgendaTreeModel", "Done"),
}
BUCKET_NAMES = {
    Bucket.OVERDUE: QT_TRANSLATE_NOOP("AgendaTreeModel", "Overdue"),
    Bucket.TODAY: QT_TRANSLATE_NOOP("AgendaTreeModel", "Today"),
    Bucket.THIS_WEEK: QT_TRANSLATE_NOOP("AgendaTreeModel", "Later this week"),
    Bucket.LATER: QT_TRANSLATE_NOOP("AgendaTreeModel", "Coming weeks"),
}
# Looked up by position: data() runs for every cell painted, and Enum(value) is slow.
_COLUMNS = tuple(AgendaColumn)


def _t(source: str) -> str:
    return QCoreApplication.translate("AgendaTreeModel", source)


def short_day(day: date) -> str:
    """ "Tue 10 Nov 2026" in the nurse's language: the one date style, with the weekday."""
    return date_text(day, weekday=True)


def what_text(item: AgendaItem) -> str:
    what = FollowUpKind.HOME_VISIT if item.kind is AgendaKind.HOME_VISIT else item.what
    text = follow_up_word(what)
    return f"{text} ↻" if item.recurring else text


class AgendaModel(KeptAnswers, QAbstractTableModel):
    """One flat list: each part's heading row, then its items. Flat, and without a flags() of
    its own, so Qt lays out and selects the rows without calling into Python for each of them
    (a tree of parts, with the flags that keep items from being asked for children, cost a
    dozen Python calls per item: most of a refresh's time at 2,000 items). The view spans
    each heading across the columns; the page keeps the current row off the headings."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._agenda: Agenda | None = None
        self._items: list[AgendaItem | None] = []  # None: a heading
        self._buckets: list[Bucket] = []  # each row's part
        self._headings: dict[Bucket, int] = {}  # each part's heading row
        self.keep_answers()

    def set_agenda(self, agenda: Agenda | None) -> None:
        self.beginResetModel()
        self._agenda = agenda
        self._items, self._buckets, self._headings = [], [], {}
        for bucket in Bucket if agenda is not None else ():
            part = agenda.bucket(bucket)
            self._headings[bucket] = len(self._items)
            self._items += [None, *part]
            self._buckets += [bucket] * (len(part) + 1)
        self.endResetModel()

    def clear(self) -> None:
        self.set_agenda(None)

    @property
    def agenda(self) -> Agenda | None:
        return self._agenda

    def _count(self, bucket: Bucket) -> int:
        return len(self._agenda.bucket(bucket)) if self._agenda is not None else 0

    # -- structure ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(_HEADERS[AgendaColumn(section)])
        return None

    def heading_rows(self) -> list[int]:
        return list(self._headings.values())

    def is_heading(self, row: int) -> bool:
        return 0 <= row < len(self._items) and self._items[row] is None

    def bucket_index(self, bucket: Bucket) -> QModelIndex:
        """The heading row of `bucket`."""
        row = self._headings.get(bucket)
        return self.index(row, 0) if row is not None else QModelIndex()

    def count_in(self, bucket: Bucket) -> int:
        """How many items `bucket` shows."""
        return self._count(bucket)

    def item_index(self, bucket: Bucket, n: int, column: int = 0) -> QModelIndex:
        """The index of the `n`th item of `bucket` (invalid past its end)."""
        if not 0 <= n < self._count(bucket):
            return QModelIndex()
        return self.index(self._headings[bucket] + 1 + n, column)

    def item_at(self, index: _Index) -> AgendaItem | None:
        row = index.row()
        return self._items[row] if index.isValid() and row < len(self._items) else None

    # -- data --------------------------------------------------------------------------
    def answer(self, row: int, column_number: int, role: int):
        if not 0 <= row < len(self._items):
            return None
        item = self._items[row]
        bucket = self._buckets[row]
        if item is None:
            return self._bucket_data(bucket, column_number, role)
        if role == ITEM_ROLE:
            return item
        column = _COLUMNS[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is AgendaColumn.DUE and bucket is Bucket.OVERDUE:
                return QBrush(OVERDUE_RED)
            if column in (AgendaColumn.PUPIL, AgendaColumn.DONE):
                return QBrush(LINK_BLUE)
            if column is AgendaColumn.DETAILS and item.flags and not item.description:
                return QBrush(FLAG_AMBER)
        if role == Qt.ItemDataRole.FontRole and column is AgendaColumn.PUPIL:
            font = QFont()
            font.setUnderline(True)
            return font
        overdue_due = bucket is Bucket.OVERDUE and column is AgendaColumn.DUE
        if role == Qt.ItemDataRole.FontRole and overdue_due:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return None

    def _text(self, item: AgendaItem, column: AgendaColumn) -> str:
        if column is AgendaColumn.DUE:
            text = short_day(item.due_on)
            return f"{text}  {item.due_time:%H:%M}" if item.due_time else text
        if column is AgendaColumn.PUPIL:
            return item.pupil_name
        if column is AgendaColumn.CLASS:
            return f"{item.class_name}, {item.school_name}" if item.class_name else item.school_name
        if column is AgendaColumn.WHAT:
            return what_text(item)
        if column is AgendaColumn.DETAILS:
            flags = flags_text(item.flags, item.flag_reason)
            parts = [part for part in (item.description, f"⚠ {flags}" if flags else "") if part]
            return " · ".join(parts)
        if item.kind is AgendaKind.FOLLOW_UP:
            return "✓ " + QCoreApplication.translate("AgendaTreeModel", "Done…")
        return ""

    def _tooltip(self, item: AgendaItem, column: AgendaColumn) -> str | None:
        if column is AgendaColumn.PUPIL:
            return QCoreApplication.translate("AgendaTreeModel", "Open the pupil's page")
        if column is AgendaColumn.DONE and item.kind is AgendaKind.FOLLOW_UP:
            return QCoreApplication.translate(
                "AgendaTreeModel", "Mark as done and note the outcome"
            )
        if column in (AgendaColumn.DETAILS, AgendaColumn.CLASS, AgendaColumn.WHAT):
            return self._text(item, column) or None  # whole, where the column cuts it short
        return None

    def _bucket_data(self, bucket: Bucket, column: int, role: int):
        if role == BUCKET_ROLE:
            return bucket
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return f"{_t(BUCKET_NAMES[bucket])} ({self._count(bucket)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_BUCKET_FILL[bucket])
        if role == Qt.ItemDataRole.ForegroundRole and bucket is Bucket.OVERDUE:
            return QBrush(OVERDUE_RED)
        return None
