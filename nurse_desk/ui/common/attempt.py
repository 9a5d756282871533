"""Doing something that may fail, with its error shown: the one way a page does it.

    if attempt(self, self.tr("Amend"), lambda: journal.amend_note(vault, ...)):
        ...

A typed error (the app's own, plus any listed in `also`, e.g. OSError for a file) is shown to
the nurse in a warning titled after the action, in her words (ui/messages.describe); anything
else is a bug and is left to reach the crash handler. A dialog that saves before it closes says
the error in its own label instead (`attempt_here`), and stays open with what was filled in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.ui.messages import describe


def attempt(
    parent: QWidget,
    title: str,
    action: Callable[[], object],
    *,
    also: tuple[type[BaseException], ...] = (),
) -> bool:
    """Does `action`; True when it went through, False when its error was shown."""
    try:
        action()
    except (NurseDeskError, *also) as error:
        QMessageBox.warning(parent, title, describe(error))
        return False
    return True


def attempt_here(problem: QLabel, action: Callable[[], object]) -> bool:
    """attempt for a dialog that stays open on a refusal: the app's own error is said in the
    dialog's `problem` label (shown) instead of a warning over it."""
    try:
        action()
    except NurseDeskError as error:
        problem.setText(describe(error))
        problem.show()
        return False
    return True
