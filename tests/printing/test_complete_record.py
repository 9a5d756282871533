"""The complete record of demo pupils: one item of every kind the pupil has in the vault
(notes, amendments, consents, home visits with their plan and documentation, referrals,
follow-ups, absence and its flags, the access log) is found in the exported PDF's text."""

from __future__ import annotations

import io
from datetime import date, datetime

import pypdf
import pytest
from sqlalchemy import select

from nurse_desk.domain.words import word
from nurse_desk.printing.base import Words
from nurse_desk.services import record_export
from nurse_desk.services.absence import pupil_absence
from nurse_desk.services.demo import create_demo_vault
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import consents, follow_ups, journal, referrals
from nurse_desk.storage.home_visits import get_row, lines_between, observations_of
from nurse_desk.storage.orm import AmendmentRow, NoteRow
from nurse_desk.storage.orm_referrals import ReferralRow
from nurse_desk.storage.orm_visits import HomeVisitRow

NOW = datetime.combine(date.today(), datetime.min.time()).replace(hour=15)
KINDS = {"note", "amendment", "consent", "visit", "documented", "referral", "follow_up"}
KINDS |= {"absence", "flag"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    vault = create_demo_vault(tmp_path_factory.mktemp("demo") / "demo.vault")
    yield vault
    vault.lock()


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def start_of(text: str, words: int = 2) -> str:
    """The first words only: a cell that wraps may be read interleaved with its neighbours."""
    return " ".join(text.split()[:words])


def rich_pupils(vault) -> list[int]:
    """A few demo pupils who, between them, have every kind of item."""
    with vault.session() as session:
        documented = session.scalar(
            select(HomeVisitRow.pupil_id).where(HomeVisitRow.status == "documented")
        )
        amended = session.scalar(
            select(NoteRow.pupil_id).join(AmendmentRow, AmendmentRow.note_id == NoteRow.id)
        )
        referred = session.scalars(select(ReferralRow.pupil_id)).all()
    flagged = [
        pupil_id
        for pupil_id in referred
        if pupil_absence(vault, pupil_id, log_access=False).absence.flags
    ]
    return [documented, amended, flagged[0]]


EN = Words("en")  # dates as the printout writes them


def expected_items(vault, pupil_id: int) -> dict[str, list[str]]:
    """For each kind the pupil has, texts that identify one item of it in the PDF (en)."""
    view = pupil_absence(vault, pupil_id, log_access=False)
    with vault.session() as session:
        notes = journal.notes_of_pupil(session, pupil_id)
        given = consents.of_pupil(session, pupil_id)
        sent = referrals.of_pupil(session, pupil_id)
        planned = follow_ups.for_pupil(session, pupil_id)
        entries = absence_store.entries(session, pupil_id=pupil_id)
        rows = [
            get_row(session, line.visit_id) for line in lines_between(session, pupil_id=pupil_id)
        ]
        observed = [observations_of(row) for row in rows]
        visits = [(row.planned_on, row.starts_at, row.status) for row in rows]
    found: dict[str, list[str]] = {}
    if notes:
        note = notes[0]
        found["note"] = [f"Notes ({len(notes)})", EN.moment(note.occurred_at)]
    amendments = [a for note in notes for a in note.amendments]
    if amendments:
        found["amendment"] = [" ".join(amendments[0].reason.split())]
    if given:
        found["consent"] = [f"Consents ({len(given)})"]
    if visits:
        day, start, _status = visits[0]
        found["visit"] = [f"Home visits ({len(visits)})", EN.day(day), f"{start:%H:%M}"]
    documented = [
        points
        for points, (_d, _s, status) in zip(observed, visits, strict=True)
        if status == "documented"
    ]
    if documented:
        found["documented"] = ["Documented ", "Observed:", start_of(documented[0][0].point, 3)]
    if sent:
        found["referral"] = [f"Referrals ({len(sent)})", start_of(sent[0].partner_name, 1)]
    if planned:
        found["follow_up"] = [f"Follow-ups ({len(planned)})", start_of(planned[0].description)]
    if entries:
        found["absence"] = ["absent days of", EN.day(entries[0].day)]
    if view.absence.flags:
        kind = view.absence.flags[0].kind
        found["flag"] = [f"Flags: {word(kind, 'en')}"]
    return found


def test_the_complete_record_holds_one_item_of_every_kind_each_demo_pupil_has(demo):
    covered: set[str] = set()
    for pupil_id in rich_pupils(demo):
        expected = expected_items(demo, pupil_id)
        pdf = record_export.export_record(demo, pupil_id, reason="Innsyn", language="en", now=NOW)
        text = text_of(pdf)
        for kind, fragments in expected.items():
            for fragment in fragments:
                assert fragment in text, (pupil_id, kind, fragment)
        assert "Access log (" in text and "Purpose: Innsyn" in text
        covered |= set(expected)
    assert covered == KINDS  # between them the pupils had every kind, and each was found


def test_the_demo_has_a_protected_home_whose_sheet_and_record_show_no_address(demo):
    from nurse_desk.services import home_visits, pupils, visit_sheet
    from nurse_desk.services.follow_up_work import pupil_of

    protected = [p for p in pupils.list_pupils(demo) if p.protected_identity]
    assert len(protected) == 1
    pupil = protected[0]
    (visit,) = home_visits.visits_of_pupil(demo, pupil.id)
    assert visit.protected and visit.address == ""
    address = home_visits.get_visit(demo, visit.visit_id).plan.address
    assert address  # the vault has it; no printout may
    sheet = text_of(visit_sheet.visit_sheet_pdf(demo, visit.visit_id, private=False))
    record = text_of(record_export.export_record(demo, pupil.id, reason="Innsyn", now=NOW))
    for text in (sheet, record):
        assert pupil.full_name in text and "SPERRET ADRESSE" in text
        assert address not in text
        assert all(g.phone not in text for g in pupil_of(demo, pupil.id).guardians)
    assert pupil_of(demo, pupil.id).guardians[0].phone  # the demo family has phones to hide
