"""Alt+letter does what it says in every page and dialog, in bokmål, Swedish and English.

Two mnemonics on one letter in one window (two buttons, a button and a field's label, a page's
button and the menu bar's File or Help, a tab and a button) are ambiguous: Qt then presses
neither and only moves the focus between them, so a nurse's Alt+letter does nothing she can
see. The real window is walked page by page; every dialog a page's buttons open is looked at
as it opens (its exec() shows it, is read, and answers Cancel) in each language."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from nurse_desk.ui.workspace import Section

# Buttons a walk must not press: they leave the page, lock, or change what the nurse sees.
NOT_PRESSED = {
    "back_button",
    "protect_button",
    "show_contacts_button",
    "lock_button",
    "receive_record_button",
}


def mnemonic(text: str) -> str:
    key = QKeySequence.mnemonic(text)
    return "" if key.isEmpty() else key.toString()


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Each Alt+letter that two or more visible parts of `root`'s window answer to."""
    owners: dict[str, list[str]] = defaultdict(list)

    def shown(widget: QWidget) -> bool:
        return widget is root or widget.isVisibleTo(root)

    texts = [b.text() for b in root.findChildren(QAbstractButton) if shown(b)]
    texts += [
        label.text()
        for label in root.findChildren(QLabel)
        if shown(label) and label.buddy() is not None
    ]
    texts += [box.title() for box in root.findChildren(QGroupBox) if shown(box)]
    for tabs in root.findChildren(QTabWidget):
        if shown(tabs):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    if isinstance(root, QMainWindow):
        texts += [action.text() for action in root.menuBar().actions()]
    for text in texts:
        if key := mnemonic(text):
            owners[key].append(text)
    return [f"{key}: {' / '.join(found)}" for key, found in owners.items() if len(found) > 1]


class DialogReader:
    """Every dialog the app exec()s is shown, read and cancelled, without an event loop of its
    own; a message box or input box Qt runs itself is closed by a timer."""

    def __init__(self, monkeypatch, problems: list[str]) -> None:
        self.problems = problems
        self.read: set[str] = set()
        reader = self

        def exec_and_cancel(dialog: QDialog) -> int:
            dialog.show()
            QApplication.processEvents()
            reader.look_at(dialog)
            dialog.reject()
            return QDialog.DialogCode.Rejected

        monkeypatch.setattr(QDialog, "exec", exec_and_cancel)
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: ("", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: ""))
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._close_others)
        self.timer.start()

    def look_at(self, dialog: QWidget) -> None:
        name = dialog.objectName() or type(dialog).__name__
        self.read.add(name)
        self.problems += [f"{name}: {clash}" for clash in clashes_on_every_tab(dialog)]

    def _close_others(self) -> None:
        if (dialog := QApplication.activeModalWidget()) is not None:
            self.look_at(dialog)
            dialog.close()


def clashes_on_every_tab(root: QWidget) -> list[str]:
    """A tab's labels and buttons are shown, and answer Alt, only while it is the current one."""
    clashes = mnemonic_clashes(root)
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]:
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            clashes += mnemonic_clashes(root)
        tabs.setCurrentIndex(shown)
    return clashes


def choose_a_row(page: QWidget) -> None:
    """The second row of each list on show: the buttons that act on a row are enabled."""
    for view in page.findChildren(QAbstractItemView):
        if view.isVisible() and view.model() is not None and view.model().rowCount() > 1:
            view.setCurrentIndex(view.model().index(1, 0))
    QApplication.processEvents()


def press_every_button(page: QWidget, window) -> None:
    for button in page.findChildren(QAbstractButton):
        if (
            button.isVisible()
            and button.isEnabled()
            and button.objectName() not in NOT_PRESSED
            and not button.isCheckable()
        ):
            button.click()
            QApplication.processEvents()
            assert window.session.is_unlocked, button.objectName()


