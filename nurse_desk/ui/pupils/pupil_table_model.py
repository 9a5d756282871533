"""The pupils list as a Qt table model over frozen records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCollator,
    QLocale,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from nurse_desk.domain.national_id import written as written_national_id
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.searching import folded, search_words
from nurse_desk.ui.common.dates import date_text
from nurse_desk.ui.common.protected_marker import marked, protected_icon
from nurse_desk.ui.common.record_table_model import RECORD_ROLE as RECORD_ROLE
from nurse_desk.ui.common.record_table_model import FilteredRowsProxy, RecordTableModel
from nurse_desk.ui.i18n import language_switches


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
        written_national_id(record.national_id or ""),  # typed with its hyphen, found too
    )
    return folded(" ".join(parts))


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
        # Each distinct name's collation key, kept from one reading to the next: 3,000 pupils
        # share a few hundred names, and each key costs about 10 µs. Forgotten on lock (no
        # rows) and when the language, and with it the collation, changes.
        self._collated: dict[str, object] = {}
        # A method, not the dictionary's clear: the app-wide switch would hold the names.
        language_switches.switched.connect(self._forget_collation)

    def _forget_collation(self) -> None:
        self._collated.clear()

    def rows_set(self) -> None:
        self._search_keys = None
        if not self._all:
            self._collated.clear()

    def sort_key(self, column: PupilColumn):
        key = _SORT_KEYS[column]
        known = self._collated
        collator = None

        def collated(text: str):
            nonlocal collator
            found = known.get(text)
            if found is None:
                if collator is None:
                    collator = QCollator(QLocale())  # æ ø å sort the Norwegian/Swedish way
                    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                found = known[text] = collator.sortKey(text)
            return found

        return lambda record: key(record, collated)

    def reorder(self, order) -> None:
        super().reorder(order)
        if self._search_keys is not None:
            self._search_keys = [self._search_keys[i] for i in order]

    def chooser(self, words: list[str], show_left: bool) -> Callable[[int], bool]:
        """Whether the record at a position of rows() is shown: one small function per
        filtering, so 3,000 rows are asked without a method call and a lookup each."""
        records = self._all
        if not words:
            return lambda position: records[position].active
        if self._search_keys is None:
            self._search_keys = [_search_key(r) for r in records]
        keys = self._search_keys

        def chosen(position: int) -> bool:
            if not show_left and not records[position].active:
                return False
            key = keys[position]
            return all(word in key for word in words)

        return chosen

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
        self.refilter(lambda: setattr(self, "_words", search_words(text)))

    def set_show_left(self, shown: bool) -> None:
        """Pupils who left school stay in the vault (archived) but out of the way by default."""
        self.refilter(lambda: setattr(self, "_show_left", shown))

    def lets_all_through(self) -> bool:
        return self._show_left and not self._words

    def chooser(self) -> Callable[[int], bool]:
        return self.sourceModel().chooser(self._words, self._show_left)
