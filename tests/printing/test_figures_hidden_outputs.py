"""The yearly figures on paper and as CSV show exactly what the hiding rule shows, in the nurse's
language, with the line that says why a count is hidden; nothing hidden can be worked out from
them, and no bar's length gives a hidden count away."""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime

import pypdf
import pytest
from figures_reader import read_csv, worked_out_by_subtraction

from nurse_desk.domain.figures import (
    HIDDEN_SHOWN,
    Figures,
    FiguresPeriod,
    as_mapping,
    with_all_rows,
)
from nurse_desk.domain.journal import NoteKind, Topic
from nurse_desk.printing.figures_sheet import (
    _BAR_WIDTH,
    FIGURE_WORDS,
    Bar,
    FiguresPrintout,
    figures_csv,
    render_figures,
)

LANGUAGES = ("nb", "sv", "en")
# One small kind of conversation beside larger ones: alone it would be the total minus the rest.
KINDS = {"planned": 30, "drop_in": 9, "phone": 2}
FIGURES = Figures(
    FiguresPeriod(date(2025, 8, 15), date(2026, 6, 19)),
    pupils_seen=25,
    conversations=sum(KINDS.values()),
    conversations_by_kind=with_all_rows(KINDS, tuple(NoteKind)),
    conversations_by_topic=with_all_rows({"sleep": 12, "bullying": 3}, tuple(Topic)),
    home_visits={"planned": 6, "done": 3, "documented": 0},
)


def words(key: str, language: str) -> str:
    return FIGURE_WORDS[key][LANGUAGES.index(language)]


def pdf_text(figures: Figures, language: str, *, exact: bool = False) -> str:
    pdf = render_figures(
        figures, language=language, exact=exact, produced_by="Kari", at=datetime(2026, 6, 20)
    )
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_csv_and_pdf_show_the_rule_and_give_no_hidden_count_back(language):
    hidden = words("hidden", language)
    from_csv = read_csv(figures_csv(FIGURES, language=language, exact=False), hidden)
    assert from_csv == {section: v for section, v in as_mapping(FIGURES).items() if v != {}}
    kinds = from_csv["conversations_by_kind"]
    assert kinds["drop_in"] == kinds["phone"] == HIDDEN_SHOWN and kinds["planned"] == 30
    assert worked_out_by_subtraction(from_csv) == {}
    text = pdf_text(FIGURES, language)
    assert words("hidden_with_group", language) in text
    printout = FiguresPrintout(FIGURES, language, exact=False, produced_by="", at=datetime.min)
    phone = printout.label("conversations_by_kind", "phone")
    assert f"{phone} {hidden}" in text and f"{phone} 2" not in text


def test_the_json_form_gives_no_hidden_count_back():
    shown = json.loads(json.dumps(as_mapping(FIGURES)))
    assert shown["conversations_by_kind"]["phone"] == HIDDEN_SHOWN
    assert worked_out_by_subtraction(shown) == {}


def test_exact_counts_print_as_they_are_without_the_line():
    text = pdf_text(FIGURES, "nb", exact=True)
    assert words("hidden_with_group", "nb") not in text and "Telefonsamtale 2" in text
    exact_csv = read_csv(figures_csv(FIGURES, language="sv", exact=True), words("hidden", "sv"))
    assert exact_csv["conversations_by_kind"]["phone"] == 2


def test_no_line_when_nothing_is_hidden_with_its_group():
    plain = Figures(FIGURES.period, pupils_seen=3, conversations_by_topic={"sleep": 2})
    assert words("hidden_with_group", "en") not in pdf_text(plain, "en")


def test_bars_are_scaled_to_the_largest_count_shown():
    """A hidden count that set the scale would be told by the length of the others' bars."""
    printout = FiguresPrintout(FIGURES, "en", exact=False, produced_by="", at=datetime.min)
    table = printout._table([("Planned", HIDDEN_SHOWN), ("Phone", 10), ("Group", 5)])
    bars = [cell.length for row in table._cellvalues for cell in row if isinstance(cell, Bar)]
    assert bars == [0.0, pytest.approx(_BAR_WIDTH * 0.95), pytest.approx(_BAR_WIDTH * 0.95 / 2)]
