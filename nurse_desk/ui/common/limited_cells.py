"""Table cells that take no more characters than the vault keeps for them.

A cell edits in a plain line edit, which would take any length; the delegate gives that editor
the stored text's size (capped_text.cap), so the nurse sees at the cell that she cannot type
more, a longer pasted text is refused with words, and nothing she typed is cut when the table is
saved."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QTableWidget, QWidget

from nurse_desk.ui.common.capped_text import cap


class LimitedCells(QStyledItemDelegate):
    def __init__(self, parent: QTableWidget, lengths: Mapping[int, int]) -> None:
        super().__init__(parent)
        self._lengths = dict(lengths)  # column: characters

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        length = self._lengths.get(index.column())
        if length is not None and isinstance(editor, QLineEdit):
            cap(editor, length)
        return editor


def limit_cells(table: QTableWidget, lengths: Mapping[int, int]) -> LimitedCells:
    delegate = LimitedCells(table, lengths)
    table.setItemDelegate(delegate)
    return delegate
