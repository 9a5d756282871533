"""Help → User guide (F1): offline, in the window's language, covering the nurse's day; About
stays in the Help menu."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nurse_desk.ui.help_dialog import GUIDE_FOLDER, GUIDE_LANGUAGES, HelpDialog, guide_path

# What the guide must explain, by its sections' anchors (the same in every language).
DAY = ("unlock", "today", "pupils", "notes", "consents", "visits", "followups", "absence",
       "backup", "lock")  # fmt: skip


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: set[str] = set()
        self.outside: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        href = values.get("href")
        if tag == "a" and href:
            if href.startswith("#"):
                self.links.add(href[1:])
            else:
                self.outside.append(href)


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_each_guide_covers_the_day_links_only_within_itself_and_fetches_nothing(language):
    text = guide_path(language).read_text(encoding="utf-8")
    parser = _Anchors()
    parser.feed(text)
    assert set(DAY) <= parser.ids
    assert parser.links <= parser.ids  # every contents link lands
    assert set(DAY) <= parser.links
    assert parser.outside == []  # offline: no web address, no file outside the guide
    assert not re.search(r"(src|href)\s*=\s*\"(https?:|//)", text)
    assert f'lang="{language}"' in text


def test_the_three_guides_are_written_in_their_own_languages():
    words = {
        "en": ("passphrase", "Back up"),
        "nb": ("passordfrase", "Ta sikkerhetskopi", "Signer og lås"),
        "sv": ("lösenfras", "Säkerhetskopiera", "Signera och lås"),
    }
    for language, expected in words.items():
        text = guide_path(language).read_text(encoding="utf-8")
        assert all(word in text for word in expected), language


def test_each_guide_says_the_lock_keeps_what_she_was_typing_in_any_form():
    """Not only the note draft: the forms she types in keep their words in the vault."""
    words = {
        "en": ("kept in the vault", "a referral", "a measure"),
        "nb": ("tas vare på i hvelvet", "en henvisning", "et tiltak"),
        "sv": ("finns kvar i valvet", "en remiss", "en insats"),
    }
    for language, expected in words.items():
        text = guide_path(language).read_text(encoding="utf-8")
        lock = " ".join(text[text.index('<h2 id="lock">') :].split())
        assert all(word in lock for word in expected), language


def test_a_language_without_a_guide_gets_the_english_one():
    assert guide_path("de") == GUIDE_FOLDER / "guide_en.html"


@pytest.fixture
def window(make_window, tmp_path: Path):
    return make_window(tmp_path / "none.vault")


def _open_guide(window) -> HelpDialog:
    for action in window.help_menu.actions():
        if action.objectName() == "guide_action":
            action.trigger()
    return window.help_dialog


def test_help_holds_the_guide_and_about_and_f1_opens_the_guide(qtbot, window):
    names = [a.objectName() for a in window.help_menu.actions() if not a.isSeparator()]
    assert names == ["guide_action", "about_action"]
    assert window.guide_action.shortcut().toString() == "F1"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # before any vault exists: help is there too
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal()  # read beside the window
    assert "Start of the day: unlock" in dialog.browser.toPlainText()
    assert _open_guide(window) is dialog  # one guide, brought to the front


def test_the_guide_follows_the_window_language_and_its_links_jump_within(qtbot, window):
    dialog = _open_guide(window)
    window.translations.apply("sv")
    try:
        QApplication.processEvents()
        assert "När dagen börjar: lås upp" in dialog.browser.toPlainText()
        assert dialog.windowTitle() != "Nurse Desk: user guide"
        window.translations.apply("nb")
        QApplication.processEvents()
        assert "Når dagen begynner: lås opp" in dialog.browser.toPlainText()
    finally:
        window.translations.apply("en")
    dialog.browser.scrollToAnchor("lock")
    assert dialog.browser.verticalScrollBar().value() > 0
