"""One user action, one unit of work: the actions that used to read the nurse's name, the
country or a print setting in a session of their own before the main one (or read a part of
the record in another) now open exactly one session and one connection, whatever they log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from absence_fixtures import TODAY as ABSENCE_DAY
from referral_fixtures import give_partner_consent, partner_id, referral
from sqlalchemy import event
from visit_fixtures import TODAY, full_plan, home_visit_consent

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentMissing
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import (
    absence,
    access,
    agenda_output,
    consents,
    figures,
    home_visits,
    journal,
    pupils,
    record_export,
    referrals,
    visit_sheet,
)
from nurse_desk.services.kept_analysis import KeptAnalysis
from nurse_desk.storage.vault import Vault

PARTNER = "BUP"


@dataclass
class Opened:
    sessions: int = 0  # Vault.session() calls
    connections: int = 0  # connections taken from the engine (one per transaction)


@pytest.fixture
def opened(vault, monkeypatch):
    """Counts, from the moment the test asks, every session and connection the vault opens."""
    seen = Opened()
    make_session = Vault.session

    def counted_session(self):
        seen.sessions += 1
        return make_session(self)

    def on_connect(_connection) -> None:
        seen.connections += 1

    monkeypatch.setattr(Vault, "session", counted_session)
    event.listen(vault.engine, "engine_connect", on_connect)
    yield seen
    event.remove(vault.engine, "engine_connect", on_connect)


def once(opened: Opened, action):
    """Runs the action from a count of zero; it must have opened one session, once."""
    opened.sessions = opened.connections = 0
    result = action()
    assert (opened.sessions, opened.connections) == (1, 1)
    return result


@pytest.fixture
def visit_id(vault, pupil_id) -> int:
    consents.record_consent(vault, home_visit_consent(pupil_id))
    return home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY).id


def test_exporting_a_pupils_record_reads_and_logs_in_one_unit_of_work(vault, pupil_id, opened):
    pdf = once(opened, lambda: record_export.export_record(vault, pupil_id, reason="innsyn"))
    assert pdf.startswith(b"%PDF")
    exported = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.EXPORT)
    assert len(exported) == 1


def test_recording_and_withdrawing_a_consent_each_open_one_unit_of_work(vault, pupil_id, opened):
    saved = once(opened, lambda: consents.record_consent(vault, home_visit_consent(pupil_id)))
    once(opened, lambda: consents.withdraw_consent(vault, saved.id, saved.given_on))


def test_planning_a_home_visit_opens_one_unit_of_work_per_step(vault, pupil_id, opened):
    context = once(opened, lambda: home_visits.visit_context(vault, pupil_id))
    assert context.pupil.id == pupil_id and context.country == "no"
    once(opened, lambda: home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY))


def test_a_visit_sheet_is_made_and_logged_in_one_unit_of_work(vault, visit_id, opened, tmp_path):
    out = tmp_path / "sheet.pdf"
    pdf = once(
        opened,
        lambda: visit_sheet.save_visit_sheet(
            vault, visit_id, out, private=True, reason="hjemmebesøk"
        ),
    )
    assert pdf.startswith(b"%PDF")
    once(opened, lambda: visit_sheet.visit_sheet_pdf(vault, visit_id, private=False))


def test_the_windows_sheet_steps_each_open_one_unit_of_work(vault, visit_id, opened):
    offer = once(opened, lambda: visit_sheet.sheet_offer(vault, visit_id))
    assert offer.partners == ("PPT Bærum", "Tolketjenesten") and not offer.private
    preview = once(opened, lambda: visit_sheet.sheet_preview(vault, visit_id, private=True))
    assert preview.pdf.startswith(b"%PDF") and preview.needs_reason
    once(
        opened,
        lambda: visit_sheet.log_sheet_released(vault, visit_id, private=True, how="printed"),
    )


def test_a_refused_sheet_for_a_partner_is_logged_in_its_one_unit_of_work(
    vault, pupil_id, visit_id, opened
):
    def named_sheet_for_a_partner():
        with pytest.raises(ConsentMissing):
            visit_sheet.visit_sheet_pdf(vault, visit_id, private=False, outside_for=PARTNER)

    once(opened, named_sheet_for_a_partner)
    refused = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.SHARE_REFUSED)
    assert len(refused) == 1  # committed, though the action ended in the refusal


def test_sending_a_referral_opens_one_unit_of_work(vault, pupil_id, opened):
    give_partner_consent(vault, pupil_id, PARTNER)
    partner = partner_id(vault, PARTNER)
    once(opened, lambda: referrals.send_referral(vault, referral(pupil_id, partner)))


def test_the_printed_week_opens_one_unit_of_work(vault, visit_id, opened):
    sheet = once(opened, lambda: agenda_output.week_sheet(vault, TODAY, today=TODAY))
    assert sheet.produced_by == "Kari Nordmann"


def test_signing_a_note_and_adding_a_pupil_each_open_one_unit_of_work(vault, pupil_id, opened):
    draft = NoteDraft(pupil_id, datetime(2026, 10, 1, 12, 0), NoteKind.PLANNED, conversation="Søvn")
    note = journal.save_draft(vault, draft)
    once(opened, lambda: journal.sign_note(vault, note.id))
    # the national ID is read by the vault's country's rule, in the same unit of work
    new = NewPupil(
        "Ida", "Lie", date(1986, 10, 15), "Granly skole", "1A", national_id="15108695088"
    )
    once(opened, lambda: pupils.add_pupil(vault, new))


def test_the_absence_analysis_reads_in_one_unit_of_work_made_anew_or_kept(
    school_vault, opened, analysed
):
    vault, _ = school_vault
    kept = KeptAnalysis()
    made = once(opened, lambda: absence.analyse_all(vault, today=ABSENCE_DAY, kept=kept))
    again = once(opened, lambda: absence.analyse_all(vault, today=ABSENCE_DAY, kept=kept))
    shown = once(opened, lambda: absence.kept_overview(vault, kept, today=ABSENCE_DAY))
    assert made.pupils and made == again == shown
    assert analysed == [ABSENCE_DAY]  # the second and third read only the acknowledgements
    period = figures.default_period(vault, today=ABSENCE_DAY)
    counted = once(opened, lambda: figures.compute(vault, period, today=ABSENCE_DAY))
    assert sum(counted.absence_flags_by_pattern.values()) >= len(made.pupils)
    assert analysed == [ABSENCE_DAY, ABSENCE_DAY]  # the figures' own reads, analysed alike
