"""The preparation sheet says what it reveals about the family, offers a private version without
school and class, and gives each question and observation point room to write by hand."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime

import pdfplumber
import pypdf
import pytest
from visit_fixtures import OBSERVATION_POINTS, TODAY, full_plan, home_visit_consent

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.printing import visit_sheet as printing
from nurse_desk.printing.base import LANGUAGES
from nurse_desk.printing.visit_words import SHEET_WORDS
from nurse_desk.services import access, consents, home_visits, pupils, visit_sheet

NOW = datetime(2026, 11, 23, 9, 30)


@pytest.fixture
def emil(vault) -> int:
    guardians = (
        GuardianRecord("Anne Aasen", "mor", "+47 900 00 000"),
        GuardianRecord("Ole Aasen", "far", "+47 911 22 333"),
    )
    return pupils.add_pupil(
        vault,
        NewPupil(
            "Emil",
            "Aasen",
            date(2012, 10, 15),
            "Granly skole",
            "8B",
            national_id="15101210038",
            guardians=guardians,
        ),
    )


@pytest.fixture
def visit_id(vault, emil) -> int:
    consents.record_consent(vault, home_visit_consent(emil))
    return home_visits.plan_visit(vault, full_plan(emil), today=TODAY).id


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def words(key: str, language: str = "nb") -> str:
    return SHEET_WORDS[key][LANGUAGES.index(language)]


def box(text: str, language: str = "nb") -> str:
    """The disclosure box: from the version's name to the advice on keeping the paper."""
    end = text.index(words("keep_it", language))
    versions = ("version_named", "version_private", "version_private_no_school")
    starts = [text.find(words(k, language) + ".") for k in versions]
    return text[max(starts) : end]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_named_sheet_says_it_shows_everything_about_the_family(vault, visit_id, language):
    text = text_of(visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, language=language))
    said = box(text, language)
    for key in ("shows_names", "shows_birth_dates", "shows_ids", "shows_school",
                "shows_relations", "shows_phones", "shows_address"):  # fmt: skip
        assert words(key, language) in said, key
    assert words("left_out", language).split(":")[0] not in said  # nothing left out


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_private_sheet_says_what_it_still_reveals_and_what_it_leaves_out(
    vault, visit_id, language
):
    text = text_of(visit_sheet.visit_sheet_pdf(vault, visit_id, private=True, language=language))
    said = box(text, language)
    shows, left_out = said.split(words("left_out", language).split("{")[0])
    for key in ("shows_initials", "shows_birth_years", "shows_school", "shows_relations"):
        assert words(key, language) in shows, key
    for key in ("shows_names", "shows_ids", "shows_phones", "shows_address"):
        assert words(key, language) in left_out and words(key, language) not in shows, key
    assert "Granly skole, 8B" in text  # and it does show them, as it says


def test_the_private_sheet_without_school_and_class_leaves_them_out_and_says_so(
    vault, emil, visit_id
):
    sibling = pupils.add_pupil(
        vault,
        NewPupil("Ida", "Aasen", date(2015, 3, 2), "Solbakken skole", "5A", guardians=()),
    )
    plan = full_plan(emil, sibling_ids=(sibling,))
    with_sibling = home_visits.plan_visit(vault, plan, today=TODAY).id
    record = visit_sheet.build_sheet(vault, with_sibling, private=True, school=False, now=NOW)
    assert record.pupil.detail == "" and record.siblings[0].detail == ""
    assert [g.detail for g in record.guardians] == ["mor", "far"]
    text = text_of(visit_sheet.visit_sheet_pdf(vault, with_sibling, private=True, school=False))
    for secret in ("Granly", "Solbakken", "8B", "5A", "Emil", "Ida", "15101210038"):
        assert secret not in text, secret
    assert words("version_private_no_school") in text
    said = box(text)
    shows, left_out = said.split(words("left_out").split("{")[0])
    shows = shows.split(words("shows").split("{")[0])[1]  # after the version's name
    assert words("shows_school") in left_out and words("shows_school") not in shows
    assert "E. A. · født 2012" in text and "I. A. · født 2015" in text


def test_a_named_sheet_keeps_school_and_class_whatever_is_asked(vault, visit_id):
    text = text_of(visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, school=False))
    assert "Granly skole, 8B" in text and "Emil Aasen" in text


