"""The plan of a visit that has taken place, shown read-only: every field shows its value in
full contrast (not greyed out), and none can be changed by mouse, wheel or keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from nurse_desk.ui.visits.visit_form import VisitForm


def show_read_only(form: VisitForm) -> None:
    for edit in (*form.findChildren(QLineEdit), *form.findChildren(QPlainTextEdit)):
        edit.setReadOnly(True)
    clear_hints(form)
    for box in form.findChildren(QAbstractSpinBox):
        box.setReadOnly(True)
    fixed = (
        *form.findChildren(QCheckBox),
        *form.findChildren(QComboBox),
        *form.findChildren(QAbstractSpinBox),
    )
    for widget in fixed:
        widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    for checklist in form.findChildren(QListWidget):
        for row in range(checklist.count()):
            item = checklist.item(row)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
    table = form.companions.table
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for row in range(table.rowCount()):
        confirmed = table.item(row, 4)
        confirmed.setFlags(confirmed.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
    for button in (
        form.companions.add_button,
        form.companions.remove_button,
        form.standard_button,
        form.consent_button,
    ):
        button.hide()


def clear_hints(widget: QWidget) -> None:
    """An empty field of a past visit shows nothing: a grey hint reads as 'type here'."""
    for edit in (*widget.findChildren(QLineEdit), *widget.findChildren(QPlainTextEdit)):
        edit.setPlaceholderText("")
