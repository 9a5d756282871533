"""Readable at 1,024 px in every language: whole subject names and distinct axis numbers, every
absence pattern in the list, Follow-ups without sideways scrolling, whole lines in the note
search, one date style, and an access log newest first in a nurse's words."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCharts import QValueAxis
from PySide6.QtGui import QTextDocument

from nurse_desk.ui.i18n import Translations
from nurse_desk.ui.workspace import Section


@pytest.fixture
def translations(qtbot):
    made = Translations()
    yield made
    made.apply("en")


def test_subject_names_are_never_cut_to_an_ellipsis(qtbot):
    from nurse_desk.ui.absence.absence_charts import AbsenceCharts

    charts = AbsenceCharts()
    assert charts._subjects.names.truncateLabels() is False


@pytest.mark.parametrize("top", [0.5, 1.5, 3, 6, 7, 9.5, 13, 27, 55, 140])
def test_a_value_axis_shows_each_whole_number_once(qtbot, top):
    from nurse_desk.ui.absence.absence_charts import _scale

    axis = QValueAxis()
    _scale(axis, top)
    ticks = axis.tickCount()
    values = [axis.min() + i * (axis.max() - axis.min()) / (ticks - 1) for i in range(ticks)]
    assert axis.max() >= top
    if axis.labelFormat() == "%d":
        assert all(value == int(value) for value in values)
        assert len({int(value) for value in values}) == ticks
    assert ticks <= 7


def test_the_absence_list_names_every_pattern_found(qtbot, make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    page = window.workspace.absence_page
    window.workspace.show_section(Section.ABSENCE)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30000)
    from nurse_desk.ui.absence.flag_table_model import FlagColumn
    from nurse_desk.ui.absence.wording import pattern_name

    several = 0
    for row in range(page.model.rowCount()):
        item = page.model.record_at(row)
        shown = page.model.index(row, FlagColumn.FLAGS).data()
        for flag in item.absence.flags:
            assert pattern_name(flag.kind) in shown
        several += len(item.absence.flags) > 1
    assert several  # the demo has pupils with more than one pattern


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_follow_ups_fit_1024_pixels_without_clipped_headers(qtbot, make_window, language):
    window = make_window(Path("/nonexistent/never.vault"), language=language, demo=True)
    try:
        window.resize(1024, 700)
        window.workspace.show_section(Section.FOLLOW_UPS)
        table = window.workspace.follow_ups_page.table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0)
        qtbot.wait(50)
        header = table.horizontalHeader()
        assert table.horizontalScrollBar().maximum() == 0
        for column in range(header.count()):
            if not table.isColumnHidden(column):
                assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    finally:
        window.translations.apply("en")


def test_a_search_snippet_shows_whole_lines_only(qtbot):
    from nurse_desk.ui.journal.html_delegate import whole_lines_height

    document = QTextDocument()
    document.setHtml("word " * 60)
    document.setTextWidth(200)
    full = document.size().height()
    line = document.documentLayout().blockBoundingRect(document.begin()).height() / max(
        1, document.begin().layout().lineCount()
    )
    assert document.begin().layout().lineCount() > 3
    cut = whole_lines_height(document, 2.5 * line + 4)
    first_two = document.begin().layout().lineAt(1)
    assert cut <= first_two.y() + first_two.height() + 4 + 1  # two lines and the margin
    assert cut < 2.5 * line + 4
    assert whole_lines_height(document, full + 10) >= full


@pytest.mark.parametrize(
    ("language", "expected", "with_weekday"),
    [
        ("nb", "2. nov. 2026", "man. 2. nov. 2026"),
        ("sv", "2 nov. 2026", "mån 2 nov. 2026"),
    ],
)
def test_one_date_style_on_screen_and_on_paper(translations, language, expected, with_weekday):
    from nurse_desk.printing.base import Words
    from nurse_desk.ui.common.dates import date_text, moment_text
    from nurse_desk.ui.followups.agenda_model import short_day
    from nurse_desk.ui.journal.wording import day_text

    translations.apply(language)
    day = date(2026, 11, 2)
    assert date_text(day) == expected
    assert day_text(day) == expected  # lists, Follow-ups, pupils, referrals
    assert short_day(day) == with_weekday  # Today
    assert moment_text(datetime(2026, 11, 2, 9, 5)) == expected + " 09:05"
    assert Words(language).day(day) == expected


def test_english_printouts_use_the_medium_date_not_iso():
    from nurse_desk.printing.base import Words

    assert Words("en").day(date(2026, 11, 2)) == "2 Nov 2026"
    assert Words("en").moment(datetime(2026, 11, 2, 14, 30)) == "2 Nov 2026 14:30"


def test_the_access_log_is_newest_first_and_in_words(qtbot, make_window):
    from nurse_desk.ui.journal.access_log_dialog import AccessLogColumn, AccessLogDialog

    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.ABSENCE)  # opening a pupil's absence view logs it
    dialog = AccessLogDialog(window, vault=window.session.vault)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() > 5
    times = [model.record_at(row).at for row in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    details = [model.index(row, AccessLogColumn.DETAIL).data() for row in range(model.rowCount())]
    internal = re.compile(r"\b(referral|partner|consent|note|visit) \d+")
    assert [text for text in details if internal.search(text or "")] == []
    assert any(text.startswith("Referral to ") for text in details)


def test_detail_words_name_the_partner_and_the_thing(qtbot):
    from nurse_desk.ui.journal.access_log_words import detail_words

    partners = {2: "BUP Vest"}
    assert detail_words("referral 25 partner 2 consent 128", partners) == (
        "Referral to BUP Vest, with consent"
    )
    assert detail_words("referral 1 partner 9 consent 3", partners) == (
        "Referral to a partner, with consent"
    )
    assert detail_words("note 7", partners) == "Conversation note"
    assert detail_words("visit 3 sheet, private, printed", partners) == (
        "Home-visit sheet, private, printed"
    )
    assert detail_words("visit 3 sheet, named, saved; reason: til BUP; møte", partners) == (
        "Home-visit sheet, with name, saved as a file. Reason: til BUP; møte"
    )
    assert detail_words(
        "visit 3 sheet, private without school, saved, command line, as sibling", partners
    ) == (
        "Home-visit sheet, private, without school, saved as a file, from the command line, "
        "as a brother or sister on the sheet"
    )
    assert detail_words("record pdf, for guardian; reason: innsyn", partners) == (
        "The whole record, as a PDF file, asked for by: A guardian. Reason: innsyn"
    )
    assert detail_words("whole vault, plain JSON; reason: flytting", partners) == (
        "Every record, as an unencrypted file. Reason: flytting"
    )
    assert detail_words(
        "whole vault, backup under another passphrase; reason: Ny PC", partners
    ) == ("Every record, as a backup under another passphrase. Reason: Ny PC")
    assert detail_words("note search", partners) == "Search in the notes"
    assert detail_words("absence flags", partners) == "Absence list"
    assert detail_words("absence", partners) == "Absence charts"
    assert detail_words("class list: 3 new", partners) == "class list: 3 new"
