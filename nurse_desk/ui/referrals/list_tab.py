"""One tab of the Referrals section: a filter, a sortable table, a row of buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.ui.common.column_widths import fit_columns_once
from nurse_desk.ui.common.flow_layout import FlowLayout
from nurse_desk.ui.common.focus_order import proxy_first
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.record_table_view import record_table_view
from nurse_desk.ui.common.scroll_bar_hold import hold_scroll_bar, rows_shown
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.messages import describe
from nurse_desk.ui.referrals.table_models import (
    RECORD_ROLE,
    ArchivableTableModel,
    RecordFilterProxyModel,
)
from nurse_desk.ui.vault_session import VaultSession


class ListTab(LanguageAware, QWidget):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        session: VaultSession,
        model: ArchivableTableModel,
        name: str,
        stretch_column: int,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_tab")
        self._session = session
        self.model = model
        self.proxy = RecordFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit(objectName=f"{name}_filter")
        self.filter.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(objectName=f"{name}_show_archived")
        self.table = record_table_view(self.proxy, f"{name}_table", stretch_column=stretch_column)
        self.table.setWordWrap(False)
        self.count_label = QLabel(objectName=f"{name}_count")
        self.buttons = FlowLayout(right_aligned=True)  # a second line in a narrow window
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_archived)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.filter)
        proxy_first(self)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.show_archived.toggled.connect(self._on_show_archived_toggled)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def add_button(self, name: str) -> QPushButton:
        button = QPushButton(objectName=name)
        self.buttons.addWidget(button)
        return button

    @property
    def vault(self):
        return self._session.vault

    def selected(self):
        return self.table.currentIndex().data(RECORD_ROLE)

    def select_id(self, record_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(RECORD_ROLE).id == record_id:
                self.table.setCurrentIndex(index)
                return

    def show_rows(self, rows: list) -> None:
        current = self.selected()
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        fit_columns_once(
            self.table,
            [
                column
                for column in range(self.model.columnCount())
                if header.sectionResizeMode(column) is not QHeaderView.ResizeMode.Stretch
            ],
            widest_characters=36,
        )
        rows_shown(self.table)
        if current is not None:
            self.select_id(current.id)
        self._update()

    def clear_pupil_data(self) -> None:
        self.filter.clear()
        hold_scroll_bar(self.table)
        self.model.clear()
        self._update()

    def report(self, title: str, error: NurseDeskError) -> None:
        QMessageBox.warning(self, title, describe(error))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update()

    def _on_show_archived_toggled(self, shown: bool) -> None:
        self.proxy.set_show_archived(shown)
        self._update()

    def _on_current_changed(self, *_args) -> None:
        self._update()

    def _on_table_activated(self, _index) -> None:
        self.edit_selected()

    def _update(self) -> None:
        self.count_label.setText(
            placed(
                QCoreApplication.translate("ListTab", "%1 of %2 shown"),
                str(self.proxy.rowCount()),
                str(self.model.total_count()),
            )
        )
        self.update_buttons()

    # -- per tab -----------------------------------------------------------------------
    def edit_selected(self) -> None:
        raise NotImplementedError

    def update_buttons(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError


def sort_initially(tab: ListTab, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
    tab.table.sortByColumn(column, order)
