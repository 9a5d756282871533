"""The Follow-ups section: every follow-up, filtered by status, kind, school and words; plan,
edit, complete, move or cancel; Enter or a double-click opens the pupil."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.follow_up_list import FollowUpLine
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpStatus
from nurse_desk.services import changes
from nurse_desk.services import follow_up_work as work
from nurse_desk.ui.common.attempt import attempt
from nurse_desk.ui.common.column_widths import fit_columns_once
from nurse_desk.ui.common.focus_order import proxy_first
from nurse_desk.ui.common.freshness import Freshness, ReadsWhenShown
from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.page_stack import WidthFreePage
from nurse_desk.ui.common.record_table_view import record_table_view
from nurse_desk.ui.common.scroll_bar_hold import hold_scroll_bar, rows_shown
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.followups.acting import FollowUpActions, Target
from nurse_desk.ui.followups.follow_up_table_model import (
    LINE_ROLE,
    FollowUpColumn,
    FollowUpFilterProxyModel,
    FollowUpTableModel,
)
from nurse_desk.ui.followups.wording import follow_up_word
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.vault_session import VaultSession

# In average characters, and never narrower than the column's header: together they leave
# Details room at 1,024 px without scrolling sideways (long text shows in tooltips).
_WIDTHS = {
    FollowUpColumn.PUPIL: 17,
    FollowUpColumn.CLASS: 4,
    FollowUpColumn.SCHOOL: 11,
    FollowUpColumn.WHAT: 11,
    FollowUpColumn.REPEATS: 10,
    FollowUpColumn.RESPONSIBLE: 9,
    FollowUpColumn.STATUS: 7,
}
# Once the list has rows: each column as wide as a sample of its cells, at most so many average
# characters ("Vente på svar på henvisning" was cut to "Vente p…" at 11, beside empty columns
# as wide as their headers), the details keeping their room (column_widths.keep_room).
_FITTED = {
    FollowUpColumn.PUPIL: 22,
    FollowUpColumn.CLASS: 6,
    FollowUpColumn.SCHOOL: 20,
    FollowUpColumn.WHAT: 24,
    FollowUpColumn.REPEATS: 16,
    FollowUpColumn.RESPONSIBLE: 14,
    FollowUpColumn.STATUS: 10,
}
_STATUS_CHOICES = (FollowUpStatus.OPEN, FollowUpStatus.DONE, FollowUpStatus.CANCELLED, None)


def target_of_line(line: FollowUpLine) -> Target:
    return Target(
        follow_up_id=line.id,
        pupil_id=line.pupil_id,
        occurs_on=line.next_occurs_on if line.is_recurring else None,
        recurring=line.is_recurring,
        label=f"{line.pupil_name}: {follow_up_word(line.kind)}",
    )


class FollowUpsPage(WidthFreePage, ReadsWhenShown, LanguageAware, QWidget):
    pupil_chosen = Signal(int)
    follow_ups_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._session = session
        self.actions_ = FollowUpActions(self, session=session)
        self.freshness = Freshness(changes.FOLLOW_UPS, self.reload)
        self.title = page_title("page_title")
        self.status = QComboBox(objectName="follow_up_status_filter")
        self.kind = QComboBox(objectName="follow_up_kind_filter")
        self.school = QComboBox(objectName="follow_up_school_filter")
        self.search = QLineEdit(objectName="follow_up_search")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel(objectName="follow_up_count")
        self.model = FollowUpTableModel(self)
        self.proxy = FollowUpFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = record_table_view(
            self.proxy,
            "follow_up_table",
            stretch_column=FollowUpColumn.DETAILS,
            sort_column=FollowUpColumn.DUE,
        )
        self.table.setWordWrap(False)  # long text shows in tooltips
        self.new_button = QPushButton(objectName="follow_up_new_button")
        self.edit_button = QPushButton(objectName="follow_up_edit_button")
        self.done_button = QPushButton(objectName="follow_up_done_button")
        self.snooze_button = QPushButton(objectName="follow_up_snooze_button")
        self.cancel_button = QPushButton(objectName="follow_up_cancel_button")
        self.reopen_button = QPushButton(objectName="follow_up_reopen_button")
        self._build_layout()
        self._connect_signals()
        self.retranslate_ui()
        self._update_buttons()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.status, self.kind, self.school):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(8)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.done_button,
            self.snooze_button,
            self.cancel_button,
            self.reopen_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.search)
        proxy_first(self)

    def _connect_signals(self) -> None:
        self.status.activated.connect(self._on_status_activated)
        self.kind.activated.connect(self._apply_filter)
        self.school.activated.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.new_button.clicked.connect(lambda: self.actions_.plan())
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.done_button.clicked.connect(lambda: self._act(self.actions_.complete))
        self.snooze_button.clicked.connect(lambda: self._act(self.actions_.snooze))
        self.cancel_button.clicked.connect(lambda: self._act(self.actions_.cancel))
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        self.table.clicked.connect(self._on_table_clicked)
        self.actions_.changed.connect(self._on_actions_changed)

    def _fit_column_widths(self) -> None:
        """After the headers change language: each column at least as wide as its header."""
        header = self.table.horizontalHeader()
        character = self.fontMetrics().averageCharWidth()
        for column, characters in _WIDTHS.items():
            width = max(character * characters, header.sectionSizeHint(column))
            self.table.setColumnWidth(column, width)
        # The widest date of the year with a time, in the language on show.
        widest = f"{day_text(date(2026, 12, 28))} 00:00"
        due = self.table.fontMetrics().horizontalAdvance(widest) + 2 * character
        self.table.setColumnWidth(
            FollowUpColumn.DUE, max(due, header.sectionSizeHint(FollowUpColumn.DUE))
        )

    def retranslate_ui(self) -> None:
        self._fit_column_widths()
        self.title.setText(self.tr("Follow-ups"))
        self.search.setPlaceholderText(self.tr("Search pupil, class, details or outcome…"))
        status = max(self.status.currentIndex(), 0)
        self.status.clear()
        for choice in _STATUS_CHOICES:
            self.status.addItem(follow_up_word(choice) if choice else self.tr("All statuses"))
        self.status.setCurrentIndex(status)
        kind = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("Every kind"), None)
        for choice in FollowUpKind:
            self.kind.addItem(follow_up_word(choice), choice.value)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._fill_schools()
        self.new_button.setText(self.tr("&New follow-up…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.done_button.setText(self.tr("&Done…"))
        self.snooze_button.setText(self.tr("&Move…"))
        self.cancel_button.setText(self.tr("&Cancel…"))
        self.cancel_button.setToolTip(self.tr("Cancel the follow-up (every date still to come)"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self._update_count()

    def _fill_schools(self, names: list[str] | None = None) -> None:
        chosen = self.school.currentData()
        if names is None:
            names = [self.school.itemData(i) for i in range(1, self.school.count())]
        self.school.clear()
        self.school.addItem(self.tr("Every school"), "")
        for name in names:
            self.school.addItem(name, name)
        self.school.setCurrentIndex(max(self.school.findData(chosen), 0))

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        vault = self._session.vault
        if vault is None:
            return
        self.freshness.reading()
        status = _STATUS_CHOICES[max(self.status.currentIndex(), 0)]
        # One status chosen: every row would say the same, and the room goes to the names.
        self.table.setColumnHidden(FollowUpColumn.STATUS, status is not None)
        kept = self._current_place()
        lines = work.follow_up_lines(vault, status=status)
        self.model.today = date.today()
        self._fill_schools(sorted({line.school_name for line in lines}))
        self._apply_filter(refilter=False)
        self.model.set_rows(lines)  # sorted as the header says, and filtered, in one pass
        fit_columns_once(self.table, _FITTED)
        rows_shown(self.table)
        self._select_again(kept)
        self._update_count()
        self._update_buttons()

    def _current_place(self) -> tuple[int, int, int] | None:
        """The current follow-up's id, row and column, to find it again after a reload."""
        index = self.table.currentIndex()
        line = index.data(LINE_ROLE)
        return None if line is None else (line.id, index.row(), index.column())

    def _select_again(self, kept: tuple[int, int, int] | None) -> None:
        """After an edit, Done, Move, Cancel or Reopen the list is read again (a reset that
        clears the current row): the same follow-up stays current where still shown, else the
        row that took its place, so the nurse can go on down the list with the keyboard."""
        rows = self.proxy.rowCount()
        if kept is None or rows == 0:
            return
        follow_up_id, row, column = kept
        record = self.model.record_at
        found = next((r for r in range(rows) if record(r).id == follow_up_id), min(row, rows - 1))
        index = self.proxy.index(found, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def clear_pupil_data(self) -> None:
        hold_scroll_bar(self.table)
        self.model.clear()
        self.search.clear()
        self._fill_schools([])
        self._update_buttons()

    def _apply_filter(self, *_args, refilter: bool = True) -> None:
        kind = self.kind.currentData()
        self.proxy.set_filter(
            kind=FollowUpKind(kind) if kind else None,
            school=self.school.currentData() or "",
            text=self.search.text(),
            refilter=refilter,
        )
        if refilter:
            self._update_count()
            self._update_buttons()

    def _update_count(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.total_count()
        self.count.setText(
            placed(self.tr("%1 of %2"), str(shown), str(total))
            if shown != total
            else self.tr("%n follow-up(s)", "", total)
        )

    def current_line(self) -> FollowUpLine | None:
        return self.table.currentIndex().data(LINE_ROLE)

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.proxy.index(row, 0))

    def _update_buttons(self, *_args) -> None:
        line = self.current_line()
        is_open = line is not None and line.status is FollowUpStatus.OPEN
        for button in (self.edit_button, self.done_button, self.snooze_button, self.cancel_button):
            button.setEnabled(is_open)
        self.done_button.setEnabled(is_open and line.next_due is not None)
        self.reopen_button.setVisible(line is not None and not is_open)
        self.new_button.setEnabled(self._session.vault is not None)

    # -- acting ------------------------------------------------------------------------
    def _act(self, action) -> None:
        line = self.current_line()
        if line is not None and line.status is FollowUpStatus.OPEN:
            action(target_of_line(line))

    def _on_status_activated(self, _index: int) -> None:
        self.reload()

    def _on_edit_clicked(self) -> None:
        line = self.current_line()
        if line is not None and line.status is FollowUpStatus.OPEN:
            self.actions_.edit(line)

    def _on_reopen_clicked(self) -> None:
        vault, line = self._session.vault, self.current_line()
        if vault is None or line is None:
            return
        if attempt(
            self, self.tr("Reopen follow-up"), lambda: work.reopen_follow_up(vault, line.id)
        ):
            self._on_actions_changed()

    def _on_table_activated(self, index: QModelIndex) -> None:
        line = index.data(LINE_ROLE)
        if line is not None:
            self.pupil_chosen.emit(line.pupil_id)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        """One click on the pupil's name opens the page (Enter does too, on any column)."""
        line = index.data(LINE_ROLE)
        if line is not None and index.column() == FollowUpColumn.PUPIL:
            self.pupil_chosen.emit(line.pupil_id)

    def _on_actions_changed(self) -> None:
        self.reload()
        self.follow_ups_changed.emit()
