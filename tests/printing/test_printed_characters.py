"""Names and notes in the letters of the families a school nurse meets (Sámi, Polish, Lithuanian,
Vietnamese, Turkish, Somali, Cyrillic, Greek) print as written on every printout, and what no
font here has (emoji, Chinese, Tigrinya, right-to-left Arabic) prints as a mark that the page
explains: never an empty box, never a character silently left out."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

import pypdfium2
import pytest
from reportlab.pdfbase import pdfmetrics
from visit_fixtures import TODAY, VISIT_DAY, full_plan

from nurse_desk.domain.figures import Figures, FiguresPeriod, with_all_rows
from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.home_visits import Companion, CompanionRole
from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.printing import characters
from nurse_desk.printing.base import styles
from nurse_desk.printing.characters import Paragraph, cleaned, runs
from nurse_desk.services import (
    agenda_output,
    figures,
    home_visits,
    journal,
    pupils,
    record_export,
    visit_sheet,
)
from nurse_desk.services import follow_up_work as work

NOW = datetime(2026, 11, 23, 9, 30)
PUPIL = ("Máret Ŋuvddá", "Čoarvi-Šŧuovža")  # North Sámi: ŋ and ŧ are not in Vera
GUARDIAN = "Ánde Đuolbbás"  # Vera maps Đ to its empty box
NAMES = (
    " ".join(PUPIL),
    GUARDIAN,
    "Łucja Wiśniewska",
    "Žydrūnė Ąžuolaitė",
    "Nguyễn Thị Hằng",
    "Ayşe Yıldız",
    "Cabdullaahi Xasan",
    "Елена Петрова",
    "Ελένη Παπαδοπούλου",
)
LETTERS = "Ïnga Ævi Øvre Åsa → kl. 10 ✓"
UNPRINTABLE = "Mor sa 👍🏽, skrev 王芳 og محمد"
MARK = "\ufffd"
NOTE_WORDS = "tegn som ikke kan skrives ut her"  # the start of the page's explanation (nb)


def pdf_text(pdf: bytes) -> str:
    """The PDF's text layer (what a search, a copy or a screen reader gets), one space for
    each run of whitespace: pdfium reads each glyph back through the font's map."""
    document = pypdfium2.PdfDocument(pdf)
    text = " ".join(page.get_textpage().get_text_range() for page in document)
    return " ".join(text.split())


@pytest.fixture
def printouts(vault):
    """Each printout the app makes, about a pupil whose family's names need more than Vera."""
    pupil_id = pupils.add_pupil(
        vault,
        NewPupil(
            *PUPIL,
            date(2012, 10, 15),
            "Ŋuorra skuvla",
            "8B",
            guardians=(
                GuardianRecord(GUARDIAN, "far", "+47 900 00 000"),
                GuardianRecord("Nguyễn Thị Hằng", "mor", ""),
            ),
        ),
    )
    note = journal.save_draft(
        vault,
        NoteDraft(
            pupil_id,
            datetime(2026, 11, 20, 10, 0),
            NoteKind.PLANNED,
            topics=frozenset({Topic.SLEEP}),
            participants=", ".join(NAMES),
            conversation=f"{LETTERS}\n{UNPRINTABLE}",
        ),
    )
    journal.sign_note(vault, note.id)
    plan = full_plan(
        pupil_id,
        home_of=GUARDIAN,
        companions=(Companion(CompanionRole.INTERPRETER, "Žydrūnė Ąžuolaitė", "Tolk", "", False),),
        topics=(", ".join(NAMES), LETTERS),
        questions=(UNPRINTABLE,),
    )
    visit = home_visits.plan_visit(vault, plan, today=TODAY)
    work.plan_follow_up(
        vault,
        NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, VISIT_DAY, f"{LETTERS} {UNPRINTABLE}"),
    )
    week = agenda_output.week_sheet(vault, VISIT_DAY, today=TODAY, private=False, now=NOW)
    counts = Figures(
        FiguresPeriod(date(2025, 8, 15), date(2026, 6, 19), school="Ŋuorra skuvla"),
        pupils_seen=25,
        conversations=30,
        conversations_by_kind=with_all_rows({"planned": 30}, tuple(NoteKind)),
        conversations_by_topic=with_all_rows({"sleep": 12}, tuple(Topic)),
        home_visits={"planned": 6, "done": 3, "documented": 0},
    )
    return {
        "record": record_export.export_record(
            vault, pupil_id, reason="Innsyn", language="nb", now=NOW
        ),
        "visit sheet": visit_sheet.visit_sheet_pdf(vault, visit.id, private=False, now=NOW),
        "agenda": agenda_output.render_week(week, language="nb"),
        "figures": figures.figures_pdf(
            counts, exact=True, language="nb", produced_by="Łucja Wiśniewska-Ŋuvdda", now=NOW
        ),
    }


