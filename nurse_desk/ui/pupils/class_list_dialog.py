"""Importing a class list: the shared import dialog (file, encodings, column mapping, line
errors, background work) with the class-list fields, a school and "whole school" option, and a
"Changes" tab showing new, changed, unchanged and missing pupils before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from nurse_desk.domain import class_list as fields
from nurse_desk.domain.class_list_plan import ClassListPreview, PlanKind
from nurse_desk.domain.import_mapping import ColumnMapping, ImportPreview, SavedMapping
from nurse_desk.domain.tabular import Table
from nurse_desk.services import class_list as class_list_service
from nurse_desk.services import importing
from nurse_desk.services import pupils as pupil_service
from nurse_desk.services.class_list import ClassListResult
from nurse_desk.services.import_files import read_table
from nurse_desk.services.vault_access import Vault
from nurse_desk.ui.common.lay_out_now import columns_resized_unseen
from nurse_desk.ui.common.screen_fit import resize_to_fit
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.importing.mapping_dialog import MappingDialog
from nurse_desk.ui.pupils.class_list_plan_view import ClassListPlanView

_CONTEXT = "ClassListImport"
_FIELD_LABELS = {
    fields.NATIONAL_ID: QT_TRANSLATE_NOOP("ClassListImport", "National &ID:"),
    fields.FULL_NAME: QT_TRANSLATE_NOOP("ClassListImport", "&Name (full):"),
    fields.GIVEN_NAME: QT_TRANSLATE_NOOP("ClassListImport", "&First name:"),
    fields.FAMILY_NAME: QT_TRANSLATE_NOOP("ClassListImport", "Famil&y name:"),
    fields.BIRTH_DATE: QT_TRANSLATE_NOOP("ClassListImport", "&Born:"),
    fields.CLASS_NAME: QT_TRANSLATE_NOOP("ClassListImport", "&Class:"),
    fields.SCHOOL: QT_TRANSLATE_NOOP("ClassListImport", "Sc&hool:"),
    fields.GUARDIAN_NAME: QT_TRANSLATE_NOOP("ClassListImport", "G&uardian:"),
    fields.GUARDIAN_RELATION: QT_TRANSLATE_NOOP("ClassListImport", "Guardian's &relation:"),
    fields.GUARDIAN_PHONE: QT_TRANSLATE_NOOP("ClassListImport", "Guardian's &phone:"),
    fields.GUARDIAN2_NAME: QT_TRANSLATE_NOOP("ClassListImport", "Guardian &2:"),
    fields.GUARDIAN2_RELATION: QT_TRANSLATE_NOOP("ClassListImport", "Guardian 2's relation:"),
    fields.GUARDIAN2_PHONE: QT_TRANSLATE_NOOP("ClassListImport", "Guardian 2's phone:"),
    fields.PROTECTED: QT_TRANSLATE_NOOP("ClassListImport", "Pro&tected identity:"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ClassListFlow:
    """The class list's part of the shared import dialog. read/preview/commit run in the
    thread pool: they touch no widget and take what they need from plain attributes that
    the dialog sets before starting them."""

    fields = fields.CLASS_LIST_FIELDS
    # A whole school's list (~100 bytes a pupil) is read and checked at once, in tens of ms.
    at_once_bytes = 128 * 1024

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.school = ""  # every pupil's school when the file has no school column
        self.full_school = False
        self.leaving: set[int] = set()

    def field_label(self, key: str) -> str:
        return _t(_FIELD_LABELS[key])

    def remembered(self) -> list[SavedMapping]:
        return importing.remembered_mappings(self.vault, self.fields.kind)

    def remember(self, saved: SavedMapping) -> None:
        importing.remember_mapping(self.vault, saved)

    def read(self, path: Path) -> Table:
        return read_table(path)

    def preview(self, table: Table, mapping: ColumnMapping, progress) -> ClassListPreview:
        return class_list_service.preview_class_list(
            self.vault,
            table,
            mapping,
            school_name=self.school,
            full_school=self.full_school,
            progress=progress,
        )

    def summary(self, preview: ImportPreview) -> str:
        assert isinstance(preview, ClassListPreview)
        plan = preview.plan
        return placed(
            QCoreApplication.translate(
                "ClassListImport", "New: %1 · changed: %2 · unchanged: %3 · not in the list: %4"
            ),
            str(plan.count(PlanKind.NEW)),
            str(plan.count(PlanKind.CHANGED)),
            str(plan.count(PlanKind.UNCHANGED)),
            str(plan.count(PlanKind.MISSING)),
        )

    def commit(self, preview: ImportPreview, skip_bad_lines: bool, progress) -> ClassListResult:
        assert isinstance(preview, ClassListPreview)
        return class_list_service.import_class_list(
            self.vault, preview, skip_bad_lines=skip_bad_lines, leaving=set(self.leaving)
        )

    def result_text(self, result: Any) -> str:
        return placed(
            QCoreApplication.translate(
                "ClassListImport",
                "Imported: %1 new and %2 changed pupils; %3 marked as left school.",
            ),
            str(result.new),
            str(result.changed),
            str(result.left_school),
        )


class ClassListImportDialog(MappingDialog):
    """The shared dialog plus the school options and the "Changes" tab."""

    flow: ClassListFlow

    def __init__(self, parent: QWidget | None, flow: ClassListFlow, schools: list[str]) -> None:
        super().__init__(parent, flow)
        self.setObjectName("class_list_import_dialog")
        self.school_combo = QComboBox(objectName="class_list_school", editable=True)
        self.school_combo.addItem("")
        self.school_combo.addItems(schools)
        self.school_label = QLabel(buddy=self.school_combo)
        self.full_school_check = QCheckBox(objectName="class_list_full_school")
        options = QHBoxLayout()
        options.addWidget(self.school_label)
        options.addWidget(self.school_combo, 1)
        options.addWidget(self.full_school_check)
        self.layout().insertLayout(1, options)
        self.plan_view = ClassListPlanView(self)
        resize_to_fit(self, 1120, 720)  # a 1024 x 700 screen gets a dialog it can show whole
        self.tabs.addTab(self.plan_view, "")
        # Every pupil in a class list is known or new: no "unknown pupils" tab.
        self.tabs.setTabVisible(self.tabs.indexOf(self.unknown_list), False)
        self._shown: ClassListPreview | None = None
        self.school_combo.currentTextChanged.connect(self._on_options_changed)
        self.full_school_check.toggled.connect(self._on_options_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if not hasattr(self, "plan_view"):
            return  # the base class translates once before this class has built its parts
        self.setWindowTitle(self.tr("Import class list"))
        self.school_label.setText(self.tr("School of &every pupil (if the file has none):"))
        self.full_school_check.setText(
            self.tr("The file lists the &whole school (offer missing pupils as left school)")
        )
        self.tabs.setTabText(self.tabs.indexOf(self.plan_view), self.tr("Changes"))

    def _on_options_changed(self) -> None:
        self.flow.school = " ".join(self.school_combo.currentText().split())
        self.flow.full_school = self.full_school_check.isChecked()
        if self.table is not None:  # before a file is read, its first preview will use them
            self._on_mapping_changed()

    def _show_preview_counts(self) -> None:
        super()._show_preview_counts()
        if not hasattr(self, "plan_view") or self.preview is self._shown:
            return
        self._shown = self.preview if isinstance(self.preview, ClassListPreview) else None
        with columns_resized_unseen(self.plan_view.table):
            self.plan_view.set_plan(self._shown.plan.pupils if self._shown else ())
            if self._shown is not None and not self._shown.errors:
                self.tabs.setCurrentWidget(self.plan_view)

    def start_import(self) -> None:
        self.flow.leaving = self.plan_view.model.leaving()
        super().start_import()

    @classmethod
    def run_for(cls, parent: QWidget | None, vault: Vault) -> ClassListResult | None:
        """Opens the dialog; the import's result, or None when nothing was imported."""
        schools = [school.name for school in pupil_service.list_schools(vault)]
        dialog = cls(parent, ClassListFlow(vault), schools)
        dialog.exec()
        return dialog.result
