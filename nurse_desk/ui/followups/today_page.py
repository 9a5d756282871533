"""Today: the first screen after unlocking. What is overdue, due today, later this week and in
the coming weeks; one click on a pupil opens the page, one click on "Done…" completes it."""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.agenda import AgendaItem, AgendaKind, Bucket
from nurse_desk.domain.disclosure import DisclosureReason
from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.services import agenda as agenda_service
from nurse_desk.services import agenda_output, changes
from nurse_desk.services.settings import prints_private_by_default
from nurse_desk.ui.common.column_widths import fit_columns_once, text_cell_margins
from nurse_desk.ui.common.flow_layout import FlowLayout
from nurse_desk.ui.common.focus_order import proxy_first
from nurse_desk.ui.common.freshness import Freshness, ReadsWhenShown
from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.page_stack import WidthFreePage
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog, Released
from nurse_desk.ui.common.reason_dialog import ReasonDialog
from nurse_desk.ui.common.scroll_bar_hold import hold_scroll_bar, rows_shown
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.followups.acting import FollowUpActions, Target
from nurse_desk.ui.followups.agenda_model import (
    BUCKET_NAMES,
    AgendaColumn,
    AgendaModel,
    short_day,
    what_text,
)
from nurse_desk.ui.followups.late_drafts import SHOWN_BY_NAME, LateDraftsLine
from nurse_desk.ui.followups.wording import flags_text
from nurse_desk.ui.i18n import printout_language
from nurse_desk.ui.messages import describe
from nurse_desk.ui.vault_session import VaultSession

_CARD_STYLE = (
    "QPushButton {{ background: {fill}; color: {ink}; border: 1px solid {edge};"
    " border-radius: 8px; padding: 8px 14px; text-align: left; font-size: 11pt; }}"
    " QPushButton:focus {{ border: 2px solid #0b57d0; }}"
)
_CARD_COLORS = {
    Bucket.OVERDUE: ("#fde7ea", "#8c0018", "#e8a0aa"),
    Bucket.TODAY: ("#e3f0ff", "#0b3d91", "#a8c7fa"),
    Bucket.THIS_WEEK: ("#f3f5f7", "#1a1a1a", "#d0d5da"),
    Bucket.LATER: ("#f3f5f7", "#1a1a1a", "#d0d5da"),
}


# column -> at most so many average characters wide: at 1,024 pixels the details keep room
# (a longer class, school or task is cut short with …, whole in its tooltip)
SAMPLED_COLUMNS = {
    AgendaColumn.PUPIL: 22,
    AgendaColumn.CLASS: 22,
    AgendaColumn.WHAT: 20,
    AgendaColumn.DONE: 14,
}


def target_of(item: AgendaItem) -> Target:
    return Target(
        follow_up_id=item.ref_id,
        pupil_id=item.pupil_id,
        occurs_on=item.occurs_on if item.recurring else None,
        recurring=item.recurring,
        label=f"{item.pupil_name}: {what_text(item)}",
    )


