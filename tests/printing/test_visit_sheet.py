"""The preparation sheet: built as data, rendered to a PDF whose text, tick boxes and privacy
are checked, and every release logged."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pdfplumber
import pypdf
import pytest
from visit_fixtures import OBSERVATION_POINTS, TODAY, full_plan, home_visit_consent

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentMissing, ConsentPurpose
from nurse_desk.domain.home_visits import MissingItem, Notice
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.printing.base import LANGUAGES
from nurse_desk.printing.visit_sheet import TICK_BOX_SIZE, render_visit_sheet
from nurse_desk.printing.visit_words import SHEET_WORDS, VALUE_WORDS
from nurse_desk.services import access, consents, home_visits, pupils, visit_sheet

NOW = datetime(2026, 11, 23, 9, 30)
NATIONAL_ID = "15101210038"
SECTIONS = (
    "when_where",
    "safety",
    "family",
    "participants",
    "why",
    "notice_consent",
    "topics",
    "questions",
    "observations",
    "follow_up",
    "signature",
)


@pytest.fixture
def emil(vault) -> int:
    return pupils.add_pupil(
        vault,
        NewPupil(
            "Emil",
            "Aasen",
            date(2012, 10, 15),
            "Granly skole",
            "8B",
            national_id=NATIONAL_ID,
            guardians=(
                GuardianRecord("Anne Aasen", "mor", "+47 900 00 000"),
                GuardianRecord("Ole Aasen", "far", "+47 911 22 333"),
            ),
        ),
    )


@pytest.fixture
def visit_id(vault, emil) -> int:
    consents.record_consent(vault, home_visit_consent(emil))
    return home_visits.plan_visit(vault, full_plan(emil), today=TODAY).id


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def tick_boxes(pdf: bytes) -> int:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return sum(
            1
            for page in document.pages
            for rect in page.rects
            if abs(rect["width"] - TICK_BOX_SIZE) < 0.5
            and abs(rect["height"] - TICK_BOX_SIZE) < 0.5
        )


def test_the_sheet_record_carries_the_plan_the_consent_and_the_people(vault, visit_id):
    sheet = visit_sheet.build_sheet(vault, visit_id, private=False, now=NOW)
    assert sheet.pupil.name == "Emil Aasen" and sheet.pupil.national_id == NATIONAL_ID
    assert [g.phone for g in sheet.guardians] == ["+47 900 00 000", "+47 911 22 333"]
    assert sheet.address.startswith("Granlyveien") and sheet.nurse_name == "Kari Nordmann"
    assert sheet.consent is not None and sheet.missing == ()
    assert sheet.observation_points == OBSERVATION_POINTS


def test_the_private_record_holds_initials_and_the_year_only(vault, visit_id):
    sheet = visit_sheet.build_sheet(vault, visit_id, private=True, now=NOW)
    assert (sheet.pupil.name, sheet.pupil.born, sheet.pupil.born_year) == ("E. A.", None, 2012)
    assert sheet.pupil.national_id == "" and sheet.address == "" and sheet.directions == ""
    assert [g.name for g in sheet.guardians] == ["A. A.", "O. A."]
    assert all(g.phone == "" for g in sheet.guardians)
    assert sheet.observation_points[-1] == "E. viser frem rommet sitt"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_and_every_observation_point_is_printed(vault, visit_id, language):
    pdf = visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, language=language, now=NOW)
    text = text_of(pdf)
    index = LANGUAGES.index(language)
    for key in (*SECTIONS, "title", "place_date"):
        assert SHEET_WORDS[key][index] in text, key
    for point in OBSERVATION_POINTS:
        assert point in text
    for expected in ("Emil Aasen", NATIONAL_ID, "Granlyveien 12", "+47 911 11 111", "Per Lunde"):
        assert expected in text
    assert re.search(r"(side|sida|page) 1 (av|of) 3", text)
    # A typical plan: three pages, with lines to write on under each question and point.
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 3


def test_one_tick_box_per_observation_point(vault, emil, visit_id):
    pdf = visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, now=NOW)
    assert tick_boxes(pdf) == len(OBSERVATION_POINTS)
    more = full_plan(emil, observation_points=tuple(f"Punkt {n}" for n in range(23)))
    longer = home_visits.plan_visit(vault, more, today=TODAY)
    pdf = visit_sheet.visit_sheet_pdf(vault, longer.id, private=False, now=NOW)
    assert tick_boxes(pdf) == 23


def test_the_private_sheet_has_no_name_id_phone_or_address(vault, visit_id):
    text = text_of(visit_sheet.visit_sheet_pdf(vault, visit_id, private=True, now=NOW))
    for secret in (
        "Emil",
        "Aasen",
        "Anne",
        NATIONAL_ID,
        "15.10.2012",
        "15. okt. 2012",
        "Granlyveien",
        "Buss 143",
    ):
        assert secret not in text, secret
    assert "+47 900" not in text
    assert "E. A." in text and "2012" in text
    for point in OBSERVATION_POINTS[:-1]:
        assert point in text


def test_a_plan_not_yet_ready_says_what_is_missing_in_red_words(vault, emil):
    plan = full_plan(emil, notice=Notice())
    draft = home_visits.plan_visit(vault, plan, today=TODAY)
    text = text_of(visit_sheet.visit_sheet_pdf(vault, draft.id, private=False, now=NOW))
    assert "IKKE KLAR, mangler: varsel, samtykke" in text
    assert "IKKE VARSLET ENNÅ" in text and "MANGLER GYLDIG SAMTYKKE" in text


def test_showing_the_preview_is_not_a_print_but_each_release_is_logged(
    vault, emil, visit_id, tmp_path
):
    def left(action):
        return [e.detail for e in access.log_entries(vault, pupil_id=emil, action=action)]

    visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, now=NOW)
    assert left(AccessAction.PRINT) == [] and left(AccessAction.EXPORT) == []
    visit_sheet.log_sheet_released(vault, visit_id, private=True, how="printed")
    pdf = visit_sheet.save_visit_sheet(
        vault, visit_id, tmp_path / "sheet.pdf", private=False, reason="Forberede besøket", now=NOW
    )
    assert pdf.startswith(b"%PDF") and (tmp_path / "sheet.pdf").read_bytes() == pdf
    assert left(AccessAction.PRINT) == [f"visit {visit_id} sheet, private, printed"]
    assert left(AccessAction.EXPORT) == [
        f"visit {visit_id} sheet, named, saved, command line; reason: Forberede besøket"
    ]


def test_a_named_sheet_for_use_outside_the_health_service_needs_consent(vault, emil, visit_id):
    with pytest.raises(ConsentMissing):
        visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, outside_for="PPT Bærum")
    refused = access.log_entries(vault, pupil_id=emil, action=AccessAction.SHARE_REFUSED)
    assert len(refused) == 1
    assert visit_sheet.visit_sheet_pdf(vault, visit_id, private=True, outside_for="PPT Bærum")
    consents.record_consent(
        vault,
        home_visit_consent(emil, purpose=ConsentPurpose.CONTACT_PARTNER, partner="PPT Bærum"),
    )
    assert visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, outside_for="ppt bærum")


def test_every_home_visit_value_has_printed_words_in_every_language():
    for enum_type, words in VALUE_WORDS.items():
        assert set(words) == set(enum_type)
        assert all(len(texts) == 3 and all(texts) for texts in words.values())
    assert MissingItem.NOTICE in VALUE_WORDS[MissingItem]


def test_the_pdf_carries_no_names_in_its_metadata(vault, visit_id):
    sheet = visit_sheet.build_sheet(vault, visit_id, private=False, now=NOW)
    metadata = pypdf.PdfReader(io.BytesIO(render_visit_sheet(sheet, "sv"))).metadata
    assert not re.search("Emil|Aasen", " ".join(str(value) for value in metadata.values()))


@pytest.mark.parametrize(
    ("language", "given"),
    [
        ("nb", "Gitt 20. nov. 2026 av en foresatt (Anne Aasen), muntlig"),
        ("sv", "Lämnat 20 nov. 2026 av en vårdnadshavare (Anne Aasen), muntligt"),
        ("en", "Given 20 Nov 2026 by a guardian (Anne Aasen), oral"),
    ],
)
def test_the_consent_reads_as_a_sentence_who_gave_it_in_small_letters(
    vault, visit_id, language, given
):
    pdf = visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, language=language, now=NOW)
    assert given in text_of(pdf)
