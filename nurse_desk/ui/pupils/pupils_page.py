"""The Pupils page: type to filter, arrows to move, Enter to open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.services import changes
from nurse_desk.services import pupils as pupil_service
from nurse_desk.services.settings import read_settings
from nurse_desk.ui.common.column_widths import fit_columns_once
from nurse_desk.ui.common.flow_layout import FlowLayout
from nurse_desk.ui.common.focus_order import each_part_from_its_start
from nurse_desk.ui.common.freshness import Freshness, ReadsWhenShown
from nurse_desk.ui.common.kept_over_lock import new_entry_place
from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.page_stack import PageStack, WidthFreePage
from nurse_desk.ui.common.record_table_view import record_table_view
from nurse_desk.ui.common.scroll_bar_hold import hold_scroll_bar, rows_shown
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.pupil_page import PupilPageWidget
from nurse_desk.ui.pupils.class_list_dialog import ClassListImportDialog
from nurse_desk.ui.pupils.pupil_dialog import PupilDialog
from nurse_desk.ui.pupils.pupil_table_model import (
    RECORD_ROLE,
    PupilColumn,
    PupilFilterProxyModel,
    PupilTableModel,
)
from nurse_desk.ui.pupils.school_year_dialog import SchoolYearDialog
from nurse_desk.ui.records.hand_over_dialog import ReceiveRecordButton
from nurse_desk.ui.vault_session import VaultSession

_NAVIGATION_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


class PupilsPage(WidthFreePage, ReadsWhenShown, LanguageAware, QWidget):
    pupil_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._session = session
        self.model = PupilTableModel(self)
        self.proxy = PupilFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.title = page_title("page_title")
        self.filter = QLineEdit(objectName="pupil_filter")
        self.filter.setClearButtonEnabled(True)
        self.table = record_table_view(
            self.proxy, "pupil_table", stretch_column=PupilColumn.NAME, sort_column=0
        )
        self.count_label = QLabel(objectName="pupil_count")
        self.new_button = QPushButton(objectName="new_pupil_button")
        self.import_button = QPushButton(objectName="import_class_list_button")
        self.school_year_button = QPushButton(objectName="new_school_year_button")
        self.show_left = QCheckBox(objectName="show_left_pupils")
        self.list_view = QWidget(objectName="pupil_list")
        layout = QVBoxLayout(self.list_view)
        layout.setContentsMargins(24, 24, 24, 24)
        # The buttons go on in a second line in a narrow window; showing the pupils who left
        # is a choice of what the list shows, so it stands by the filter.
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        buttons = FlowLayout(right_aligned=True)
        buttons.addWidget(self.import_button)
        self.receive_button = ReceiveRecordButton(self, session=session)
        self.receive_button.received.connect(lambda _pupil: self.reload())
        buttons.addWidget(self.receive_button)
        buttons.addWidget(self.school_year_button)
        buttons.addWidget(self.new_button)
        heading.addLayout(buttons)
        layout.addLayout(heading)
        filtering = QHBoxLayout()
        filtering.addWidget(self.filter, 1)
        filtering.addWidget(self.show_left)
        layout.addLayout(filtering)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.pupil_page = PupilPageWidget(self, session=session)
        # The list reads when it is on screen, the pupil's page when that is: opening a pupil
        # from elsewhere never reads the 3,000 rows of a list nobody sees.
        self._list_freshness = Freshness(changes.PUPIL_LIST, self.reload)
        self.freshness = Freshness(
            changes.PUPIL_LIST | changes.PUPIL_PAGE,
            self._refresh_shown_part,
            parts=(self._list_freshness, self.pupil_page.freshness),
        )
        self.stack = PageStack()
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.pupil_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.setFocusProxy(self.filter)
        # The pupil's page first, from its timeline, then the list from its filter: Tab skips
        # whichever is hidden, so switching between them needs no new order.
        each_part_from_its_start(
            self, ((self.pupil_page, self.pupil_page), (self.list_view, self.filter))
        )
        self.filter.installEventFilter(self)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.returnPressed.connect(self._on_filter_return_pressed)
        self.table.activated.connect(self._on_table_activated)
        self.pupil_activated.connect(self.open_pupil)
        self.pupil_page.back_requested.connect(self.show_list)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.show_left.toggled.connect(self._on_show_left_toggled)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.school_year_button.clicked.connect(self._on_school_year_clicked)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Pupils"))
        self.new_button.setText(self.tr("New &pupil…"))
        self.import_button.setText(self.tr("&Import class list…"))
        self.school_year_button.setText(self.tr("New school &year…"))
        self.show_left.setText(self.tr("Show pupils who have left"))
        self.filter.setPlaceholderText(self.tr("Filter by name, class, school or ID…"))
        self._update_count()

    def reload(self) -> None:
        """Reads the list now."""
        vault = self._session.vault
        if vault is not None:
            self._list_freshness.reading()
        self.model.set_rows(pupil_service.list_pupils(vault) if vault else [])
        fit_columns_once(self.table, (PupilColumn.BORN, PupilColumn.SCHOOL, PupilColumn.CLASS))
        rows_shown(self.table)
        self._update_count()

    def _refresh_shown_part(self) -> None:
        self.freshness.reading()
        if self.stack.currentWidget() is self.list_view:
            self._list_freshness.refresh()
        else:
            self.pupil_page.freshness.refresh()

    def clear_pupil_data(self) -> None:
        self.filter.clear()
        hold_scroll_bar(self.table)
        self.model.clear()
        self.pupil_page.clear_pupil_data()
        self.show_list()
        self._update_count()

    def open_pupil(self, pupil_id: int) -> None:
        self.pupil_page.show_pupil(pupil_id)
        self.stack.setCurrentWidget(self.pupil_page)
        self.setFocusProxy(self.pupil_page)
        self.pupil_page.setFocus()

    def show_list(self) -> None:
        if self._session.vault is not None:
            self._list_freshness.refresh()
        self.stack.setCurrentWidget(self.list_view)
        self.setFocusProxy(self.filter)
        self.filter.setFocus()

    def eventFilter(self, watched, event) -> bool:
        # Up/Down in the filter move the selection in the table, so typing and arrows mix.
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _NAVIGATION_KEYS
        ):
            self.table.setFocus()
            QApplication.sendEvent(self.table, event)
            return True
        return super().eventFilter(watched, event)

    def _on_show_left_toggled(self, shown: bool) -> None:
        self.proxy.set_show_left(shown)
        self._update_count()

    def _on_new_clicked(self) -> None:
        vault = self._session.vault
        if vault is None:
            return
        # Saved from inside the dialog: a refusal is said there, with what was typed kept.
        pupil_id = PupilDialog.ask(
            self,
            schools=[s.name for s in pupil_service.list_schools(vault)],
            country=read_settings(vault).country,
            save=lambda answer: pupil_service.add_pupil(vault, answer),
            place=new_entry_place(vault, "new_pupil", None),
        )
        if pupil_id is None:
            return
        self.reload()
        self.open_pupil(pupil_id)

    def _on_import_clicked(self) -> None:
        vault = self._session.vault
        if vault is not None and ClassListImportDialog.run_for(self, vault) is not None:
            self.reload()

    def _on_school_year_clicked(self) -> None:
        vault = self._session.vault
        if vault is not None and SchoolYearDialog.run(self, vault):
            self.reload()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _on_filter_return_pressed(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self._on_table_activated(current)

    def _on_table_activated(self, index) -> None:
        record = index.data(RECORD_ROLE)
        if record is not None:
            self.pupil_activated.emit(record.id)

    def _update_count(self) -> None:
        self.count_label.setText(
            placed(
                self.tr("Showing %1 of %2 pupils"),
                str(self.proxy.rowCount()),
                str(self.model.total_count()),
            )
        )
