"""A home visit planned for one child, with a brother or sister at home, in each child's
complete record: the visited child's record holds the plan and what was observed; the
sibling's holds only that the sibling was there, never the visited child's health details
(docs/DISCLOSURE.md, "The complete record and who asks for it")."""

from __future__ import annotations

import io
from datetime import date, datetime

import pypdf
from visit_fixtures import OBSERVATION_POINTS, TODAY, full_plan, home_visit_consent

from nurse_desk.domain.home_visits import Answer, Observation, VisitDocumentation
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.services import consents, home_visits, pupils
from nurse_desk.services.record_export import export_record

PRODUCED = datetime(2026, 12, 3, 14, 5)
# The visited child's health details, as the plan and the documentation hold them.
HIS = (
    "Fravær hver mandag siden oktober",  # why
    "Avtale en plan for å komme tilbake",  # purpose
    "Søvn og døgnrytme",  # a topic
    "Når startet fraværet",  # a question
    "Barnets rom og soveforhold",  # a point to observe
    "Sover dårlig, mye skjerm",  # what was observed
    "Per Lunde",  # a psychologist along
    "Vi snakker om søvn og skole",  # what the family was told
    "kontaktlærer",  # who asked
)


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_a_sisters_record_shows_she_was_there_but_not_her_brothers_visit(vault, pupil_id):
    mother = (GuardianRecord("Anne Aasen", "mother", "+47 900 00 000"),)
    ada = NewPupil("Ada", "Aasen", date(2015, 3, 4), "Granly skole", "5A", guardians=mother)
    sister = pupils.add_pupil(vault, ada)
    plan = full_plan(pupil_id, sibling_ids=(sister,))
    consents.record_consent(vault, home_visit_consent(pupil_id))
    visit = home_visits.plan_visit(vault, plan, today=TODAY)
    home_visits.mark_ready(vault, visit.id, today=TODAY)
    observed = tuple(
        Observation(point, True, "Sover dårlig, mye skjerm" if index == 0 else "")
        for index, point in enumerate(OBSERVATION_POINTS)
    )
    home_visits.document_visit(
        vault,
        visit.id,
        VisitDocumentation(
            observations=observed,
            answers=(Answer(plan.questions[0], "Etter høstferien"),),
            summary="Trøtt gutt.",
        ),
        now=datetime(2026, 12, 1, 16),
    )

    his = text_of(export_record(vault, pupil_id, reason="Innsyn", language="en", now=PRODUCED))
    hers = text_of(export_record(vault, sister, reason="Innsyn", language="en", now=PRODUCED))

    assert all(detail in his for detail in HIS), [d for d in HIS if d not in his]
    assert [detail for detail in HIS if detail in hers] == []
    assert "Emil" not in hers  # nor whose visit it was
    assert "Home visits (1) 1 Dec 2026 14:00 · 75 min Status: Documented" in hers
    assert "There as a brother or sister." in hers
