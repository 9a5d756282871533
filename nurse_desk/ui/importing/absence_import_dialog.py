"""Import absence: the shared import dialog with the absence fields and counts.

Entry point for the Absence page: ``AbsenceImportDialog.import_absence(parent, vault)`` returns
the AbsenceImportResult, or None when nothing was imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from nurse_desk.domain.absence_import import ABSENCE_FIELDS, AbsencePreview
from nurse_desk.domain.import_mapping import ColumnMapping, SavedMapping
from nurse_desk.domain.tabular import Table
from nurse_desk.services import importing
from nurse_desk.services.absence_import import (
    AbsenceImportResult,
    import_absence,
    preview_absence,
)
from nurse_desk.services.import_files import read_table
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.importing.mapping_dialog import MappingDialog, Progress
from nurse_desk.ui.importing.wording import identity_label

_CONTEXT = "AbsenceImportDialog"
_LABELS = {
    "day": QT_TRANSLATE_NOOP("AbsenceImportDialog", "&Date:"),
    "period": QT_TRANSLATE_NOOP("AbsenceImportDialog", "&Lesson/period:"),
    "subject": QT_TRANSLATE_NOOP("AbsenceImportDialog", "S&ubject:"),
    "lessons": QT_TRANSLATE_NOOP("AbsenceImportDialog", "Number of l&essons:"),
    "hours": QT_TRANSLATE_NOOP("AbsenceImportDialog", "H&ours:"),
    "minutes": QT_TRANSLATE_NOOP("AbsenceImportDialog", "&Minutes:"),
    "reported": QT_TRANSLATE_NOOP("AbsenceImportDialog", "Re&ported by guardian:"),
    "excused": QT_TRANSLATE_NOOP("AbsenceImportDialog", "E&xcused (valid):"),
    "reason": QT_TRANSLATE_NOOP("AbsenceImportDialog", "Re&ason:"),
}
_SUMMARY = QT_TRANSLATE_NOOP(
    "AbsenceImportDialog",
    "New absences: %1 · Already in the vault: %2 (updated, never counted twice)",
)
_REPEATED = QT_TRANSLATE_NOOP(
    "AbsenceImportDialog", "Rows given twice in the file (imported once): %1"
)
_RESULT = QT_TRANSLATE_NOOP(
    "AbsenceImportDialog", "Imported. Rows saved: %1 (new: %2, updated: %3)."
)


def _t(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


class AbsenceImportFlow:
    """The absence import as the shared dialog drives it (see mapping_dialog.ImportFlow)."""

    fields = ABSENCE_FIELDS
    school = ""  # absence exports name pupils, not schools: one mapping per school system

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def field_label(self, key: str) -> str:
        source = _LABELS.get(key)
        return _t(source) if source else identity_label(key)

    def remembered(self) -> list[SavedMapping]:
        return importing.remembered_mappings(self._vault, self.fields.kind)

    def remember(self, saved: SavedMapping) -> None:
        importing.remember_mapping(self._vault, saved)

    def read(self, path: Path) -> Table:
        return read_table(path)

    def preview(self, table: Table, mapping: ColumnMapping, progress: Progress) -> AbsencePreview:
        return preview_absence(self._vault, table, mapping, progress)

    def summary(self, preview: AbsencePreview) -> str:
        text = placed(_t(_SUMMARY), str(preview.new), str(preview.already_known))
        if preview.repeated:
            text += "\n" + placed(_t(_REPEATED), str(preview.repeated))
        return text

    def commit(
        self, preview: AbsencePreview, skip_bad_lines: bool, progress: Progress
    ) -> AbsenceImportResult:
        return import_absence(
            self._vault, preview, skip_bad_lines=skip_bad_lines, progress=progress
        )

    def result_text(self, result: AbsenceImportResult) -> str:
        return placed(_t(_RESULT), str(result.saved), str(result.new), str(result.updated))


class AbsenceImportDialog(MappingDialog):
    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent, AbsenceImportFlow(vault))
        self.setObjectName("absence_import_dialog")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Import absence"))

    @classmethod
    def import_absence(
        cls, parent: QWidget | None, vault: Vault, path: Path | None = None
    ) -> AbsenceImportResult | None:
        dialog = cls(parent, vault)
        if path is not None:
            dialog.open_file(path)
        dialog.exec()
        dialog.deleteLater()  # not kept as a child of the page after each import
        return dialog.result
