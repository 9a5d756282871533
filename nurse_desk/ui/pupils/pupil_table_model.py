"""The pupils list as a Qt table model over frozen records."""

from __future__ import annotations

from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCollator,
    QLocale,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from nurse_desk.domain.records import PupilRecord
from nurse_desk.ui.common.dates import date_text
from nurse_desk.ui.common.protected_marker import marked, protected_icon
from nurse_desk.ui.common.record_table_model import RECORD_ROLE as RECORD_ROLE
from nurse_desk.ui.common.record_table_model import FilteredRowsProxy, RecordTableModel


def format_date(day: date) -> str:
    """The nurse's own short date format (24.07.2014 in bokmål, 2014-07-24 in Swedish)."""
    return date_text(day)


class PupilColumn(IntEnum):
    NAME = 0
    BORN = 1
    SCHOOL = 2
    CLASS = 3


_HEADERS = {
    PupilColumn.NAME: QT_TRANSLATE_NOOP("PupilTableModel", "Name"),
    PupilColumn.BORN: QT_TRANSLATE_NOOP("PupilTableModel", "Born"),
    PupilColumn.SCHOOL: QT_TRANSLATE_NOOP("PupilTableModel", "School"),
    PupilColumn.CLASS: QT_TRANSLATE_NOOP("PupilTableModel", "Class"),
}


def _search_key(record: PupilRecord) -> str:
    """One lower-cased key per pupil, built when the nurse first types a word, so filtering
    3,000 rows stays instant."""
    parts = (
        record.given_name,
        record.family_name,
        record.school_name,
        record.class_name,
        record.national_id or "",
    )
    return " ".join(parts).casefold()


def _class_key(class_name: str) -> tuple[int, str]:
    # 0-9 only: a typed '²' passes isdigit() and then int() refuses it.
    digits = "".join(ch for ch in class_name if ch.isascii() and ch.isdigit())
    return (int(digits) if digits else 0, class_name)


_SORT_KEYS = {  # `c` gives a text's collation key
    PupilColumn.NAME: lambda r, c: (c(r.family_name), c(r.given_name)),
    PupilColumn.BORN: lambda r, c: (r.birth_date,),
    PupilColumn.SCHOOL: lambda r, c: (c(r.school_name), _class_key(r.class_name)),
    PupilColumn.CLASS: lambda r, c: (_class_key(r.class_name), c(r.family_name)),
}


class PupilTableModel(RecordTableModel[PupilRecord]):
    COLUMNS = PupilColumn
    HEADERS = _HEADERS
    CONTEXT = "PupilTableModel"
    SORTED_BY = PupilColumn.NAME

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._search_keys: list[str] | None = None  # by position in rows()

    def rows_set(self) -> None:
        self._search_keys = None

    def sort_key(self, column: PupilColumn):
        key = _SORT_KEYS[column]
        collator = QCollator(QLocale())  # æ ø å sort the Norwegian and Swedish way
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        known: dict[str, object] = {}

        def collated(text: str):
            # Once per distinct name: 3,000 pupils share a few hundred, and each key costs
            # about 10 µs (6,000 of them were most of the time the list took to show).
            found = known.get(text)
            if found is None:
                found = known[text] = collator.sortKey(text)
            return found

        return lambda record: key(record, collated)

    def reorder(self, order) -> None:
        super().reorder(order)
        if self._search_keys is not None:
            self._search_keys = [self._search_keys[i] for i in order]

    def accepts(self, position: int, words: list[str], show_left: bool) -> bool:
        if not show_left and not self._all[position].active:
            return False
        if not words:
            return True
        if self._search_keys is None:
            self._search_keys = [_search_key(r) for r in self._all]
        key = self._search_keys[position]
        return all(word in key for word in words)

    def cell(self, record: PupilRecord, column: PupilColumn, role: int, row: int):
        if role == Qt.ItemDataRole.ForegroundRole and not record.active:
            return QBrush(QColor("#888888"))
        if record.protected_identity and column is PupilColumn.NAME:
            if role == Qt.ItemDataRole.DecorationRole:
                return protected_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return marked(f"{record.family_name}, {record.given_name}")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is PupilColumn.NAME:
                return f"{record.family_name}, {record.given_name}"
            if column is PupilColumn.BORN:
                return format_date(record.birth_date)
            if column is PupilColumn.SCHOOL:
                return record.school_name
            return record.class_name
        return None


class PupilFilterProxyModel(FilteredRowsProxy):
    """Every typed word must occur in name, school, class or ID (in any order)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_left = False

    def set_query(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "_words", text.casefold().split()))

    def set_show_left(self, shown: bool) -> None:
        """Pupils who left school stay in the vault (archived) but out of the way by default."""
        self.refilter(lambda: setattr(self, "_show_left", shown))

    def lets_all_through(self) -> bool:
        return self._show_left and not self._words

    def accepts(self, position: int) -> bool:
        return self.sourceModel().accepts(position, self._words, self._show_left)
