"""Full-text search over every note: pupil, date and the matching words in context."""

from __future__ import annotations

from enum import IntEnum
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout

from nurse_desk.domain import errors
from nurse_desk.services import journal
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.column_widths import fit_text_columns
from nurse_desk.ui.common.record_table_model import RECORD_ROLE, RecordTableModel
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.journal.html_delegate import HtmlDelegate
from nurse_desk.ui.journal.wording import moment_text

HIT_ROLE = RECORD_ROLE  # the old name


class HitColumn(IntEnum):
    PUPIL = 0
    WHEN = 1
    FOUND = 2


_HEADERS = (
    QT_TRANSLATE_NOOP("SearchHitModel", "Pupil"),
    QT_TRANSLATE_NOOP("SearchHitModel", "When"),
    QT_TRANSLATE_NOOP("SearchHitModel", "Found"),
)


def snippet_html(snippet: str) -> str:
    """FTS marks matches with \\x02…\\x03; everything else is escaped user text."""
    return (
        escape(snippet)
        # A dark word on the light mark: readable on a selected row's highlight too.
        .replace("\x02", "<b style='background:#fff3a0; color:#1a1a1a'>")
        .replace("\x03", "</b>")
        .replace("\n", " ")
    )


class SearchHitModel(RecordTableModel):
    COLUMNS = HitColumn
    HEADERS = _HEADERS
    CONTEXT = "SearchHitModel"

    set_hits = RecordTableModel.set_rows

    def cell(self, hit, column: HitColumn, role: int, row: int):
        if role == Qt.ItemDataRole.ToolTipRole and column is HitColumn.FOUND:
            return snippet_html(hit.snippet)  # the whole snippet, where the row shows two lines
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column is HitColumn.FOUND:
            return snippet_html(hit.snippet)  # rich text, painted by HtmlDelegate
        return hit.pupil_name if column is HitColumn.PUPIL else moment_text(hit.occurred_at)


class NoteSearchDialog(QDialog):
    pupil_chosen = Signal(int)

    def __init__(self, parent, *, vault: Vault) -> None:
        super().__init__(parent, objectName="note_search")
        self._vault = vault
        # Pupils this dialog has shown and logged: typing on does not log them again.
        self._logged: set[int] = set()
        self.setWindowTitle(self.tr("Search in notes"))
        resize_to_fit(self, 900, 560)
        self.query = QLineEdit(objectName="search_query")
        self.query.setPlaceholderText(self.tr("Words to find, e.g. søvn mobbing"))
        self.query.setClearButtonEnabled(True)
        self.summary = QLabel(objectName="search_summary")
        self.model = SearchHitModel(self)
        self.results = QTableView(objectName="search_results")
        self.results.setTabKeyNavigation(False)
        self.results.setModel(self.model)
        # Only the snippet is rich text: laying out a text document per cell is slow.
        self.results.setItemDelegateForColumn(HitColumn.FOUND, HtmlDelegate(self.results))
        self.results.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results.verticalHeader().setVisible(False)
        # Every row two lines high: a snippet is a dozen words. Sizing 200 rows to their
        # contents laid out every snippet twice before the first one was painted.
        self.results.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * 2 + 10
        )
        self.results.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.results.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(self._debounce.start)
        self.query.returnPressed.connect(self._on_return_pressed)
        self.results.activated.connect(self._on_result_activated)

    def run_search(self) -> None:
        query = self.query.text()
        try:
            found = journal.find_notes(self._vault, query, logged=self._logged)
        except errors.VaultLocked:
            return  # locked while the dialog was closing: nothing to show

        hits = found.hits
        self.model.set_hits(hits)
        if query.strip() and not journal.has_search_words(query):
            # Only signs (quotes, *, -, brackets): say why nothing is found.
            self.summary.setText(self.tr("Type a word to search for: letters or digits."))
            return
        # Names and times are plain text: measured in the font, not asked of the delegate.
        fit_text_columns(self.results, (HitColumn.PUPIL, HitColumn.WHEN))
        self.summary.setText(
            # The list is cut at a limit: "200 notes found" would say there are no more.
            self.tr(
                "%n or more notes found; the latest are shown. Add a word to narrow the search.",
                "",
                len(hits),
            )
            if found.more
            else self.tr("%n notes found", "", len(hits))
        )
        if hits:
            self.results.selectRow(0)

    def done(self, result: int) -> None:
        self._debounce.stop()
        super().done(result)

    def _on_return_pressed(self) -> None:
        self._debounce.stop()
        self.run_search()
        if self.model.rowCount():
            self.results.setFocus()

    def _on_result_activated(self, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.pupil_chosen.emit(hit.pupil_id)
            self.accept()
