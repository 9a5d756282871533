"""The shared UI plumbing: an action's error shown in the nurse's words, and placeholders."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from nurse_desk.domain import errors
from nurse_desk.ui.common.attempt import attempt
from nurse_desk.ui.common.text import placed


@pytest.fixture
def warnings(monkeypatch):
    shown = []

    def warning(parent, title, text):
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def test_an_action_that_goes_through_shows_nothing(qtbot, warnings):
    parent = QWidget()
    qtbot.addWidget(parent)
    done = []
    assert attempt(parent, "Amend", lambda: done.append(1))
    assert done == [1] and warnings == []


def test_a_typed_error_is_shown_in_the_nurses_words(qtbot, warnings):
    parent = QWidget()
    qtbot.addWidget(parent)

    def locked():
        raise errors.VaultLocked()

    assert not attempt(parent, "Amend", locked)
    assert warnings == [("Amend", "The vault is locked.")]


def test_a_file_error_is_shown_only_when_asked_for_and_a_bug_is_not_hidden(qtbot, warnings):
    parent = QWidget()
    qtbot.addWidget(parent)

    def disk_full():
        raise OSError(28, "No space left on device")

    assert not attempt(parent, "Export record", disk_full, also=(OSError,))
    assert warnings == [
        ("Export record", "The file could not be read or written (No space left on device).")
    ]
    with pytest.raises(OSError):
        attempt(parent, "Export record", disk_full)
    with pytest.raises(ZeroDivisionError):
        attempt(parent, "Amend", lambda: 1 / 0)


def test_placeholders_are_filled_once():
    assert placed("Vault: %1", "a%1b") == "Vault: a%1b"
    assert placed("%1 of %2", 3, 7) == "3 of 7"


@pytest.mark.parametrize("language", ["en", "nb", "sv"])
def test_the_screen_shows_the_catalogues_words_and_errors_in_the_window_language(qtbot, language):
    from nurse_desk.domain.home_visits import MissingItem, VisitNotReady
    from nurse_desk.domain.words import CATALOGUE, LANGUAGES
    from nurse_desk.printing.base import Words
    from nurse_desk.ui.i18n import Translations
    from nurse_desk.ui.journal.wording import word
    from nurse_desk.ui.messages import describe

    translations = Translations()
    assert translations.apply(language)
    try:
        printed = Words(language)
        for table in CATALOGUE.values():
            for value, texts in table.items():
                assert word(value) == printed.of(value) == texts[LANGUAGES.index(language)]
        text = describe(VisitNotReady((MissingItem.CONSENT,)))
        expected = {
            "en": "The visit cannot be marked ready yet. Still missing: consent.",
            "nb": "samtykke",
            "sv": "samtycke",
        }[language]
        assert expected in text
        assert language == "en" or not text.startswith("The visit")
    finally:
        translations.apply("en")