def test_names_in_every_printout_print_as_written(printouts):
    record, sheet, agenda, counts = (pdf_text(printouts[name]) for name in printouts)
    for text in (record, sheet):
        for name in (*NAMES, LETTERS):
            assert name in text
    assert f"helsejournal · {' '.join(PUPIL)} (15. okt. 2012)" in record  # the footer
    assert " ".join(PUPIL) in agenda and LETTERS in agenda
    assert "Ŋuorra skuvla" in counts and "Łucja Wiśniewska-Ŋuvdda" in counts


def test_what_no_font_has_prints_as_a_mark_the_page_explains(printouts):
    shown = f"Mor sa {MARK}, skrev {MARK} og {MARK}"  # one mark for each run, none dropped
    for name in ("record", "visit sheet", "agenda"):
        text = pdf_text(printouts[name])
        assert shown in text, name
        assert NOTE_WORDS in text, name
    # A printout where every character printed carries no explanation.
    assert MARK not in pdf_text(printouts["figures"])
    assert NOTE_WORDS not in pdf_text(printouts["figures"])


@pytest.mark.parametrize(
    "font",
    [characters.FONT, characters.FONT_BOLD, characters.FONT_ITALIC, characters.FONT_BOLD_ITALIC],
)
def test_every_run_is_set_in_a_font_with_a_glyph_for_each_of_its_characters(font):
    pieces = runs(" ".join((*NAMES, LETTERS, UNPRINTABLE, "Đ ∅ ‗  ")), font)
    for chosen, text in pieces:
        glyphs = pdfmetrics.getFont(chosen).face.charToGlyph
        assert [c for c in text if not glyphs.get(ord(c))] == [], chosen  # glyph 0: the box
    assert "".join(text for _, text in pieces).count(MARK) == 3


def test_bold_and_italic_stay_in_the_wider_font():
    style = styles()
    bold = Paragraph("<b>Ŋ</b>a", style.body).frags
    assert [(f.fontName, f.text) for f in bold] == [
        (characters.WIDE_BOLD, "Ŋ"),
        (characters.FONT, "a"),
    ]
    assert Paragraph("Šŧ", style.title).frags[1].fontName == characters.WIDE_BOLD
    italic = Paragraph("<i>aŋ</i>", style.body).frags  # no DejaVu italic: upright
    assert [f.fontName for f in italic] == [characters.FONT_ITALIC, characters.WIDE]
    greek = Paragraph("Παπαδοπούλου", style.body).frags  # Vera's π is a maths sign
    assert [(f.fontName, f.text) for f in greek] == [(characters.WIDE, "Παπαδοπούλου")]


def test_marks_not_meant_to_be_seen_go_and_letters_are_composed():
    typed = "Nguye\u0302\u0303n \u2764\ufe0f 5\u202fmin a\u3000b\u200dc"
    assert cleaned(typed) == "Nguyễn \u2764 5\u00a0min a bc"


def test_every_printout_sets_its_text_through_the_one_paragraph_that_chooses_fonts():
    printing = Path(characters.__file__).parent
    direct = []
    for path in sorted(printing.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("reportlab"):
                direct += [f"{path.name}: {a.name}" for a in node.names if a.name == "Paragraph"]
            if isinstance(node, ast.Attribute) and node.attr in ("drawString", "drawCentredString"):
                direct.append(f"{path.name}: {node.attr}")  # draw_string chooses fonts too
    assert direct == []