class TodayPage(WidthFreePage, ReadsWhenShown, LanguageAware, QWidget):
    pupil_chosen = Signal(int)
    attention_changed = Signal(int)  # overdue + due today, for the sidebar
    follow_ups_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._session = session
        self.actions_ = FollowUpActions(self, session=session)
        self._calendar: SchoolCalendar | None = None
        self.freshness = Freshness(changes.TODAY, self.reload)
        self.title = page_title("page_title")
        self.date_label = QLabel(objectName="today_date")
        self.date_label.setStyleSheet("font-size: 11pt; color: #444;")
        self.date_label.setWordWrap(True)
        self.closed_today = QLabel(objectName="today_closed")
        self.closed_today.setStyleSheet("color: #8a5a00; font-weight: 600;")
        self.closed_today.setWordWrap(True)
        self.drafts = LateDraftsLine(self)
        self.new_button = QPushButton(objectName="today_new_button")
        self.print_button = QPushButton(objectName="today_print_button")
        self.ics_button = QPushButton(objectName="today_ics_button")
        self.cards = {
            bucket: QPushButton(objectName=f"card_{bucket.name.lower()}") for bucket in Bucket
        }
        for bucket, card in self.cards.items():
            fill, ink, edge = _CARD_COLORS[bucket]
            card.setStyleSheet(_CARD_STYLE.format(fill=fill, ink=ink, edge=edge))
        self.model = AgendaModel(self)
        # A table, not a tree: a table lays out its rows without asking the model about each
        # (a tree asks every row whether it has children, twice, in Python), and equal rows
        # need no measuring; the parts' headings span the columns.
        self.agenda_view = QTableView(objectName="agenda_view")
        self.agenda_view.setModel(self.model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_view.setTabKeyNavigation(False)
        self.agenda_view.setAlternatingRowColors(False)
        self.agenda_view.setShowGrid(False)
        self.agenda_view.setWordWrap(False)
        self.agenda_view.verticalHeader().setVisible(False)
        self.agenda_view.verticalHeader().setDefaultSectionSize(
            self.agenda_view.fontMetrics().height() + 10
        )
        header = self.agenda_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        # Widths from the header and a sample of the items (fit_columns), never from every
        # row: resizing to contents asked data() of all 2,000 items on each refresh.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgendaColumn.DETAILS, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="today_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        self.open_button = QPushButton(objectName="today_open_button")
        self.done_button = QPushButton(objectName="today_done_button")
        self.snooze_button = QPushButton(objectName="today_snooze_button")
        self.skip_button = QPushButton(objectName="today_skip_button")
        self._build_layout()
        self._connect_signals()
        self.retranslate_ui()
        self._update_buttons()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.date_label)
        heading.addWidget(self.closed_today)
        top.addLayout(heading, 1)
        for button in (self.new_button, self.print_button, self.ics_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        # Whole captions, a second line in a narrow window: cut to 60 points each, a laptop
        # at 125 % 819 points wide showed "17  Forf" and "1  Senere denne u".
        cards = FlowLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        actions = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.snooze_button, self.skip_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        # Under the buttons, the page's whole width: beside them the eight names took five
        # lines, and on a laptop at 125 % the agenda under them showed four tasks.
        layout.addWidget(self.drafts)
        layout.addLayout(cards)
        layout.addWidget(self.agenda_view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)
        self.setFocusProxy(self.agenda_view)
        proxy_first(self)

    def _connect_signals(self) -> None:
        self.agenda_view.clicked.connect(self._on_item_clicked)
        self.drafts.pupil_chosen.connect(self.pupil_chosen)
        self.agenda_view.activated.connect(self._on_item_activated)
        self.agenda_view.selectionModel().currentChanged.connect(self._keep_off_headings)
        self.agenda_view.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.snooze_button.clicked.connect(self._on_snooze_clicked)
        self.skip_button.clicked.connect(self._on_skip_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.print_menu = QMenu(self.print_button)
        self.print_private_action = self.print_menu.addAction("")
        self.print_names_action = self.print_menu.addAction("")
        self.print_private_action.triggered.connect(lambda: self.print_week(private=True))
        self.print_names_action.triggered.connect(lambda: self.print_week(private=False))
        self.print_menu.aboutToShow.connect(self._on_print_menu_about_to_show)
        self.print_button.setMenu(self.print_menu)
        self.ics_button.clicked.connect(self._on_ics_clicked)
        for bucket, card in self.cards.items():
            card.clicked.connect(lambda _=False, b=bucket: self.show_bucket(b))
        self.actions_.changed.connect(self._on_actions_changed)
        QShortcut(QKeySequence("Ctrl+D"), self, self._on_done_clicked)

    def _fit_due_column(self) -> None:
        """The Due column holds any date with its weekday, year and time, in bold as an overdue
        task's is: measured from this language's weekdays and months, not from a sample of
        rows, so a task read later (an old one, with its year) is never cut short."""
        view = self.agenda_view
        font = QFont(view.font())
        font.setBold(True)
        metrics = QFontMetricsF(font)
        year = date.today().year - 1  # a date of an earlier year is written with its year
        texts = (
            f"{short_day(date(year, month, day))}  23:45"
            for month in range(1, 13)
            for day in range(22, 29)  # seven days in a row: every weekday
        )
        widest = math.ceil(max(metrics.horizontalAdvance(text) for text in texts))
        widest += text_cell_margins(view) + 1
        header = view.horizontalHeader()
        header.resizeSection(
            AgendaColumn.DUE, max(widest, header.sectionSizeHint(AgendaColumn.DUE))
        )

    def retranslate_ui(self) -> None:
        self._fit_due_column()
        self.title.setText(self.tr("Today"))
        self.new_button.setText(self.tr("&New follow-up…"))
        self.print_button.setText(self.tr("&Print week…"))
        self.print_button.setToolTip(self.tr("This week's agenda on paper or as PDF"))
        self.print_private_action.setText(self.tr("Initials and year of birth only…"))
        self.print_names_action.setText(self.tr("With full names and details…"))
        self.ics_button.setText(self.tr("E&xport calendar…"))
        self.ics_button.setToolTip(
            self.tr("An .ics file for a calendar: initials and the kind of task only")
        )
        self.open_button.setText(self.tr("&Open pupil"))
        self.done_button.setText(self.tr("&Done…"))
        self.done_button.setToolTip(self.tr("Mark as done and note the outcome (Ctrl+D)"))
        self.snooze_button.setText(self.tr("&Move…"))
        self.skip_button.setText(self.tr("S&kip this date"))
        self.empty.setText(
            self.tr(
                "Nothing planned. Follow-ups you plan from a note, a pupil's page or the "
                "Follow-ups section appear here, with what is overdue at the top."
            )
        )
        self._show_header()

    # -- showing -----------------------------------------------------------------------
    def reload(self, today: date | None = None) -> None:
        vault = self._session.vault
        if vault is None:
            return
        self.freshness.reading()
        shown = agenda_service.today_view(vault, today, drafts_named=SHOWN_BY_NAME)
        agenda, self._calendar = shown.agenda, shown.calendar
        self.drafts.show_drafts(*shown.late_drafts, today or date.today())
        self.model.set_agenda(agenda)
        self.agenda_view.clearSpans()
        for row in self.model.heading_rows():  # a part's heading runs across the whole width
            self.agenda_view.setSpan(row, 0, 1, self.model.columnCount())
        fit_columns_once(self.agenda_view, SAMPLED_COLUMNS, rows=32)
        rows_shown(self.agenda_view)
        self._select_first_item()
        self._show_header()
        self.attention_changed.emit(agenda.needs_attention)

    def _show_header(self) -> None:
        agenda = self.model.agenda
        today = agenda.today if agenda else date.today()
        locale = QLocale()
        long_date = locale.toString(
            QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
        )
        week = placed(self.tr("week %1"), str(today.isocalendar().week))
        self.date_label.setText(f"{long_date} · {week}")
        for bucket, card in self.cards.items():
            count = len(agenda.bucket(bucket)) if agenda else 0
            card.setText(
                f"{count}  {QCoreApplication.translate('AgendaTreeModel', BUCKET_NAMES[bucket])}"
            )
        calendar = self._calendar
        flags = calendar.flags(today) if calendar else frozenset()
        reason = calendar.holiday_name(today) if calendar else ""
        self.closed_today.setText(
            placed(self.tr("No school today: %1"), flags_text(flags, reason)) if flags else ""
        )
        self.closed_today.setVisible(bool(flags))
        has_items = bool(agenda and len(agenda))
        self.agenda_view.setVisible(has_items or agenda is None)
        self.empty.setVisible(agenda is not None and not has_items)

    def _select_first_item(self) -> None:
        for bucket in Bucket:
            first = self.model.item_index(bucket, 0)
            if first.isValid():
                self.agenda_view.setCurrentIndex(first)
                return

    def show_bucket(self, bucket: Bucket) -> None:
        index = self.model.bucket_index(bucket)
        self.agenda_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        first = self.model.item_index(bucket, 0)
        if first.isValid():
            self.agenda_view.setCurrentIndex(first)
        self.agenda_view.setFocus()

    def _keep_off_headings(self, current: QModelIndex, previous: QModelIndex) -> None:
        """A part's heading is not an item to act on: the current row steps over it, onwards
        in the direction the nurse was going (up from a part's first item goes to the last
        item of the part above), or to the part's first item when the heading was clicked."""
        row = current.row()
        if not self.model.is_heading(row):
            return
        step = -1 if previous.isValid() and previous.row() == row + 1 else 1
        target = row + step
        while self.model.is_heading(target):
            target += step
        if not 0 <= target < self.model.rowCount():
            target = previous.row() if previous.isValid() else -1
        if target >= 0 and not self.model.is_heading(target):
            self.agenda_view.setCurrentIndex(self.model.index(target, current.column()))

    def clear_pupil_data(self) -> None:
        hold_scroll_bar(self.agenda_view)
        self.model.clear()
        self.drafts.clear_pupil_data()
        self._calendar = None
        self.attention_changed.emit(0)
        self._update_buttons()

    def current_item(self) -> AgendaItem | None:
        return self.model.item_at(self.agenda_view.currentIndex())

    def _update_buttons(self, *_args) -> None:
        item = self.current_item()
        follow_up = item is not None and item.kind is AgendaKind.FOLLOW_UP
        self.open_button.setEnabled(item is not None)
        self.done_button.setEnabled(follow_up)
        self.snooze_button.setEnabled(follow_up)
        self.skip_button.setVisible(follow_up and item.recurring)
        unlocked = self._session.vault is not None
        for button in (self.new_button, self.print_button, self.ics_button):
            button.setEnabled(unlocked)

    # -- acting ------------------------------------------------------------------------
    def _on_item_clicked(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is None:
            return
        if index.column() == AgendaColumn.PUPIL:
            self.pupil_chosen.emit(item.pupil_id)
        elif index.column() == AgendaColumn.DONE and item.kind is AgendaKind.FOLLOW_UP:
            self.actions_.complete(target_of(item))

    def _on_item_activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None and index.column() not in (AgendaColumn.PUPIL, AgendaColumn.DONE):
            self.pupil_chosen.emit(item.pupil_id)

    def _on_open_clicked(self) -> None:
        item = self.current_item()
        if item is not None:
            self.pupil_chosen.emit(item.pupil_id)

    def _follow_up_target(self) -> Target | None:
        item = self.current_item()
        return target_of(item) if item and item.kind is AgendaKind.FOLLOW_UP else None

    def _on_done_clicked(self) -> None:
        target = self._follow_up_target()
        if target is not None:
            self.actions_.complete(target)

    def _on_snooze_clicked(self) -> None:
        target = self._follow_up_target()
        if target is not None:
            self.actions_.snooze(target)

    def _on_skip_clicked(self) -> None:
        target = self._follow_up_target()
        if target is not None:
            self.actions_.skip(target)

    def _on_new_clicked(self) -> None:
        self.actions_.plan()

    def _on_actions_changed(self) -> None:
        self.reload()
        self.follow_ups_changed.emit()

    def _on_print_menu_about_to_show(self) -> None:
        """The choice from Settings comes first, so Enter takes it."""
        vault = self._session.vault
        private = vault is not None and prints_private_by_default(vault)
        first = self.print_private_action if private else self.print_names_action
        self.print_menu.setActiveAction(first)
        self.print_menu.setDefaultAction(first)

    def print_week(self, *, private: bool) -> None:
        vault = self._session.vault
        if vault is None:
            return
        sheet = agenda_output.week_sheet(vault, date.today(), private=private)
        pdf = agenda_output.render_week(sheet, language=printout_language())

        def released(how: Released, _where: str, reason: str) -> None:
            agenda_output.log_week_released(
                vault, sheet, saved=how is Released.SAVED, reason=reason
            )

        week = sheet.first_day.isocalendar().week
        PdfPreviewDialog.show_pdf(
            self,
            pdf=pdf,
            title=placed(self.tr("Agenda, week %1"), str(week)),
            file_name=f"agenda-week-{week}.pdf",
            on_released=released,
            needs_reason=True,
            reason_preset=DisclosureReason.CARE,
        )

    def _on_ics_clicked(self) -> None:
        vault = self._session.vault
        if vault is None:
            return
        reason = ReasonDialog.ask(self, preset=DisclosureReason.CARE)
        if reason is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), "nurse-desk-agenda.ics", "iCalendar (*.ics)"
        )
        if not target:
            return
        first = date.today()
        try:
            agenda_output.agenda_calendar(
                vault,
                first,
                first + timedelta(weeks=6),
                reason=reason,
                language=printout_language(),
                out=Path(target),  # logged only once written
            )
        except (errors.NurseDeskError, OSError) as error:
            QMessageBox.warning(self, self.tr("Export calendar"), describe(error))
