"""Whether a window fits a screen with every button there: its smallest size and the size it opens
at fit under a title bar, and each shown button lies inside it, not cut short.

Shared by tests/ui/test_laptop_at_125.py and the child process it runs at 125 %
(tests/ui/laptop_at_125_child.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QWidget,
)
from test_mnemonics import DialogReader, every_page_and_tab, press_every_button

from nurse_desk.ui.common.screen_fit import WINDOW_FRAME
from nurse_desk.ui.workspace import Section

# The dialogs a walk of the pages must reach, at least: the ones a nurse opens every week.
MAIN_DIALOGS = {
    "note_editor",
    "consent_dialog",
    "follow_up_dialog",
    "visit_dialog",
    "documentation_dialog",
    "absence_import_dialog",
    "hand_over_dialog",
    "figures_dialog",
    "pupil_dialog",
    "referral_dialog",
    "absence_thresholds_dialog",
}


def fits(size: QSize, screen: QRect) -> bool:
    """Room for the window system's title bar and borders (resize_to_fit's)."""
    return (
        size.width() <= screen.width() - WINDOW_FRAME // 2
        and size.height() <= screen.height() - WINDOW_FRAME
    )


def _ancestor(widget: QWidget, kind, within: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not within:
        if isinstance(parent, kind):
            return parent
        parent = parent.parentWidget()
    return None


def _shown_within(widget: QWidget, area: QWidget) -> bool:
    top_left = widget.mapTo(area, QPoint(0, 0))
    return QRect(QPoint(0, 0), area.size()).contains(QRect(top_left, widget.size()))


def _overlapping(buttons: list[QAbstractButton], root: QWidget) -> list[str]:
    """Pairs of buttons laid over each other (within one scrolling form, or outside any)."""
    found = []
    placed = [
        (b, _ancestor(b, QScrollArea, root), QRect(b.mapTo(root, QPoint(0, 0)), b.size()))
        for b in buttons
    ]
    for number, (first, its_scroll, its_place) in enumerate(placed):
        for second, scroll, place in placed[number + 1 :]:
            if scroll is its_scroll and its_place.intersects(place):
                names = (b.objectName() or b.text() for b in (first, second))
                found.append("{} and {}: overlap".format(*names))
    return found


def unreachable_buttons(root: QWidget) -> list[str]:
    """Each shown button of `root` that lies (partly) outside it, is narrower than its text,
    or lies over another. A button in a scrolling form counts once the form is scrolled to it,
    as Tab does; the buttons inside lists (their corner button) and a tab bar's arrows are
    theirs."""
    found = []
    buttons = [
        button
        for button in root.findChildren(QAbstractButton)
        if button.isVisibleTo(root)
        and not _ancestor(button, QAbstractItemView, root)
        and not button.parentWidget().inherits("QTabBar")
    ]
    found += _overlapping(buttons, root)
    for button in buttons:
        name = button.objectName() or button.text()
        if (scroll := _ancestor(button, QScrollArea, root)) is not None:
            scroll.ensureWidgetVisible(button, 0, 0)
            QApplication.processEvents()
            if not _shown_within(button, scroll.viewport()):
                found.append(f"{name}: not in its form's view")
                continue
        if not _shown_within(button, root):
            found.append(f"{name}: outside, at {button.mapTo(root, QPoint(0, 0)).toTuple()}")
        elif button.text() and button.width() < button.minimumSizeHint().width():
            found.append(f"{name}: cut ({button.width()} < {button.minimumSizeHint().width()})")
    return found


def window_problems(window, screen: QRect) -> list[str]:
    """Each section and a pupil's page shown in turn in the unlocked window."""
    problems = []
    workspace = window.workspace
    for section in Section:
        workspace.show_section(section)
        QApplication.processEvents()
        problems += [f"{section.name}: {p}" for p in unreachable_buttons(window)]
    workspace.open_pupil(workspace.today_page.drafts.drafts[0].pupil_id)
    QApplication.processEvents()
    problems += [f"pupil's page: {p}" for p in unreachable_buttons(window)]
    for what, size in (("smallest", window.minimumSizeHint()), ("opens", window.size())):
        if not fits(size, screen):
            problems.append(f"window {what} at {size.toTuple()}")
    return problems


def dialog_problems(dialog: QWidget, screen: QRect) -> list[str]:
    """The dialog on each of its tabs."""
    name = dialog.objectName() or type(dialog).__name__
    problems = []
    for what, size in (("smallest", dialog.minimumSizeHint()), ("opens", dialog.size())):
        if not fits(size, screen):
            problems.append(f"{name} {what} at {size.toTuple()}")
    problems += [f"{name}: {p}" for p in unreachable_buttons(dialog)]
    for tabs in [t for t in dialog.findChildren(QTabWidget) if t.isVisibleTo(dialog)]:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            tab = tabs.tabText(index)
            problems += [f"{name} [{tab}]: {p}" for p in unreachable_buttons(dialog)]
    return problems


def walk_dialogs(window, monkeypatch, look_at: Callable[[QWidget], None]) -> None:
    """Every page's buttons pressed (the walk of test_mnemonics); each dialog that opens is
    given to `look_at` while shown, then cancelled."""

    class Reader(DialogReader):
        def look_at(self, dialog: QWidget) -> None:
            if not isinstance(dialog, QMessageBox):
                QApplication.processEvents()
                look_at(dialog)

    reader = Reader(monkeypatch, [])
    try:
        workspace = window.workspace
        for _section, page in every_page_and_tab(window):
            press_every_button(page, window)
        workspace.open_pupil(workspace.today_page.drafts.drafts[0].pupil_id)
        QApplication.processEvents()
        press_every_button(workspace.pupils_page.pupil_page, window)
    finally:
        reader.timer.stop()
