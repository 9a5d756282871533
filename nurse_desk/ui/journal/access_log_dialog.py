"""The access log: who opened, signed, amended, printed, exported or imported what, filterable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from functools import partial

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from nurse_desk.domain import errors
from nurse_desk.domain.access_log import AccessAction, AccessEntry, LogFilter
from nurse_desk.services import access
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.column_widths import fit_columns
from nurse_desk.ui.common.date_fields import DateField
from nurse_desk.ui.common.record_table_model import Index, RecordTableModel
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.access_log_words import actor_words, detail_words
from nurse_desk.ui.journal.wording import moment_text, word

PAGE = 300  # entries read at a time, as the nurse scrolls
DATE_PAUSE_MS = 600


class AccessLogColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    PUPIL = 3
    DETAIL = 4


_HEADERS = (
    QT_TRANSLATE_NOOP("AccessLogModel", "When"),
    QT_TRANSLATE_NOOP("AccessLogModel", "Who"),
    QT_TRANSLATE_NOOP("AccessLogModel", "What"),
    QT_TRANSLATE_NOOP("AccessLogModel", "Pupil"),
    QT_TRANSLATE_NOOP("AccessLogModel", "Detail"),
)


class AccessLogModel(RecordTableModel[AccessEntry]):
    COLUMNS = AccessLogColumn
    HEADERS = _HEADERS
    CONTEXT = "AccessLogModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}
        self._partners: dict[int, str] = {}
        self._total = 0
        self._more: Callable[[AccessEntry], list[AccessEntry]] | None = None

    def set_entries(
        self,
        entries: list[AccessEntry],
        names: dict[int, str],
        partners: dict[int, str] | None = None,
        *,
        total: int | None = None,
        more: Callable[[AccessEntry], list[AccessEntry]] | None = None,
    ) -> None:
        """Newest first by time (entries can be written with an earlier time than the last).

        `entries` may be the first page of `total`: `more` reads the page after an entry when
        the view scrolls to the end (canFetchMore/fetchMore), so a year's log is not read, nor
        made into rows, before the nurse scrolls through it."""
        self._names = names
        self._partners = partners or {}
        self._total = len(entries) if total is None else total
        self._more = more
        self.set_rows(sorted(entries, key=lambda entry: (entry.at, entry.id), reverse=True))

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None and len(self._all) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self._all:
            return
        found = self._more(self._all[-1]) if self._more is not None else []
        if not found:  # fewer than counted (a race with a deletion): nothing more to read
            self._total = len(self._all)
            return
        first = len(self._all)
        self.beginInsertRows(QModelIndex(), first, first + len(found) - 1)
        self._all.extend(found)
        self._rows = list(self._all)
        self.endInsertRows()

    def cell(self, entry: AccessEntry, column: AccessLogColumn, role: int, row: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column is AccessLogColumn.DETAIL:
            return detail_words(entry.detail, self._partners)
        pupil = self._names.get(entry.pupil_id, "") if entry.pupil_id is not None else ""
        return (moment_text(entry.at), actor_words(entry.actor), word(entry.action), pupil)[column]


_FITTED = (AccessLogColumn.WHEN, AccessLogColumn.WHO, AccessLogColumn.WHAT, AccessLogColumn.PUPIL)


class AccessLogDialog(QDialog):
    def __init__(self, parent, *, vault: Vault, pupil_id: int | None = None) -> None:
        super().__init__(parent, objectName="access_log_dialog")
        self._vault = vault
        self.setWindowTitle(self.tr("Access log"))
        resize_to_fit(self, 960, 600)
        self.pupil = QComboBox(objectName="log_pupil", editable=True)
        self.pupil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Wide enough for a name, not measured against each of 3,000 names at first show
        # (it grows with the dialog: the filters' row gives it the room left over).
        self.pupil.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pupil.setMinimumContentsLength(16)
        self.chain = QLabel(objectName="log_chain")
        self.action = QComboBox(objectName="log_action")
        self.action.addItem(self.tr("All actions"), None)
        for action in AccessAction:
            self.action.addItem(word(action), action.value)
        today = date.today()
        self.since = DateField(
            QDate(today.year, today.month, 1).addMonths(-2),
            calendarPopup=True,
            objectName="log_since",
        )
        self.until = DateField(
            QDate(today.year, today.month, today.day), calendarPopup=True, objectName="log_until"
        )
        self.model = AccessLogModel(self)
        self.table = QTableView(objectName="log_table")
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Pupil:"), self.pupil),
            (self.tr("Action:"), self.action),
            (self.tr("From:"), self.since),
            (self.tr("To:"), self.until),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 2 if widget is self.pupil else 0)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain)
        # A date field signals at every keystroke (2 of 2024 is 0002 on the way): the list
        # follows once the nurse stops typing or leaves the field.
        self._dates_changed = QTimer(self, singleShot=True, interval=DATE_PAUSE_MS)
        self._dates_changed.timeout.connect(self.refresh)
        for field in (self.since, self.until):
            field.dateChanged.connect(self._dates_changed.start)
            field.editingFinished.connect(self._on_date_edited)
        # The whole chain is checked after every unlock; an opening hashes what was written
        # since the last check, once, whatever the filter (see services.access.check_log_on).
        chosen = self._chosen(pupil_id)
        opening = access.open_log(vault, chosen, PAGE)
        self._names, self._partners = opening.names, opening.partners
        self._finding = opening.finding
        # The pupils' ids beside the list, in its order: one call fills the list with the
        # names (3,000 of them one at a time took a fifth of the opening).
        self._pupil_ids: list[int | None] = [None, *self._names]
        with QSignalBlocker(self.pupil):
            self.pupil.addItems([self.tr("All pupils"), *self._names.values()])
            if pupil_id is not None:
                self.pupil.setCurrentIndex(self._index_of(pupil_id))
        for changed in (self.pupil.currentIndexChanged, self.action.currentIndexChanged):
            changed.connect(self.refresh)
        self._show(chosen, opening.entries, opening.total)

    def chosen_pupil(self) -> int | None:
        """The pupil whose entries are shown, or None for all."""
        at = self.pupil.currentIndex()
        return self._pupil_ids[at] if 0 <= at < len(self._pupil_ids) else None

    def choose_pupil(self, pupil_id: int | None) -> None:
        self.pupil.setCurrentIndex(self._index_of(pupil_id))

    def _index_of(self, pupil_id: int | None) -> int:
        try:
            return self._pupil_ids.index(pupil_id)
        except ValueError:
            return -1

    def _chosen(self, pupil_id: int | None) -> LogFilter:
        return LogFilter(
            pupil_id=pupil_id,
            action=_action(self.action.currentData()),
            since=datetime.combine(self.since.date().toPython(), time()),
            until=datetime.combine(self.until.date().toPython() + timedelta(days=1), time()),
        )

    def refresh(self, *_args) -> None:
        """The first page of the chosen entries and how many there are; the chain's finding
        is the one made at opening (it does not change with the filter)."""
        self._dates_changed.stop()
        chosen = self._chosen(self.chosen_pupil())
        self._show(chosen, *access.first_log_page(self._vault, chosen, PAGE))

    def _show(self, chosen: LogFilter, entries: list[AccessEntry], total: int) -> None:
        self.model.set_entries(
            entries,
            self._names,
            self._partners,
            total=total,
            # Not a method of this dialog: the model would hold the dialog that holds it, a
            # cycle the collector breaks by emptying the model while its view still asks it.
            more=partial(_next_page, self._vault, chosen),
        )
        fit_columns(self.table, _FITTED)
        broken = None if self._finding is None else self._finding.entry
        self.chain.setText(
            self.tr("%n entries. The log is intact.", "", total)  # "1 entry", "3 entries"
            if broken is None
            else placed(
                self.tr("Warning: the log was altered outside the app at entry %1."), str(broken)
            )
        )
        self.chain.setStyleSheet("" if broken is None else "color: #b00020; font-weight: 600;")

    def _on_date_edited(self) -> None:
        """Typing a date finishes it (Enter, leaving the field): shown at once if it changed."""
        if self._dates_changed.isActive():
            self.refresh()


def _next_page(vault: Vault, chosen: LogFilter, last: AccessEntry) -> list[AccessEntry]:
    try:
        return access.next_log_page(vault, chosen, last, PAGE)
    except errors.VaultLocked:  # locked as the view scrolled: nothing more to show
        return []


def _action(value: str | None) -> AccessAction | None:
    return None if value is None else AccessAction(value)
