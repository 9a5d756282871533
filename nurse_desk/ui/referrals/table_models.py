"""Table models for referrals, partners and measures: frozen records in, one column enum each,
a proxy that filters on typed words and hides archived rows unless asked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from nurse_desk.domain.measures import MeasureRecord
from nurse_desk.domain.referrals import PartnerRecord, ReferralRecord, ReferralStatus
from nurse_desk.domain.searching import folded, search_words
from nurse_desk.ui.common.record_table_model import RECORD_ROLE as RECORD_ROLE
from nurse_desk.ui.common.record_table_model import FilteredRowsProxy, RecordTableModel
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.referrals.wording import word

_GREY = QColor("#888888")
_OVERDUE = QColor("#b3261e")


def _day(day: date | None) -> str:
    return day_text(day) if day is not None else ""


class ArchivableTableModel(RecordTableModel):
    """Subclasses name their columns, headers and how a record shows in each column; rows can
    be searched by their words and archived rows greyed out and hidden unless asked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._keys: list[str] | None = None  # built when the nurse first types a word

    def rows_set(self) -> None:
        self._keys = None

    def sort_key(self, column: IntEnum) -> Callable:
        return lambda record: self.sort_value(record, column)

    records = RecordTableModel.rows  # the old name

    def cell(self, record, column: IntEnum, role: int, row: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(record, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(record)
            return QBrush(colour) if colour is not None else None
        return None

    def accepts(self, position: int, words: list[str], show_archived: bool) -> bool:
        if not show_archived and self.is_archived(self._all[position]):
            return False
        if not words:
            return True
        if self._keys is None:
            self._keys = [folded(self.search_key(r)) for r in self._all]
        return all(w in self._keys[position] for w in words)

    # -- per kind of record --------------------------------------------------------------
    def text(self, record, column: IntEnum) -> str:
        raise NotImplementedError

    def sort_value(self, record, column: IntEnum):
        return self.text(record, column).casefold()

    def search_key(self, record) -> str:
        return " ".join(self.text(record, column) for column in self.COLUMNS)

    def colour(self, record) -> QColor | None:
        return _GREY if self.is_archived(record) else None

    def is_archived(self, record) -> bool:
        return bool(getattr(record, "archived", False))


class ReferralColumn(IntEnum):
    PUPIL = 0
    PARTNER = 1
    SENT = 2
    STATUS = 3
    EXPECTED = 4
    REASON = 5


class ReferralTableModel(ArchivableTableModel):
    """Closed referrals count as "archived": hidden unless the nurse shows them."""

    COLUMNS = ReferralColumn
    CONTEXT = "ReferralTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ReferralTableModel", "Pupil"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Partner"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Sent"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Status"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Answer expected"),
        QT_TRANSLATE_NOOP("ReferralTableModel", "Reason"),
    )

    def __init__(self, parent=None, *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today

    def text(self, record: ReferralRecord, column: IntEnum) -> str:
        if column is ReferralColumn.PUPIL:
            return record.pupil_name
        if column is ReferralColumn.PARTNER:
            return record.partner_name
        if column is ReferralColumn.SENT:
            return _day(record.sent_on)
        if column is ReferralColumn.STATUS:
            return f"{word(record.status)} {_day(record.status_on)}".strip()
        if column is ReferralColumn.EXPECTED:
            return _day(record.expected_answer_on)
        return " ".join(record.reason.split())

    def sort_value(self, record: ReferralRecord, column: IntEnum):
        if column is ReferralColumn.SENT:
            return record.sent_on.isoformat()
        if column is ReferralColumn.EXPECTED:
            return (record.expected_answer_on or date.max).isoformat()
        if column is ReferralColumn.STATUS:
            return list(ReferralStatus).index(record.status)
        return super().sort_value(record, column)

    def colour(self, record: ReferralRecord) -> QColor | None:
        if record.overdue(self._today()):
            return _OVERDUE
        return _GREY if self.is_archived(record) else None

    def is_archived(self, record: ReferralRecord) -> bool:
        return record.status is ReferralStatus.CLOSED


class PartnerColumn(IntEnum):
    NAME = 0
    KIND = 1
    ORGANISATION = 2
    PHONE = 3
    EMAIL = 4
    REFERRALS = 5


class PartnerTableModel(ArchivableTableModel):
    COLUMNS = PartnerColumn
    CONTEXT = "PartnerTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerTableModel", "Name"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Kind"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Phone"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Referrals"),
    )

    def text(self, record: PartnerRecord, column: IntEnum) -> str:
        values = {
            PartnerColumn.NAME: record.name,
            PartnerColumn.KIND: word(record.kind),
            PartnerColumn.ORGANISATION: record.organisation,
            PartnerColumn.PHONE: record.phone,
            PartnerColumn.EMAIL: record.email,
            PartnerColumn.REFERRALS: str(record.referral_count or ""),
        }
        return values[column]

    def sort_value(self, record: PartnerRecord, column: IntEnum):
        if column is PartnerColumn.REFERRALS:
            return record.referral_count
        return super().sort_value(record, column)


class MeasureColumn(IntEnum):
    NAME = 0
    TARGET = 1
    DESCRIPTION = 2
    LINK = 3


class MeasureTableModel(ArchivableTableModel):
    COLUMNS = MeasureColumn
    CONTEXT = "MeasureTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeasureTableModel", "Measure"),
        QT_TRANSLATE_NOOP("MeasureTableModel", "Target group"),
        QT_TRANSLATE_NOOP("MeasureTableModel", "Short description"),
        QT_TRANSLATE_NOOP("MeasureTableModel", "Link"),
    )

    def text(self, record: MeasureRecord, column: IntEnum) -> str:
        values = {
            MeasureColumn.NAME: record.name,
            MeasureColumn.TARGET: record.target_group,
            MeasureColumn.DESCRIPTION: " ".join(record.description.split()),
            MeasureColumn.LINK: record.link,
        }
        return values[column]


class RecordFilterProxyModel(FilteredRowsProxy):
    """Every typed word must occur somewhere in the row; archived rows only when asked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_archived = False

    def set_query(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "_words", search_words(text)))

    def set_show_archived(self, shown: bool) -> None:
        self.refilter(lambda: setattr(self, "_show_archived", shown))

    def lets_all_through(self) -> bool:
        return self._show_archived and not self._words

    def accepts(self, position: int) -> bool:
        return self.sourceModel().accepts(position, self._words, self._show_archived)
