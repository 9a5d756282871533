"""The measures catalogue: what the municipality and school offer, with CSV import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.measures import MeasureRecord
from nurse_desk.domain.referrals import Removal
from nurse_desk.services import measures
from nurse_desk.ui.common.kept_over_lock import no_pupil_place
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.messages import describe
from nurse_desk.ui.referrals.list_tab import ListTab, sort_initially
from nurse_desk.ui.referrals.measure_dialog import MeasureDialog
from nurse_desk.ui.referrals.table_models import MeasureColumn, MeasureTableModel
from nurse_desk.ui.vault_session import VaultSession

_LARGEST_FILE = 5 * 1024 * 1024  # a catalogue is a few hundred lines; refuse anything huge


class MeasuresTab(ListTab):
    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(
            parent,
            session=session,
            model=MeasureTableModel(),
            name="measures",
            stretch_column=MeasureColumn.DESCRIPTION,
        )
        self.model.setParent(self)
        self.import_button = self.add_button("import_measures_button")
        self.new_button = self.add_button("new_measure_button")
        self.edit_button = self.add_button("edit_measure_button")
        self.remove_button = self.add_button("remove_measure_button")
        self.import_button.clicked.connect(self._on_import_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        sort_initially(self, MeasureColumn.NAME)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by measure, target group, description…"))
        self.show_archived.setText(self.tr("Show archived"))
        self.import_button.setText(self.tr("&Import CSV…"))
        self.import_button.setToolTip(
            self.tr(
                "Columns: measure; target group; short description; link. Separated by ; or , "
                "and saved as UTF-8 or Windows (Excel) text."
            )
        )
        self.new_button.setText(self.tr("&New measure…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self._update()

    def reload(self) -> None:
        self.show_rows(measures.list_measures(self.vault) if self.vault else [])

    def update_buttons(self) -> None:
        measure: MeasureRecord | None = self.selected()
        self.edit_button.setEnabled(measure is not None)
        self.remove_button.setEnabled(measure is not None)
        if measure is not None and measure.archived:
            self.remove_button.setText(self.tr("&Restore"))
        elif measure is not None and measure.citations:
            self.remove_button.setText(self.tr("&Archive…"))
        else:
            self.remove_button.setText(self.tr("&Delete…"))

    def _on_new_clicked(self) -> None:
        vault = self.vault
        if vault is None:
            return
        draft = MeasureDialog.ask(self, place=no_pupil_place(vault, "new_measure", None))
        if draft is None or self.vault is None:
            return
        try:
            self._changed(measures.add_measure(self.vault, draft))
        except NurseDeskError as error:
            self.report(self.tr("New measure"), error)

    def edit_selected(self) -> None:
        measure = self.selected()
        if measure is None or self.vault is None:
            return
        place = no_pupil_place(self.vault, "measure", measure.id)
        draft = MeasureDialog.ask(self, measure=measure, place=place)
        if draft is None:
            return
        try:
            measures.update_measure(self.vault, measure.id, draft)
        except NurseDeskError as error:
            self.report(self.tr("Edit measure"), error)
        self._changed(measure.id)

    def _on_remove_clicked(self) -> None:
        measure = self.selected()
        if measure is None or self.vault is None:
            return
        if measure.archived:
            measures.restore_measure(self.vault, measure.id)
            self._changed(measure.id)
            return
        if measure.citations:
            question = self.tr(
                "%1 is cited in notes or follow-ups, so it is archived instead of deleted. "
                "Archive it?"
            )
        else:
            question = self.tr("Delete %1 from the catalogue?")
        if not self.confirm(self.tr("Measure"), placed(question, measure.name)):
            return
        removal = measures.remove_measure(self.vault, measure.id)
        self._changed(measure.id if removal is Removal.ARCHIVED else None)

    def _on_import_clicked(self) -> None:
        if self.vault is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import measures"),
            str(Path.home()),
            self.tr("Tables (*.csv *.txt *.xlsx)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Reads and imports one CSV or XLSX file; every problem is shown, nothing is half-done."""
        title = self.tr("Import measures")
        try:
            if path.stat().st_size > _LARGEST_FILE:
                raise OSError(27, "file too large")
            result = measures.import_measures_file(self.vault, path)
        except (NurseDeskError, OSError) as error:
            QMessageBox.warning(self, title, describe(error))
            return
        QMessageBox.information(
            self,
            title,
            placed(
                self.tr("%1 measures added, %2 updated."), str(result.added), str(result.updated)
            ),
        )
        self._changed(None)

    def _changed(self, measure_id: int | None) -> None:
        self.reload()
        if measure_id is not None:
            self.select_id(measure_id)