def every_page_and_tab(window):
    """(section, page) for each section's page on each of its tabs, a row chosen in it."""
    workspace = window.workspace
    for section in Section:
        workspace.show_section(section)
        QApplication.processEvents()
        page = workspace.page(section)
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for tabs in tab_widgets or [None]:
            for index in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(index)
                choose_a_row(page)
                yield section, page


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_no_two_parts_of_a_page_or_dialog_share_an_alt_letter(
    qtbot, make_window, monkeypatch, language
):
    window = make_window(Path("/nonexistent/never.vault"), language=language, demo=True)
    problems: list[str] = []
    reader = DialogReader(monkeypatch, problems)
    try:
        workspace = window.workspace
        for section, page in every_page_and_tab(window):
            problems += [f"{section.name}: {c}" for c in mnemonic_clashes(window)]
            press_every_button(page, window)
        workspace.open_pupil(workspace.today_page.drafts.drafts[0].pupil_id)  # notes and more
        QApplication.processEvents()
        pupil_page = workspace.pupils_page.pupil_page
        assert pupil_page.timeline.model().rowCount() > 1
        for row in range(pupil_page.timeline.model().rowCount()):  # each kind of entry's buttons
            pupil_page.timeline.setCurrentIndex(pupil_page.timeline.model().index(row, 0))
            problems += [f"pupil page: {c}" for c in mnemonic_clashes(window)]
        press_every_button(pupil_page, window)
        for action in (window.search_action, window.about_action, window.guide_action):
            action.trigger()
        reader.look_at(window.help_dialog)
        window.help_dialog.close()
        window.lock_now()
        problems += [f"unlock: {c}" for c in mnemonic_clashes(window)]
    finally:
        reader.timer.stop()
        window.translations.apply("en")  # the window's translators: later tests read English
    assert {"follow_up_dialog", "note_editor", "visit_dialog", "figures_dialog"} <= reader.read
    assert "\n".join(sorted(set(problems))) == ""


@pytest.mark.parametrize(
    ("language", "letter", "field"),
    [("sv", "T", "follow_up_description"), ("en", "E", "follow_up_description")],
)
def test_alt_and_the_details_letter_puts_the_cursor_in_the_follow_ups_details(
    qtbot, language, letter, field
):
    """With &Datum and &Detaljer (&Due and &Details) Alt+D only moved between the two."""
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from nurse_desk.domain.school_calendar import SchoolCalendar
    from nurse_desk.ui.followups.follow_up_dialog import FollowUpDialog
    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    assert translations.apply(language)
    try:
        dialog = FollowUpDialog(
            None, pupils=[], calendar=SchoolCalendar("se"), today=date(2026, 3, 2)
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        assert QTest.qWaitForWindowActive(dialog)
        qtbot.keyClick(dialog, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget().objectName() == field
        qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is not dialog.description
    finally:
        translations.apply("en")


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_no_two_parts_of_a_dialog_opened_from_another_share_an_alt_letter(
    qtbot, make_window, language
):
    """The dialogs the walk above does not reach from a page: amending a signed note, the
    print preview, a school break, the school year, the welcome screen."""
    from test_pdf_preview import two_pages

    from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog
    from nurse_desk.ui.followups.closed_periods_box import ClosedPeriodDialog
    from nurse_desk.ui.journal.amend_dialog import AmendDialog
    from nurse_desk.ui.pupils.school_year_dialog import SchoolYearDialog
    from nurse_desk.ui.screens.welcome_screen import WelcomeScreen
    from nurse_desk.ui.visits.sheet_options_dialog import SheetOptionsDialog

    window = make_window(Path("/nonexistent/never.vault"), language=language, demo=True)
    try:
        vault = window.session.vault
        dialogs = [
            AmendDialog(window),
            PdfPreviewDialog(window, pdf=two_pages(), title="Uke 49", file_name="uke.pdf"),
            ClosedPeriodDialog(window, None),
            SchoolYearDialog(window, vault=vault, schools=["Granly skole"]),
            SheetOptionsDialog(window, private=True, partners=["PPT Bærum"]),
            WelcomeScreen(None, vault_path=Path("/tmp/x.vault")),
        ]
        problems = []
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            problems += [
                f"{dialog.objectName() or type(dialog).__name__}: {clash}"
                for clash in clashes_on_every_tab(dialog)
            ]
            dialog.close()
    finally:
        window.translations.apply("en")
    assert "\n".join(sorted(set(problems))) == ""
