"""The Today view's model: the four parts of the agenda as top rows, their items under them."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from nurse_desk.domain.agenda import Agenda, AgendaItem, AgendaKind, Bucket
from nurse_desk.domain.follow_ups import FollowUpKind
from nurse_desk.ui.common.dates import date_text
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
_TOP = 0  # internal id of the part rows; items carry their part + 1
# Looked up by position: data() runs for every cell painted, and Enum(value) is slow.
_BUCKETS = tuple(Bucket)
_COLUMNS = tuple(AgendaColumn)
_WIDTH = len(_COLUMNS)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_PART_FLAGS = Qt.ItemFlag.ItemIsEnabled
# "never has children": the tree's layout then does not ask each of 2,000 items for its rows
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


def _t(source: str) -> str:
    return QCoreApplication.translate("AgendaTreeModel", source)


def short_day(day: date) -> str:
    """ "Tue 10 Nov 2026" in the nurse's language: the one date style, with the weekday."""
    return date_text(day, weekday=True)


def what_text(item: AgendaItem) -> str:
    what = FollowUpKind.HOME_VISIT if item.kind is AgendaKind.HOME_VISIT else item.what
    text = follow_up_word(what)
    return f"{text} ↻" if item.recurring else text


class AgendaTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._agenda: Agenda | None = None
        self._parts: tuple[tuple[AgendaItem, ...], ...] = ()

    def set_agenda(self, agenda: Agenda | None) -> None:
        self.beginResetModel()
        self._agenda = agenda
        self._parts = tuple(agenda.bucket(b) for b in Bucket) if agenda is not None else ()
        self.endResetModel()

    def clear(self) -> None:
        self.set_agenda(None)

    @property
    def agenda(self) -> Agenda | None:
        return self._agenda

    def _items(self, bucket: Bucket) -> tuple[AgendaItem, ...]:
        return self._parts[bucket] if self._parts else ()

    # -- structure ---------------------------------------------------------------------
    # index() and flags() run several times for each of thousands of items whenever the tree
    # is laid out: items first, checked against the parts held, with as few calls as can be.
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < _WIDTH or row < 0 or not self._parts:
            return QModelIndex()
        if parent.isValid():
            part = parent.row()
            if row < len(self._parts[part]) and not parent.internalId() and not parent.column():
                return self.createIndex(row, column, part + 1)
            return QModelIndex()
        return self.createIndex(row, column, _TOP) if row < len(_BUCKETS) else QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not self._parts:
            return 0
        if not parent.isValid():
            return len(_BUCKETS)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._parts[parent.row()])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(_HEADERS[AgendaColumn(section)])
        return None

    def item_at(self, index: _Index) -> AgendaItem | None:
        if not index.isValid() or index.internalId() == _TOP or not self._parts:
            return None
        items = self._parts[index.internalId() - 1]
        return items[index.row()] if index.row() < len(items) else None

    # -- data --------------------------------------------------------------------------
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._bucket_data(_BUCKETS[index.row()], index.column(), role)
        item = self.item_at(index)
        if item is None:
            return None
        if role == ITEM_ROLE:
            return item
        bucket = _BUCKETS[index.internalId() - 1]
        column = _COLUMNS[index.column()]
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
        if column is AgendaColumn.DETAILS:
            return self._text(item, column) or None
        return None

    def _bucket_data(self, bucket: Bucket, column: int, role: int):
        if role == BUCKET_ROLE:
            return bucket
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            count = len(self._items(bucket))
            return f"{_t(BUCKET_NAMES[bucket])} ({count})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_BUCKET_FILL[bucket])
        if role == Qt.ItemDataRole.ForegroundRole and bucket is Bucket.OVERDUE:
            return QBrush(OVERDUE_RED)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if index.internalId():  # an item (a part's id is 0, as is an invalid index's)
            return _ITEM_FLAGS
        return _PART_FLAGS if index.isValid() else _NO_FLAGS

    def bucket_index(self, bucket: Bucket) -> QModelIndex:
        return self.index(bucket, 0)
