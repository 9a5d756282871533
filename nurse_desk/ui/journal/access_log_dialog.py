"""The access log: who opened, signed, amended, printed, exported or imported what, filterable."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from nurse_desk.domain.access_log import AccessAction, AccessEntry
from nurse_desk.services import access, partners
from nurse_desk.services import pupils as pupil_service
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.record_table_model import RecordTableModel
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.access_log_words import detail_words
from nurse_desk.ui.journal.wording import moment_text, word


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

    def set_entries(
        self,
        entries: list[AccessEntry],
        names: dict[int, str],
        partners: dict[int, str] | None = None,
    ) -> None:
        """Newest first by time (entries can be written with an earlier time than the last)."""
        self._names = names
        self._partners = partners or {}
        self.set_rows(sorted(entries, key=lambda entry: (entry.at, entry.id), reverse=True))

    def cell(self, entry: AccessEntry, column: AccessLogColumn, role: int, row: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column is AccessLogColumn.DETAIL:
            return detail_words(entry.detail, self._partners)
        pupil = self._names.get(entry.pupil_id, "") if entry.pupil_id is not None else ""
        return (moment_text(entry.at), entry.actor, word(entry.action), pupil)[column]


class AccessLogDialog(QDialog):
    def __init__(self, parent, *, vault: Vault, pupil_id: int | None = None) -> None:
        super().__init__(parent, objectName="access_log_dialog")
        self._vault = vault
        self.setWindowTitle(self.tr("Access log"))
        self.resize(960, 600)
        pupils = pupil_service.list_pupils(vault)
        self._names = {p.id: f"{p.family_name}, {p.given_name}" for p in pupils}
        self._partners = {p.id: p.name for p in partners.list_partners(vault)}
        self.pupil = QComboBox(objectName="log_pupil", editable=True)
        self.pupil.addItem(self.tr("All pupils"), None)
        for record in pupils:
            self.pupil.addItem(self._names[record.id], record.id)
        self.pupil.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if pupil_id is not None:
            self.pupil.setCurrentIndex(self.pupil.findData(pupil_id))
        self.action = QComboBox(objectName="log_action")
        self.action.addItem(self.tr("All actions"), None)
        for action in AccessAction:
            self.action.addItem(word(action), action.value)
        today = date.today()
        self.since = QDateEdit(
            QDate(today.year, today.month, 1).addMonths(-2),
            calendarPopup=True,
            objectName="log_since",
        )
        self.until = QDateEdit(
            QDate(today.year, today.month, today.day), calendarPopup=True, objectName="log_until"
        )
        self.model = AccessLogModel(self)
        self.table = QTableView(objectName="log_table")
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.chain = QLabel(objectName="log_chain")
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
        for signal in (
            self.pupil.currentIndexChanged,
            self.action.currentIndexChanged,
            self.since.dateChanged,
            self.until.dateChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        since = datetime.combine(self.since.date().toPython(), time())
        until = datetime.combine(self.until.date().toPython() + timedelta(days=1), time())
        entries = access.log_entries(
            self._vault,
            pupil_id=self.pupil.currentData(),
            action=_action(self.action.currentData()),
            since=since,
            until=until,
        )
        self.model.set_entries(entries, self._names, self._partners)
        self.table.resizeColumnsToContents()
        finding = access.check_log(self._vault)
        broken = None if finding is None else finding.entry
        self.chain.setText(
            placed(self.tr("%1 entries. The log is intact."), str(len(entries)))
            if broken is None
            else placed(
                self.tr("Warning: the log was altered outside the app at entry %1."), str(broken)
            )
        )
        self.chain.setStyleSheet("" if broken is None else "color: #b00020; font-weight: 600;")


def _action(value: str | None) -> AccessAction | None:
    return None if value is None else AccessAction(value)
