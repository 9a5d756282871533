"""Save as PDF, Back up, Export…: the file dialog speaks the window's language, not English.

Qt draws its own file dialog on a Linux desktop without a Qt theme of its own (the bundle
brings none), and PySide6 brings no Qt catalogue for bokmål: every label, column and button
of it but Cancel read English in a bokmål window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QHeaderView, QLabel, QListView

ENGLISH = {
    "Look in:",
    "File name:",
    "Files of type:",
    "Save",
    "Open",
    "Cancel",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "List View",
    "Detail View",
    "Name",
    "Size",  # ("Type" is bokmål too)
    "Date Modified",
    "Computer",
}


def shown_words(dialog: QFileDialog) -> set[str]:
    words = {label.text() for label in dialog.findChildren(QLabel)}
    for button in dialog.findChildren(QAbstractButton):
        words |= {button.text(), button.toolTip()}
    for header in dialog.findChildren(QHeaderView):
        model = header.model()
        words |= {
            model.headerData(section, Qt.Orientation.Horizontal)
            for section in range(model.columnCount())
        }
    for side in dialog.findChildren(QListView):  # the places on the left
        model = side.model()
        words |= {model.index(row, 0).data() for row in range(model.rowCount())}
    return {str(word).replace("&", "") for word in words if word}


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen]
)
def test_the_file_dialog_has_no_english_words(qtbot, translated_language, mode, tmp_path):
    dialog = QFileDialog(None, "", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = shown_words(dialog)
    assert {"Avbryt"} & shown and len(shown) > 10, shown
    assert shown & ENGLISH == set()
