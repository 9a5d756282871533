"""The Home visits page: upcoming and past visits, filterable, and every step of a visit from
planning to the printed sheet and the documentation."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.disclosure import DisclosureReason
from nurse_desk.domain.home_visits import VisitPurpose, VisitStatus, VisitSummary
from nurse_desk.services import changes, home_visits, protected_identity, visit_sheet
from nurse_desk.services import pupils as pupil_service
from nurse_desk.ui.common.column_widths import fit_columns_once
from nurse_desk.ui.common.flow_layout import FlowLayout
from nurse_desk.ui.common.focus_order import proxy_first
from nurse_desk.ui.common.freshness import Freshness, ReadsWhenShown
from nurse_desk.ui.common.kept_over_lock import PendingPlace
from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.page_stack import WidthFreePage
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog, Released
from nurse_desk.ui.common.record_table_view import record_table_view
from nurse_desk.ui.common.scroll_bar_hold import hold_scroll_bar, rows_shown
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.i18n import printout_language
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.messages import describe
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits.documentation_dialog import DocumentationDialog
from nurse_desk.ui.visits.sheet_options_dialog import SheetOptionsDialog
from nurse_desk.ui.visits.visit_dialog import VisitDialog
from nurse_desk.ui.visits.visit_table_model import (
    RECORD_ROLE,
    VisitColumn,
    VisitFilterProxyModel,
    VisitTableModel,
    VisitTime,
)
from nurse_desk.ui.visits.wording import missing_text, visit_word


class HomeVisitsPage(WidthFreePage, ReadsWhenShown, LanguageAware, QWidget):
    visits_changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, session: VaultSession, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._shown: VisitSummary | None = None  # the visit in the detail pane
        # Consents and pupils change on other pages: what is missing is read again then.
        self.freshness = Freshness(changes.HOME_VISITS, self.reload)
        self.model = VisitTableModel(self)
        self.proxy = VisitFilterProxyModel(self, today=self.today())
        self.proxy.setSourceModel(self.model)
        self.title = page_title("page_title")
        self.time_filter = QComboBox(objectName="visit_time_filter")
        self.status_filter = QComboBox(objectName="visit_status_filter")
        for combo in (self.time_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter = QLineEdit(objectName="visit_filter")
        self.filter.setClearButtonEnabled(True)
        self.table = record_table_view(
            self.proxy,
            "visit_table",
            stretch_column=VisitColumn.PUPIL,
            sort_column=VisitColumn.WHEN,
            compact=False,
        )
        self.detail = QTextBrowser(objectName="visit_detail")
        self.detail.setMaximumHeight(110)
        self.detail.setOpenLinks(False)
        self._revealed: tuple[int, str] | None = None  # (visit id, address) shown on request
        self.count_label = QLabel(objectName="visit_count")
        self.new_button = QPushButton(objectName="new_visit_button")
        self.edit_button = QPushButton(objectName="edit_visit_button")
        self.ready_button = QPushButton(objectName="mark_ready_button")
        self.done_button = QPushButton(objectName="mark_done_button")
        self.document_button = QPushButton(objectName="document_visit_button")
        self.print_button = QPushButton(objectName="print_sheet_button")
        self.delete_button = QPushButton(objectName="delete_visit_button")
        self._build_layout()
        self._connect_signals()
        self.retranslate_ui()
        self._update_buttons()

    def today(self) -> date:
        return self._today or date.today()

    def _build_layout(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.delete_button)
        heading.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.time_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.filter, 1)
        actions = FlowLayout()  # a second line in a narrow window
        for button in (
            self.edit_button,
            self.ready_button,
            self.done_button,
            self.document_button,
            self.print_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        self.setFocusProxy(self.table)
        proxy_first(self)

    def _connect_signals(self) -> None:
        self.time_filter.currentIndexChanged.connect(self._on_time_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_status_filter_changed)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.activated.connect(lambda _index: self._on_edit_clicked())
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.ready_button.clicked.connect(self._on_ready_clicked)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.document_button.clicked.connect(self._on_document_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.detail.anchorClicked.connect(self._on_show_address_clicked)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self._on_new_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_clicked)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Home visits"))
        self.new_button.setText(self.tr("&New home visit…"))
        self.new_button.setToolTip(self.tr("Plan a home visit (Ctrl+Shift+N)"))
        self.edit_button.setText(self.tr("&Open plan…"))
        self.ready_button.setText(self.tr("Mark &ready"))
        self.done_button.setText(self.tr("Mark &done"))
        self.document_button.setText(self.tr("Doc&ument…"))
        self.print_button.setText(self.tr("Pre&paration sheet…"))
        self.print_button.setToolTip(self.tr("Preview, print or save the sheet (Ctrl+P)"))
        self.delete_button.setText(self.tr("De&lete plan…"))
        self.filter.setPlaceholderText(self.tr("Filter by pupil…"))
        self._fill_combo(
            self.time_filter,
            [(self.tr("Upcoming and not documented"), VisitTime.UPCOMING.value),
             (self.tr("Past"), VisitTime.PAST.value),
             (self.tr("All visits"), VisitTime.ALL.value)],
        )  # fmt: skip
        self._fill_combo(
            self.status_filter,
            [(self.tr("Any status"), "")] + [(visit_word(s), s.value) for s in VisitStatus],
        )
        self._update_count()
        self._redraw_detail()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = max(combo.currentIndex(), 0)
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(current)
        combo.blockSignals(False)

    # -- showing -----------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        vault = self._session.vault
        if vault is not None:
            self.freshness.reading()
        current = select or (self.current_visit().visit_id if self.current_visit() else None)
        self.proxy.set_today(self.today())
        self.model.set_rows(home_visits.list_visits(vault, today=self.today()) if vault else [])
        fit_columns_once(self.table, (VisitColumn.WHEN, VisitColumn.STATUS, VisitColumn.MISSING))
        rows_shown(self.table)
        self._select(current)
        self._update_count()

    def clear_pupil_data(self) -> None:
        self.filter.clear()
        hold_scroll_bar(self.table)
        self.model.clear()
        self._shown = None
        self.detail.clear()
        self._update_count()
        self._update_buttons()

    def _select(self, visit_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if visit_id is None or index.data(RECORD_ROLE).visit_id == visit_id:
                self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                return
        self._on_current_changed()

    def current_visit(self) -> VisitSummary | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(RECORD_ROLE) if index.isValid() else None

    def _on_current_changed(self, *_args) -> None:
        self._show_detail()
        self._update_buttons()

    def _show_detail(self) -> None:
        """From the list's own record: moving along the list reads nothing."""
        self._shown = self.current_visit() if self._session.vault is not None else None
        self._revealed = None
        self._redraw_detail()

    def _redraw_detail(self) -> None:
        """From the record already read: a change of language does not read the vault."""
        if self._shown is None:
            self.detail.clear()
        else:
            self.detail.setHtml(self._detail_html(self._shown))

    def _detail_html(self, visit: VisitSummary) -> str:
        lines = [
            f"<b>{escape(visit.pupil_name)}</b> · {day_text(visit.planned_on)} "
            f"{visit.starts_at.strftime('%H:%M')} ({visit.minutes} min) · "
            f"{escape(visit_word(visit.status))} · #{visit.visit_id}"  # what print-visit takes
        ]
        if visit.protected:
            lines.append(self._protected_line(visit))
        elif visit.address:
            lines.append(escape(visit.address))
        purposes = [visit_word(p) for p in VisitPurpose if p in visit.purposes]
        purposes.append(visit.purpose_text)
        lines.append(escape(placed(self.tr("Purposes: %1"), "; ".join(p for p in purposes if p))))
        if visit.missing:
            missing = self.tr("Still missing before it can be marked ready: %1")
            lines.append(
                f"<span style='color:#b00020'><b>"
                f"{escape(placed(missing, missing_text(visit.missing)))}</b></span>"
            )
        if visit.note_id is not None:
            lines.append(escape(self.tr("Journal note written; sign it on the pupil's page.")))
        return "<br>".join(lines)

    def _protected_line(self, visit: VisitSummary) -> str:
        """A protected home's address stays hidden until the nurse asks (and that is logged)."""
        marker = escape(self.tr("Protected identity"))
        shown = f"<span style='color:white; background:#b00020'><b>&nbsp;{marker}&nbsp;</b></span> "
        if self._revealed is not None and self._revealed[0] == visit.visit_id:
            return shown + escape(self._revealed[1])
        link = escape(self.tr("Show address"))
        return shown + f"<a href='show-address'>{link}</a>"

    def _on_show_address_clicked(self, _url) -> None:
        vault, visit = self._session.vault, self._shown
        if vault is None or visit is None or not visit.protected:
            return
        address, directions = protected_identity.show_visit_address(vault, visit.visit_id)
        shown = " · ".join(part for part in (address, directions) if part.strip())
        self._revealed = (visit.visit_id, shown or self.tr("(no address written)"))
        self._redraw_detail()

    def _update_buttons(self) -> None:
        visit = self.current_visit()
        status = visit.status if visit else None
        self.new_button.setEnabled(self._session.vault is not None)
        self.edit_button.setEnabled(visit is not None)  # read-only once it has taken place
        self.ready_button.setEnabled(status is VisitStatus.DRAFT)
        self.done_button.setEnabled(status is VisitStatus.READY)
        self.document_button.setEnabled(status in (VisitStatus.READY, VisitStatus.DONE))
        self.print_button.setEnabled(visit is not None)
        self.delete_button.setEnabled(status in (VisitStatus.DRAFT, VisitStatus.READY))

    def _update_count(self) -> None:
        self.count_label.setText(
            placed(
                self.tr("Showing %1 of %2 visits"),
                str(self.proxy.rowCount()),
                str(self.model.total_count()),
            )
        )

    # -- filtering ---------------------------------------------------------------------
    def _on_time_filter_changed(self, index: int) -> None:
        self.proxy.set_time(VisitTime(self.time_filter.itemData(index)))
        self._update_count()

    def _on_status_filter_changed(self, index: int) -> None:
        value = self.status_filter.itemData(index)
        self.proxy.set_status(VisitStatus(value) if value else None)
        self._update_count()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    # -- acting ------------------------------------------------------------------------
    def _on_new_clicked(self) -> None:
        vault = self._session.vault
        if vault is None:
            return
        pupils = [p for p in pupil_service.list_pupils(vault) if p.active]
        saved = VisitDialog.plan_visit(self, vault=vault, today=self.today(), pupils=pupils)
        self._after_change(saved.id if saved else None)

    def _on_edit_clicked(self) -> None:
        vault, visit = self._session.vault, self.current_visit()
        if vault is None or visit is None:
            return
        record = home_visits.open_visit(vault, visit.visit_id, today=self.today())
        # A visit that has taken place opens read-only: it keeps the plan it had.
        saved = VisitDialog.plan_visit(self, vault=vault, today=self.today(), visit=record)
        self._after_change(saved.id if saved else None)

    def _on_ready_clicked(self) -> None:
        self._step(
            lambda vault, visit_id: home_visits.mark_ready(vault, visit_id, today=self.today())
        )

    def _on_done_clicked(self) -> None:
        self._step(home_visits.mark_done)

    def _step(self, action) -> None:
        vault, visit = self._session.vault, self.current_visit()
        if vault is None or visit is None:
            return
        try:
            action(vault, visit.visit_id)
        except errors.NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Home visit"), describe(error))
        self._after_change(visit.visit_id)

    def _on_document_clicked(self) -> None:
        vault, visit = self._session.vault, self.current_visit()
        if vault is None or visit is None:
            return
        record = home_visits.open_visit(vault, visit.visit_id, today=self.today())
        place = PendingPlace(vault, record.plan.pupil_id, "documentation", record.id)
        documentation = DocumentationDialog.document(
            self,
            visit=record,
            today=self.today(),
            place=place,
            save=lambda typed: home_visits.document_visit(
                vault, visit.visit_id, typed, language=printout_language()
            ),
        )  # a refusal is said in the dialog, which stays open with what she wrote
        if documentation is not None:
            self._after_change(visit.visit_id)

    def _on_print_clicked(self) -> None:
        vault, visit = self._session.vault, self.current_visit()
        if vault is None or visit is None:
            return
        offer = visit_sheet.sheet_offer(vault, visit.visit_id)
        choice = SheetOptionsDialog.ask(self, private=offer.private, partners=list(offer.partners))
        if choice is None:
            return
        try:
            preview = visit_sheet.sheet_preview(
                vault,
                visit.visit_id,
                private=choice.private,
                school=choice.school,
                outside_for=choice.outside_for,
                language=printout_language(),
            )
        except errors.NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Preparation sheet"), describe(error))
            return

        def log_release(how: Released, _where: str, reason: str) -> None:
            visit_sheet.log_sheet_released(
                vault,
                visit.visit_id,
                private=choice.private,
                school=choice.school,
                how=how.value,  # "saved" is logged as an EXPORT
                outside_for=choice.outside_for,  # whom it left for: checked against consent
                reason=reason,
            )

        PdfPreviewDialog.show_pdf(
            self,
            pdf=preview.pdf,
            title=self.tr("Preparation sheet"),
            file_name=f"home-visit-{visit.visit_id}.pdf",  # no name in a file name
            on_released=log_release,
            needs_reason=preview.needs_reason,
            reason_preset=None if choice.outside_for else DisclosureReason.HOME_VISIT,
        )

    def _on_delete_clicked(self) -> None:
        vault, visit = self._session.vault, self.current_visit()
        if vault is None or visit is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete plan"),
            self.tr("Delete this plan for good? Visits that took place are kept."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            home_visits.delete_visit(vault, visit.visit_id)
        except errors.NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Delete plan"), describe(error))
        self._after_change(None)

    def _after_change(self, visit_id: int | None) -> None:
        self.reload(select=visit_id)
        self.visits_changed.emit()
