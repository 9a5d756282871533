"""A table model that remembers what each cell answered until its rows or cells change.

A view asks every painted cell for about seven roles (font, alignment, colours, check state,
icon, text, background) on each paint, each one a call from C++ into Python. At a school
year's volume answering each of them afresh was a third of the time a list took to show; a
dictionary lookup per call is most of what is left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from nurse_desk.ui.i18n import language_switches

MAX_ANSWERS_KEPT = 50_000  # a few screens of cells and roles; a long scroll starts over
_NOT_ASKED = object()


class KeptAnswers:
    """Mixed into a QAbstractItemModel ahead of it: the model says in `answer` what a cell
    shows for a role and calls `keep_answers()` once in its __init__. A reset, a layout
    change, changed cells, inserted or removed rows and a language switch forget what was
    kept; a model whose answers change in any other way must emit dataChanged."""

    _answers: dict[tuple[int, int, int], Any]

    def keep_answers(self) -> None:
        self._answers = {}
        for changed in (
            self.modelReset,  # type: ignore[attr-defined]
            self.layoutChanged,  # type: ignore[attr-defined]
            self.dataChanged,  # type: ignore[attr-defined]
            self.rowsInserted,  # type: ignore[attr-defined]
            self.rowsRemoved,  # type: ignore[attr-defined]
        ):
            changed.connect(self._answers.clear)
        # The switch is app-wide: connected to the dictionary itself, it would hold a closed
        # list's answers (pupils' names) as long as the app runs; a method of the model is
        # disconnected when the model goes.
        language_switches.switched.connect(self.forget_answers)

    def forget_answers(self) -> None:
        self._answers.clear()

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        row, column = index.row(), index.column()
        key = (row, column, role)
        answers = self._answers
        answer = answers.get(key, _NOT_ASKED)
        if answer is not _NOT_ASKED:
            return answer
        if not index.isValid():
            return None
        if len(answers) > MAX_ANSWERS_KEPT:
            answers.clear()
        answer = answers[key] = self.answer(row, column, role)
        return answer

    def answer(self, row: int, column: int, role: int) -> Any:
        """What the cell at (row, column) shows for `role` (None: nothing)."""
        raise NotImplementedError
