"""Editing a measure in the catalogue, and choosing one to cite.

Esc, Cancel and the close button ask before what she typed in a measure is thrown away
(closing.py). What she typed when the vault locks is kept, and back when she opens the same
measure, or a new one, again (kept_over_lock.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain.measures import MeasureDraft, MeasureRecord
from nurse_desk.ui.common.capped_text import cap
from nurse_desk.ui.common.closing import CloseQuestion, KeptByItsSaveButton
from nurse_desk.ui.common.kept_over_lock import KeptOverLock, PendingPlace

_TEXTS = ("name", "target_group", "link")  # the one-line fields


class MeasureDialog(KeptOverLock, KeptByItsSaveButton, QDialog):
    about_a_pupil = False

    def __init__(
        self,
        parent: QWidget | None,
        *,
        measure: MeasureRecord | None = None,
        place: PendingPlace | None = None,
    ) -> None:
        """`place`: where the lock keeps what was typed (`no_pupil_place`)."""
        super().__init__(parent, objectName="measure_dialog")
        self.setWindowTitle(self.tr("Edit measure") if measure else self.tr("New measure"))
        self.lock_words = self.tr("A measure")
        self.name = cap(QLineEdit(objectName="measure_name"), 200)
        self.target_group = cap(QLineEdit(objectName="measure_target_group"), 300)
        self.description = QPlainTextEdit(objectName="measure_description")
        self.description.setTabChangesFocus(True)
        self.link = cap(QLineEdit(objectName="measure_link"), 500)
        self.link.setPlaceholderText("https://")
        self.brought_back = QLabel(objectName="measure_brought_back", wordWrap=True)
        self.brought_back.setStyleSheet("color: #b3261e;")
        self.brought_back.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Measure:"), self.name)
        form.addRow(self.tr("&Target group:"), self.target_group)
        form.addRow(self.tr("Short &description:"), self.description)
        form.addRow(self.tr("&Link:"), self.link)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.brought_back)
        layout.addWidget(self.buttons)
        self.resize(520, 320)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.request_close)
        self.name.textChanged.connect(self._on_name_changed)
        if measure is not None:
            self.name.setText(measure.name)
            self.target_group.setText(measure.target_group)
            self.description.setPlainText(measure.description)
            self.link.setText(measure.link)
        self._on_name_changed()
        self._as_opened = self.draft()
        self.bring_back(place)

    def _on_name_changed(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.name.text().strip()))

    def draft(self) -> MeasureDraft:
        return MeasureDraft(
            self.name.text(),
            self.target_group.text(),
            self.description.toPlainText(),
            self.link.text(),
        )

    def has_unsaved_words(self) -> bool:
        return self.draft() != self._as_opened

    def close_question(self) -> CloseQuestion:
        return CloseQuestion(
            self.windowTitle(),
            self.tr("Save the measure with what you typed? Discard throws it away."),
            self.tr("&Save"),
            self.tr("D&iscard"),
        )

    # -- over a lock -------------------------------------------------------------------

    def typed_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: getattr(self, key).text() for key in _TEXTS}
        values.update(description=self.description.toPlainText())
        return values

    def restore_typed(self, values: dict[str, Any]) -> None:
        for key in _TEXTS:
            getattr(self, key).setText(str(values.get(key, "")))
        self.description.setPlainText(str(values.get("description", "")))

    def show_brought_back(self, text: str) -> None:
        self.brought_back.setText(text)
        self.brought_back.show()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        measure: MeasureRecord | None = None,
        place: PendingPlace | None = None,
    ) -> MeasureDraft | None:
        dialog = cls(parent, measure=measure, place=place)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MeasurePickerDialog(QDialog):
    """Type to narrow the catalogue, Enter to cite the highlighted measure."""

    def __init__(self, parent: QWidget | None, *, measures: list[MeasureRecord]) -> None:
        super().__init__(parent, objectName="measure_picker")
        self.setWindowTitle(self.tr("Cite a measure"))
        self.filter = QLineEdit(objectName="measure_picker_filter")
        self.filter.setPlaceholderText(self.tr("Filter measures…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="measure_picker_list")
        for measure in measures:
            item = QListWidgetItem(measure.name)
            item.setToolTip(f"{measure.target_group}\n{measure.description}".strip())
            item.setData(Qt.ItemDataRole.UserRole, measure.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, f"{measure.name} {measure.target_group}")
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(440, 380)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.filter.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(self.accept)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.setCurrentRow(0)

    def _on_filter_changed(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = str(item.data(Qt.ItemDataRole.UserRole + 1)).casefold()
            hidden = not all(w in key for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def choose(cls, parent: QWidget | None, *, measures: list[MeasureRecord]) -> int | None:
        dialog = cls(parent, measures=measures)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
