"""Names and notes holding control characters, NUL, invisible format marks or line separators
(pasted from a web page, a phone or a terminal) print as their letters: no box for a character
the font has no glyph for, no words glued together where a line separator was."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta

import pypdf
import pytest
from visit_fixtures import full_plan

from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.printing.base import markup, plain
from nurse_desk.printing.visit_sheet import render_visit_sheet
from nurse_desk.services import home_visits, journal, pupils, visit_sheet
from nurse_desk.services.record_export import export_record

# Characters the font draws as a box (or nothing sensible): C0 and C1 controls, NUL, the
# zero-width space, the right-to-left override, a byte-order mark, a noncharacter.
ODD = "\x00\x01\x1b\x7f\x9f\u200b\u202e\ufeff\ufffe"
SEPARATORS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def glyphless(text: str) -> set[str]:
    """What text extraction gives for a glyph the font lacks (NUL), or a control left in."""
    return {c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F}


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("separator", SEPARATORS)
def test_a_line_separator_is_a_new_line_and_other_odd_characters_are_dropped(separator):
    assert markup(f"Linje1{separator}Linje2") == "Linje1<br/>Linje2"
    assert markup(f"E{ODD}mil <b>") == "Emil &lt;b&gt;"
    assert plain(f"Emil{separator}{ODD}Aasen") == "Emil Aasen"  # one line: a footer
    assert markup("Ærlig talt: «søvn» – 5\u00a0min, ½ time, 漢字, \U0001f600") == (
        "Ærlig talt: «søvn» – 5\u00a0min, ½ time, 漢字, \U0001f600"
    )


def test_a_record_and_a_visit_sheet_with_odd_characters_print_only_the_letters(vault, pupil_id):
    odd_id = pupils.add_pupil(
        vault,
        NewPupil(
            f"E{ODD}mil",
            f"Aa{ODD}sen",
            date(2012, 10, 15),
            "Granly skole",
            "8B",
            guardians=(GuardianRecord(f"Anne{ODD} Aasen", "mor", "912 34 567"),),
        ),
    )
    note = journal.save_draft(
        vault,
        NoteDraft(
            odd_id,
            datetime.now() - timedelta(days=1),
            NoteKind.PLANNED,
            conversation=f"Linje1\u2028Linje2{ODD} slutt",
        ),
    )
    journal.sign_note(vault, note.id)
    plan = full_plan(odd_id, planned_on=date.today() + timedelta(days=3))
    visit = home_visits.plan_visit(vault, replace(plan, directions=f"Til{ODD} høyre"))
    record = text_of(export_record(vault, odd_id, reason="innsyn", language="nb"))
    sheet = visit_sheet.build_sheet(vault, visit.id, private=False)
    printed = text_of(render_visit_sheet(sheet, "nb"))
    for text in (record, printed):
        assert glyphless(text) == set()
        assert "Emil Aasen" in text
    assert "Linje1\nLinje2 slutt" in record
    assert "Til høyre" in record and "Til høyre" in printed
