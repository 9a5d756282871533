"""The Absence section: flagged pupils, most serious first; Enter opens one pupil's charts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.services import absence, changes
from nurse_desk.services.absence import AbsenceOverview
from nurse_desk.services.kept_analysis import KeptAnalysis
from nurse_desk.ui.absence.flag_table_model import (
    FlagColumn,
    FlaggedPupilFilterProxyModel,
    FlaggedPupilTableModel,
)
from nurse_desk.ui.absence.pupil_absence_view import PupilAbsenceWidget
from nurse_desk.ui.common.background import StepRunner
from nurse_desk.ui.common.column_widths import fit_columns_once
from nurse_desk.ui.common.focus_order import proxy_first
from nurse_desk.ui.common.freshness import Freshness, ReadsWhenShown
from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.page_stack import PageStack, WidthFreePage
from nurse_desk.ui.common.record_table_model import RECORD_ROLE
from nurse_desk.ui.common.record_table_view import record_table_view
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.messages import describe
from nurse_desk.ui.vault_session import VaultSession


class AbsencePage(WidthFreePage, ReadsWhenShown, LanguageAware, QWidget):
    pupil_page_requested = Signal(int)  # open the pupil's own page (Pupils section)
    analysis_finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._session = session
        self.freshness = Freshness(changes.ABSENCE, self.reload)
        # every pupil's analysis (200,000 entries in a school year) runs off the GUI thread
        self.analysis = StepRunner(self)
        self.analysis.progressed.connect(self._on_analysis_progressed)
        # the patterns found last, used again while nothing they come from changed (the yearly
        # figures count them too); cleared on lock
        self.kept: KeptAnalysis = session.kept_absence
        self._import_handler: Callable[[QWidget], None] | None = None
        self.today: Callable[[], date] = date.today
        self.overview: AbsenceOverview | None = None
        self.model = FlaggedPupilTableModel(self)
        self.proxy = FlaggedPupilFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.title = page_title("page_title")
        self.school_filter = QComboBox(objectName="absence_school_filter")
        self.class_filter = QComboBox(objectName="absence_class_filter")
        self.include_excused = QCheckBox(objectName="absence_include_excused")
        self.include_excused.setChecked(True)
        self.show_acknowledged = QCheckBox(objectName="absence_show_acknowledged")
        self.refresh_button = QPushButton(objectName="absence_refresh_button")
        # IMPORT: the "Import absence…" dialog of the import feature plugs in here
        # (set_import_handler); until then the button stays disabled.
        self.import_button = QPushButton(objectName="import_absence")
        self.import_button.setEnabled(False)
        self.table = record_table_view(
            self.proxy, "absence_flag_table", stretch_column=FlagColumn.FLAGS
        )
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.progress = QProgressBar(objectName="absence_progress")
        self.progress.setVisible(False)
        self.status = QLabel(objectName="absence_status")
        self.status.setWordWrap(True)
        self.pupil_view = PupilAbsenceWidget(self, session=session)
        self.stack = PageStack()
        self.stack.addWidget(self._build_list())
        self.stack.addWidget(self.pupil_view)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.setFocusProxy(self.table)
        proxy_first(self)
        self._connect_signals()
        self.retranslate_ui()

    def _build_list(self) -> QWidget:
        self.list_view = QWidget(objectName="absence_list")
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.refresh_button)
        heading.addWidget(self.import_button)
        filters = QHBoxLayout()
        filters.addWidget(self.school_filter)
        filters.addWidget(self.class_filter)
        filters.addWidget(self.include_excused)
        filters.addWidget(self.show_acknowledged)
        filters.addStretch(1)
        layout = QVBoxLayout(self.list_view)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        return self.list_view

    def _connect_signals(self) -> None:
        self.table.activated.connect(self._on_table_activated)
        self.school_filter.activated.connect(self._on_school_filter_activated)
        self.class_filter.activated.connect(self._on_place_chosen)
        self.include_excused.toggled.connect(self.reload)
        self.show_acknowledged.toggled.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.pupil_view.back_requested.connect(self.show_list)
        self.pupil_view.pupil_page_requested.connect(self.pupil_page_requested)
        self.pupil_view.flags_changed.connect(self.reload)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Worrying absence"))
        self.include_excused.setText(self.tr("Count reported and excused absence"))
        self.include_excused.setToolTip(
            self.tr("The guideline says absence can be worrying even when it is reported")
        )
        self.show_acknowledged.setText(self.tr("Show acknowledged"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.import_button.setText(self.tr("&Import absence…"))
        self._fill_place_filters()
        self._update_status()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Starts the analysis in a worker; the list fills when it reports back. The workspace
        asks for it only when the page is shown and out of date (unlocking stays quick)."""
        vault = self._session.vault
        if vault is None:
            return
        self.freshness.reading()
        options = {
            "today": self.today(),
            "include_excused": self.include_excused.isChecked(),
            "show_acknowledged": self.show_acknowledged.isChecked(),
        }
        try:
            kept = absence.kept_overview(vault, self.kept, **options)
        except NurseDeskError as error:
            self._on_analysis_failed(error)
            return
        if kept is not None:  # nothing the patterns come from changed: no worker, no progress
            self.analysis.cancel()
            self._on_analysis_finished(kept)
            return
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.analysis.start(
            lambda progress: absence.analyse_all(
                vault, progress=progress, kept=self.kept, **options
            ),
            self._on_analysis_finished,
            self._on_analysis_failed,
        )

    def _on_analysis_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_analysis_finished(self, overview: AbsenceOverview) -> None:
        if self._session.vault is None:
            return  # the vault was locked meanwhile
        self.progress.setVisible(False)
        self.overview = overview
        if overview.pupils == tuple(self.model.rows()) and self.proxy.sortColumn() == -1:
            # the same rows in the same order: a model reset would only clear the selection
            # (done here) and have the table lay out and paint every row again
            self.table.selectionModel().clear()
        else:
            self.model.set_rows(overview.pupils)
            self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # severity order
        fit_columns_once(
            self.table, (FlagColumn.NAME, FlagColumn.SCHOOL, FlagColumn.CLASS, FlagColumn.ABSENCE)
        )
        self._fill_place_filters()
        self._update_status()
        self.pupil_view.subject_shares = overview.subject_shares
        shown = self.pupil_view.view
        if self.stack.currentWidget() is self.pupil_view and shown is not None:
            self.pupil_view.include_excused = self.include_excused.isChecked()
            # the same pupil shown again with the new analysis: not a new access
            self.pupil_view.show_pupil(shown.pupil.id, shown.pupil.school_name, log_access=False)
        self.analysis_finished.emit()

    def _on_analysis_failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.status.setText(describe(error))

    def clear_pupil_data(self) -> None:
        self.analysis.cancel()  # a result still on its way is dropped
        self.kept.clear()
        self.overview = None
        self.pupil_view.subject_shares = {}
        self.model.clear()
        self.pupil_view.clear_pupil_data()
        self.progress.setVisible(False)
        self._fill_place_filters()
        self._update_status()
        self.show_list()

    # -- filters ---------------------------------------------------------------------------
    def _fill_place_filters(self) -> None:
        rows = self.model.rows()
        school = self.school_filter.currentData() or ""
        self.school_filter.clear()
        self.school_filter.addItem(self.tr("All schools"), "")
        for name in sorted({r.pupil.school_name for r in rows}):
            self.school_filter.addItem(name, name)
        self.school_filter.setCurrentIndex(max(self.school_filter.findData(school), 0))
        self._fill_classes()

    def _fill_classes(self) -> None:
        school = self.school_filter.currentData() or ""
        chosen = self.class_filter.currentData() or ""
        classes = {
            r.pupil.class_name
            for r in self.model.rows()
            if not school or r.pupil.school_name == school
        }
        self.class_filter.clear()
        self.class_filter.addItem(self.tr("All classes"), "")
        for name in sorted(classes, key=lambda c: (len(c), c)):
            self.class_filter.addItem(name, name)
        self.class_filter.setCurrentIndex(max(self.class_filter.findData(chosen), 0))
        self.proxy.set_place(school, self.class_filter.currentData() or "")
        self._update_status()

    def _on_school_filter_activated(self, _index: int) -> None:
        self._fill_classes()

    def _on_place_chosen(self, _index: int) -> None:
        self.proxy.set_place(
            self.school_filter.currentData() or "", self.class_filter.currentData() or ""
        )
        self._update_status()

    def _update_status(self) -> None:
        if self.overview is None:
            self.status.setText("")
            return
        self.status.setText(
            placed(
                self.tr(
                    "%1 of %2 pupils shown with worrying patterns (%3 absence entries looked at)."
                ),
                str(self.proxy.rowCount()),
                str(self.overview.analysed),
                str(self.overview.entries),
            )
        )

    # -- acting ----------------------------------------------------------------------------
    def _on_table_activated(self, index) -> None:
        item = index.data(RECORD_ROLE)
        if item is not None:
            self.open_pupil(item.pupil.id, item.pupil.school_name)

    def open_pupil(self, pupil_id: int, school_name: str = "") -> None:
        self.pupil_view.today = self.today
        self.pupil_view.include_excused = self.include_excused.isChecked()
        self.pupil_view.show_pupil(pupil_id, school_name)
        self.stack.setCurrentWidget(self.pupil_view)
        self.setFocusProxy(self.pupil_view)
        proxy_first(self)
        self.pupil_view.setFocus()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_view)
        self.setFocusProxy(self.table)
        proxy_first(self)
        self.table.setFocus()

    def set_import_handler(self, handler: Callable[[QWidget], None]) -> None:
        """The import feature's entry point: called with this page as parent; the flags are
        analysed again afterwards."""
        self._import_handler = handler
        self.import_button.setEnabled(True)

    def _on_import_clicked(self) -> None:
        if self._import_handler is not None and self._session.vault is not None:
            self._import_handler(self)
            self.reload()