def test_the_log_tells_the_private_versions_apart(vault, emil, visit_id):
    """Printed is a PRINT, saved to a file an EXPORT (as for the agenda sheet)."""
    visit_sheet.log_sheet_released(vault, visit_id, private=True, how="printed")
    visit_sheet.log_sheet_released(vault, visit_id, private=True, school=False, how="saved")

    def details(action):
        return [e.detail for e in access.log_entries(vault, pupil_id=emil, action=action)]

    assert details(AccessAction.PRINT) == [f"visit {visit_id} sheet, private, printed"]
    assert details(AccessAction.EXPORT) == [
        f"visit {visit_id} sheet, private without school, saved"
    ]


def _ruled_lines(pdf: bytes) -> Counter:
    """Writing lines (0.4 pt) by their length in points, over every page."""
    found: Counter = Counter()
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for line in page.lines:
                if line["y0"] == line["y1"] and abs(line["linewidth"] - 0.4) < 0.01:
                    found[round(line["x1"] - line["x0"])] += 1
    return found


def test_each_question_and_observation_point_has_several_lines_to_write_on(vault, emil):
    assert printing.QUESTION_LINES >= 4 and printing.OBSERVATION_LINES >= 4
    assert printing.LINE_GAP >= 6.5 * 72 / 25.4  # 6.5 mm: room for handwriting

    def lines_of(**changes) -> Counter:
        plan = full_plan(emil, **changes)
        planned = home_visits.plan_visit(vault, plan, today=TODAY).id
        return _ruled_lines(visit_sheet.visit_sheet_pdf(vault, planned, private=True))

    bare = lines_of(topics=(), questions=(), observation_points=())
    full = max(bare)  # the width of the frame: table rules and writing lines
    asked = lines_of(topics=(), questions=("Én?", "To?", "Tre?"), observation_points=())
    assert asked - bare == Counter({full: 3 * printing.QUESTION_LINES})
    looked = lines_of(topics=(), questions=(), observation_points=OBSERVATION_POINTS)
    added = looked - bare
    (notes, count), *rest = added.items()
    assert rest == [] and 0.55 * full < notes < full  # a column wide enough for a sentence
    # The table's own rule under each point is its last line to write on.
    assert count == (printing.OBSERVATION_LINES - 1) * len(OBSERVATION_POINTS)


def test_the_sheet_stays_as_short_as_the_room_to_write_allows(vault, emil, visit_id):
    """Three pages for the full plan (six points, two questions, three topics, two people
    along); a small plan still fits on two; no page is left nearly empty by a break."""
    assert pages(visit_sheet.visit_sheet_pdf(vault, visit_id, private=False)) == 3
    assert pages(visit_sheet.visit_sheet_pdf(vault, visit_id, private=True)) == 3
    small = full_plan(
        emil,
        topics=("Søvn",),
        questions=("Hvordan er morgenene?",),
        observation_points=OBSERVATION_POINTS[:3],
        companions=(),
    )
    small_id = home_visits.plan_visit(vault, small, today=TODAY).id
    assert pages(visit_sheet.visit_sheet_pdf(vault, small_id, private=True)) == 2


def test_the_signature_never_stands_alone_on_a_last_page(vault, emil):
    """A plan with three topics and two questions printed its signature lines alone on a third
    page: the agreed follow-up and the signature under it go over together."""
    asked = ("Hvordan er morgenene?", "Hva liker du på skolen?", "Hvem hjelper deg?", "Når?")
    for topics in range(4):
        for questions in range(len(asked) + 1):
            plan = full_plan(
                emil,
                topics=("Søvn", "Trivsel", "Venner")[:topics],
                questions=asked[:questions],
                observation_points=OBSERVATION_POINTS[:3],
            )
            planned = home_visits.plan_visit(vault, plan, today=TODAY).id
            pdf = visit_sheet.visit_sheet_pdf(vault, planned, private=True)
            reader = pypdf.PdfReader(io.BytesIO(pdf))
            texts = [" ".join(page.extract_text().split()) for page in reader.pages]
            [signed] = [text for text in texts if words("signature") in text]
            assert words("follow_up") in signed, (topics, questions)
