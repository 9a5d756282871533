"""The window's access log words every detail the app writes, in nb, sv and en, from the one
reading the printed record words too (tests/logged_details.py lists the details)."""

from __future__ import annotations

import pytest
from logged_details import STORED

from nurse_desk.domain.access_log_details import DetailKind


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_the_window_words_every_detail_the_app_writes(qtbot, language):
    from nurse_desk.ui.i18n import Translations
    from nurse_desk.ui.journal.access_log_words import detail_words

    translations = Translations()
    try:
        english = {stored: detail_words(stored, {2: "BUP Vest"}) for stored, _ in STORED}
        assert translations.apply(language)
        for stored, kind in STORED:
            words = detail_words(stored, {2: "BUP Vest"})
            if kind is DetailKind.NOTHING:
                assert words == "", stored
                continue
            assert words and words != stored and "%" not in words, stored
            assert language == "en" or words != english[stored], (language, stored)
    finally:
        translations.apply("en")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "A handed-over record from another vault: 14 added, 0 already here"),
        ("nb", "Overført journal fra et annet hvelv: 14 lagt til, 0 fantes fra før"),
        ("sv", "Överlämnad journal från ett annat valv: 14 tillagda, 0 fanns redan"),
    ],
)
def test_a_received_record_is_worded_as_the_printout_words_it(qtbot, language, words):
    from nurse_desk.printing.base import Words
    from nurse_desk.printing.log_details import LOG_WORDS
    from nurse_desk.printing.log_details import detail_words as printed_words
    from nurse_desk.ui.i18n import Translations
    from nurse_desk.ui.journal.access_log_words import detail_words

    stored = "from another vault: 14 added, 0 already here"
    translations = Translations()
    try:
        assert translations.apply(language)
        assert detail_words(stored, {}) == words
        assert printed_words(stored, Words(language, dict(LOG_WORDS)), {}) == words
    finally:
        translations.apply("en")


def test_the_window_names_no_one_in_its_own_language_before_settings_has_a_name(qtbot, language):
    from datetime import datetime

    from PySide6.QtCore import Qt

    from nurse_desk.domain.access_log import NO_NAME, AccessAction, AccessEntry
    from nurse_desk.ui.journal.access_log_dialog import AccessLogColumn, AccessLogModel

    model = AccessLogModel()
    model.set_entries(
        [AccessEntry(1, datetime(2026, 12, 4, 13, 40), NO_NAME, AccessAction.PRINT, None, "", "")],
        {},
    )
    shown = model.index(0, AccessLogColumn.WHO).data(Qt.ItemDataRole.DisplayRole)
    assert (
        shown
        == {
            "en": "(no name in Settings)",
            "nb": "(uten navn i Innstillinger)",
            "sv": "(utan namn i Inställningar)",
        }[language]
    )
