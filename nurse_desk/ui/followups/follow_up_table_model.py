"""The Follow-ups list as a table model over frozen FollowUpLine records, with a filter proxy
(kind, school, words)."""

from __future__ import annotations

from datetime import date, time
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from nurse_desk.domain.follow_up_list import FollowUpLine
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpStatus
from nurse_desk.domain.recurrence import Frequency, parse_rule
from nurse_desk.domain.searching import search_words
from nurse_desk.ui.common.record_table_model import RECORD_ROLE, FilteredRowsProxy, RecordTableModel
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.followups.agenda_model import LINK_BLUE, OVERDUE_RED
from nurse_desk.ui.followups.wording import follow_up_word
from nurse_desk.ui.journal.wording import day_text

LINE_ROLE = RECORD_ROLE  # the old name, kept for the page and tests


class FollowUpColumn(IntEnum):
    DUE = 0
    PUPIL = 1
    CLASS = 2
    SCHOOL = 3
    WHAT = 4
    DETAILS = 5
    REPEATS = 6
    RESPONSIBLE = 7
    STATUS = 8


# Cells a 1,024-pixel window may cut short (…): each says in full what it holds when pointed at.
_CUT_SHORT = frozenset(
    (FollowUpColumn.CLASS, FollowUpColumn.SCHOOL, FollowUpColumn.WHAT, FollowUpColumn.DETAILS)
)


_HEADERS = {
    FollowUpColumn.DUE: QT_TRANSLATE_NOOP("FollowUpTableModel", "Due"),
    FollowUpColumn.PUPIL: QT_TRANSLATE_NOOP("FollowUpTableModel", "Pupil"),
    FollowUpColumn.CLASS: QT_TRANSLATE_NOOP("FollowUpTableModel", "Class"),
    FollowUpColumn.SCHOOL: QT_TRANSLATE_NOOP("FollowUpTableModel", "School"),
    FollowUpColumn.WHAT: QT_TRANSLATE_NOOP("FollowUpTableModel", "What"),
    FollowUpColumn.DETAILS: QT_TRANSLATE_NOOP("FollowUpTableModel", "Details / outcome"),
    FollowUpColumn.REPEATS: QT_TRANSLATE_NOOP("FollowUpTableModel", "Repeats"),
    FollowUpColumn.RESPONSIBLE: QT_TRANSLATE_NOOP("FollowUpTableModel", "Responsible"),
    FollowUpColumn.STATUS: QT_TRANSLATE_NOOP("FollowUpTableModel", "Status"),
}


class RepeatWords(QObject):
    """How a repeating follow-up repeats, in words. A QObject so that each text goes through
    self.tr(text, "", n): pyside6-lupdate marks a text as plural only in that form, and a plural
    it does not mark is dropped from the .ts files on the next update."""

    def of(self, rule: str) -> str:
        if not rule:
            return ""
        recurrence = parse_rule(rule)
        if recurrence.frequency is Frequency.MONTHLY:
            text = self.tr("every month")
        elif recurrence.interval == 1:
            text = self.tr("every week")
        else:
            text = self.tr("every %n weeks", "", recurrence.interval)
        if recurrence.until is not None:
            until = self.tr("%1 until %2")
            return placed(until, text, day_text(recurrence.until))
        times = self.tr("%n times", "", recurrence.count or 0)
        return f"{text}, {times}"


_REPEAT_WORDS = RepeatWords()


class FollowUpTableModel(RecordTableModel[FollowUpLine]):
    COLUMNS = FollowUpColumn
    HEADERS = _HEADERS
    CONTEXT = "FollowUpTableModel"
    SORTED_BY = FollowUpColumn.DUE

    def __init__(self, parent=None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._haystacks: dict[int, str] = {}  # line id -> its words, built when first searched

    set_lines = RecordTableModel.set_rows  # the old name

    def rows_set(self) -> None:
        self._haystacks = {}

    def accepts(
        self, position: int, kind: FollowUpKind | None, school: str, words: list[str]
    ) -> bool:
        """Whether the line at `position` of rows() passes the filter."""
        line = self._all[position]
        if kind is not None and line.kind is not kind:
            return False
        if school and line.school_name != school:
            return False
        if not words:
            return True
        haystack = self._haystacks.get(line.id)
        if haystack is None:
            haystack = self._haystacks[line.id] = line.haystack()
        return all(word in haystack for word in words)

    def cell(self, line: FollowUpLine, column: FollowUpColumn, role: int, row: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is FollowUpColumn.DUE:
            due = self._due(line)
            if line.status is FollowUpStatus.OPEN and due is not None and due < self.today:
                return QBrush(OVERDUE_RED)
        if role == Qt.ItemDataRole.ForegroundRole and column is FollowUpColumn.PUPIL:
            return QBrush(LINK_BLUE)
        if role == Qt.ItemDataRole.FontRole and column is FollowUpColumn.PUPIL:
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in _CUT_SHORT:
            return self._text(line, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column is FollowUpColumn.PUPIL:
            return QCoreApplication.translate("FollowUpTableModel", "Open the pupil's page")
        return None

    def sort_key(self, chosen: FollowUpColumn):
        if chosen is FollowUpColumn.DUE:  # every reload sorts by it: 20,000 keys, kept tight
            open_, latest, last = FollowUpStatus.OPEN, date.max, time.max

            def due_key(line: FollowUpLine):
                due = line.next_due if line.status is open_ else line.due_on
                return (due or latest, line.due_time or last, line.id)

            return due_key

        def key(line: FollowUpLine):
            return (self._text(line, chosen).casefold(), self._due(line) or date.max)

        return key

    @staticmethod
    def _due(line: FollowUpLine) -> date | None:
        return line.next_due if line.status is FollowUpStatus.OPEN else line.due_on

    def _text(self, line: FollowUpLine, column: FollowUpColumn) -> str:
        if column is FollowUpColumn.DUE:
            due = self._due(line)
            if due is None:
                return "–"
            return f"{day_text(due)} {line.due_time:%H:%M}" if line.due_time else day_text(due)
        if column is FollowUpColumn.PUPIL:
            return line.pupil_name
        if column is FollowUpColumn.CLASS:
            return line.class_name
        if column is FollowUpColumn.SCHOOL:
            return line.school_name
        if column is FollowUpColumn.WHAT:
            return follow_up_word(line.kind)
        if column is FollowUpColumn.DETAILS:
            return " → ".join(part for part in (line.description, line.outcome) if part)
        if column is FollowUpColumn.REPEATS:
            return _REPEAT_WORDS.of(line.recurrence)
        if column is FollowUpColumn.RESPONSIBLE:
            return line.responsible
        return follow_up_word(line.status)


class FollowUpFilterProxyModel(FilteredRowsProxy):
    """Kind, school and words typed in the search field; status is chosen in the service."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kind: FollowUpKind | None = None
        self._school = ""
        self._words: list[str] = []

    def set_filter(
        self, *, kind: FollowUpKind | None, school: str, text: str, refilter: bool = True
    ) -> None:
        """`refilter=False` only notes the filter, for a reset of the list that follows (the
        rows are then filtered once, not twice)."""

        def note() -> None:
            self._kind, self._school, self._words = kind, school, search_words(text)

        if refilter:
            self.refilter(note)
        else:
            note()

    def lets_all_through(self) -> bool:
        return self._kind is None and not self._school and not self._words

    def accepts(self, position: int) -> bool:
        return self.sourceModel().accepts(position, self._kind, self._school, self._words)
