"""Planning, readiness, documentation (note + follow-ups in one transaction) and templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from probes import consents_of, follow_ups_for_pupil, visits_of_pupil
from visit_fixtures import TODAY, VISIT_DAY, full_plan, home_visit_consent

from nurse_desk.domain.follow_ups import FollowUpSource
from nurse_desk.domain.home_visits import (
    AgreedFollowUp,
    Answer,
    MissingItem,
    Notice,
    Observation,
    VisitDocumentation,
    VisitLocked,
    VisitNotReady,
    VisitStatus,
    WrongVisitStatus,
)
from nurse_desk.domain.journal import NoteKind
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.services import consents, home_visits, journal, pupils
from nurse_desk.services.visit_templates import (
    delete_visit_template,
    save_visit_template,
    visit_templates,
)
from nurse_desk.storage import follow_ups as follow_up_store

NOW = datetime(2026, 12, 1, 16, 30)


def documentation(plan) -> VisitDocumentation:
    return VisitDocumentation(
        observations=tuple(
            Observation(point, index % 2 == 0, f"note {index}" if index < 2 else "")
            for index, point in enumerate(plan.observation_points)
        ),
        answers=(Answer(plan.questions[0], "Etter høstferien"), Answer(plan.questions[1], "")),
        summary="Trygt hjem, trøtt gutt.",
        follow_ups=(
            AgreedFollowUp(date(2026, 12, 8), "Ring mor om søvnen"),
            AgreedFollowUp(date(2027, 1, 5), "Samtale med Emil på skolen"),
        ),
    )


@pytest.fixture
def ready_visit(vault, pupil_id):
    consents.record_consent(vault, home_visit_consent(pupil_id))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    return home_visits.mark_ready(vault, visit.id, today=TODAY)


def test_a_new_plan_is_a_draft_and_reads_back_whole(vault, pupil_id):
    plan = full_plan(pupil_id)
    visit = home_visits.plan_visit(vault, plan, today=TODAY)
    again = home_visits.get_visit(vault, visit.id, today=TODAY)
    assert again.status is VisitStatus.DRAFT
    assert again.plan == plan
    assert again.missing == (MissingItem.CONSENT,)


def test_marking_ready_without_consent_is_refused_with_what_is_missing(vault, pupil_id):
    plan = full_plan(pupil_id, notice=Notice())
    visit = home_visits.plan_visit(vault, plan, today=TODAY)
    with pytest.raises(VisitNotReady) as raised:
        home_visits.mark_ready(vault, visit.id, today=TODAY)
    assert raised.value.missing == (MissingItem.NOTICE, MissingItem.CONSENT)
    assert home_visits.get_visit(vault, visit.id, today=TODAY).status is VisitStatus.DRAFT


def test_with_notice_consent_and_purpose_the_plan_becomes_ready(ready_visit):
    assert ready_visit.status is VisitStatus.READY
    assert ready_visit.consent is not None and ready_visit.missing == ()


def test_withdrawing_the_consent_shows_it_missing_and_an_edit_returns_to_draft(
    vault, pupil_id, ready_visit
):
    consent = consents_of(vault, pupil_id)[0]
    consents.withdraw_consent(vault, consent.id, TODAY)
    again = home_visits.get_visit(vault, ready_visit.id, today=TODAY)
    assert again.missing == (MissingItem.CONSENT,)
    edited = home_visits.update_visit(vault, ready_visit.id, again.plan, today=TODAY)
    assert edited.status is VisitStatus.DRAFT


def test_documenting_creates_a_draft_note_and_follow_ups_and_marks_it_documented(
    vault, pupil_id, ready_visit
):
    plan = ready_visit.plan
    home_visits.mark_done(vault, ready_visit.id, now=NOW)
    done = home_visits.document_visit(
        vault, ready_visit.id, documentation(plan), language="nb", now=NOW
    )
    assert done.status is VisitStatus.DOCUMENTED and done.documented_at == NOW
    note = journal.get_note(vault, done.note_id)
    assert note.kind is NoteKind.HOME_VISIT and not note.is_signed
    assert note.pupil_id == pupil_id and note.occurred_at == datetime(2026, 12, 1, 14, 0)
    assert "[x] Barnets rom og soveforhold: note 0" in note.conversation
    assert "Etter høstferien" in note.conversation and "(ikke besvart)" in note.conversation
    assert note.assessment == "Trygt hjem, trøtt gutt."
    assert "8. des. 2026: Ring mor om søvnen" in note.actions and note.follow_up_needed
    assert "Per Lunde" in note.participants
    with vault.session() as session:
        made = follow_up_store.from_source(session, FollowUpSource.HOME_VISIT, done.id)
    assert [(f.due_on, f.description) for f in made] == [
        (date(2026, 12, 8), "Ring mor om søvnen"),
        (date(2027, 1, 5), "Samtale med Emil på skolen"),
    ]
    assert all(f.pupil_id == pupil_id and f.responsible == "Kari Nordmann" for f in made)
    # The note is a draft like any other: the nurse signs it on the pupil page.
    assert journal.sign_note(vault, done.note_id).is_signed


def test_a_failed_documentation_leaves_no_note_and_no_follow_ups(
    vault, pupil_id, ready_visit, monkeypatch
):
    def broken_add(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(home_visits.follow_ups, "add", broken_add)
    with pytest.raises(RuntimeError):
        home_visits.document_visit(vault, ready_visit.id, documentation(ready_visit.plan), now=NOW)
    assert journal.notes_of_pupil(vault, pupil_id) == []
    assert follow_ups_for_pupil(vault, pupil_id) == []
    assert home_visits.get_visit(vault, ready_visit.id).status is VisitStatus.READY


def test_a_draft_cannot_be_documented_and_a_documented_visit_not_edited(
    vault, pupil_id, ready_visit
):
    draft = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    with pytest.raises(WrongVisitStatus):
        home_visits.document_visit(vault, draft.id, VisitDocumentation(), now=NOW)
    home_visits.document_visit(vault, ready_visit.id, VisitDocumentation(), now=NOW)
    with pytest.raises(VisitLocked):
        home_visits.update_visit(vault, ready_visit.id, ready_visit.plan)
    with pytest.raises(VisitLocked):
        home_visits.delete_visit(vault, ready_visit.id)


def test_visits_between_gives_the_agenda_its_summaries(vault, pupil_id, ready_visit):
    later = home_visits.plan_visit(
        vault, full_plan(pupil_id, planned_on=date(2027, 2, 1), notice=Notice()), today=TODAY
    )
    found = home_visits.visits_between(vault, VISIT_DAY, date(2027, 3, 1), today=TODAY)
    assert [(s.visit_id, s.status) for s in found] == [
        (ready_visit.id, VisitStatus.READY),
        (later.id, VisitStatus.DRAFT),
    ]
    assert found[0].pupil_name == "Emil Aasen" and found[0].missing == ()
    assert found[1].missing == (MissingItem.NOTICE,)
    assert home_visits.visits_between(vault, date(2026, 12, 2), date(2027, 1, 31)) == []


def test_a_sibling_sees_the_visit_and_is_found_through_a_shared_guardian(vault, pupil_id):
    sister = pupils.add_pupil(
        vault,
        NewPupil(
            "Ida",
            "Aasen",
            date(2015, 4, 2),
            "Granly skole",
            "5A",
            guardians=(GuardianRecord("Anne Aasen", "mother"),),
        ),
    )
    assert [s.pupil.id for s in home_visits.siblings_in_home(vault, pupil_id)] == [sister]
    visit = home_visits.plan_visit(vault, full_plan(pupil_id, sibling_ids=(sister,)))
    assert [s.visit_id for s in visits_of_pupil(vault, sister, TODAY)] == [visit.id]
    assert home_visits.remembered_address(vault, [sister, pupil_id], "Anne Aasen").startswith(
        "Granlyveien 12"
    )


def test_three_templates_are_seeded_once_and_the_nurse_saves_her_own(vault, pupil_id):
    names = [t.name for t in visit_templates(vault)]
    assert names == ["Kronisk sykdom", "Langvarig fravær", "Nyankommet familie"]
    delete_visit_template(vault, visit_templates(vault)[0].id)
    assert len(visit_templates(vault)) == 2  # a deleted seed stays deleted
    save_visit_template(vault, "Min mal", full_plan(pupil_id))
    mine = next(t for t in visit_templates(vault) if t.name == "Min mal")
    assert mine.observation_points == full_plan(pupil_id).observation_points
    save_visit_template(vault, "Min mal", replace(full_plan(pupil_id), questions=("Ny?",)))
    assert [t.questions for t in visit_templates(vault) if t.name == "Min mal"] == [("Ny?",)]


def test_the_demo_has_visits_in_every_status(vault):
    from nurse_desk.services.demo import fill_with_demo_data
    from nurse_desk.services.demo_visits import fill_demo_visits

    fill_with_demo_data(vault, pupils=40)
    assert fill_demo_visits(vault, today=TODAY) == 8
    visits = home_visits.list_visits(vault, today=TODAY)
    assert {v.status for v in visits} == set(VisitStatus)
    assert all(v.planned_on.weekday() < 5 for v in visits)
    documented = [v for v in visits if v.status is VisitStatus.DOCUMENTED]
    assert all(home_visits.get_visit(vault, v.visit_id).note_id for v in documented)


def test_opening_a_plan_to_edit_or_document_it_is_logged(vault, pupil_id):
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.services import access

    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    home_visits.get_visit(vault, visit.id)  # the list's summary line: not an opening
    opened = home_visits.open_visit(vault, visit.id, today=TODAY)
    assert opened.plan == visit.plan
    entries = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.OPEN_PUPIL)
    assert [entry.detail for entry in entries] == [f"visit {visit.id}"]


def test_opening_a_plan_is_logged_for_each_brother_or_sister_on_it(vault, pupil_id):
    """The plan names the siblings who will be there (and the visit sheet logs each of them):
    opening it shows them too."""
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.services import access

    sister = pupils.add_pupil(vault, NewPupil("Ada", "Aasen", date(2015, 3, 4), "Granly", "5A"))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id, sibling_ids=(sister,)), today=TODAY)
    home_visits.open_visit(vault, visit.id, today=TODAY)
    for pupil in (pupil_id, sister):
        entries = access.log_entries(vault, pupil_id=pupil, action=AccessAction.OPEN_PUPIL)
        assert [entry.detail for entry in entries] == [f"visit {visit.id}"], pupil


def test_a_plan_deleted_for_good_is_on_record_as_discarded(vault, pupil_id):
    """As a draft note thrown away unsigned is: the plan held why and what about the pupil."""
    from nurse_desk.domain.access_log import AccessAction
    from nurse_desk.services import access

    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    home_visits.delete_visit(vault, visit.id)
    entries = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.DISCARD_DRAFT)
    assert [entry.detail for entry in entries] == [f"visit {visit.id}"]


def test_the_list_finds_each_pupils_consent_for_few_and_for_many_visits(vault):
    """Few pupils' consents are asked for by id, many pupils' are read all at once: the list
    must say the same either way."""
    guardian = (GuardianRecord("Anne Aasen", "mother", "+47 900 00 000"),)
    ids = [
        pupils.add_pupil(
            vault,
            NewPupil(f"Elev{n}", "Aasen", date(2012, 10, 15), "Granly", "8B", guardians=guardian),
        )
        for n in range(60)
    ]
    for pupil_id in ids[::2]:  # every other pupil has a consent
        consents.record_consent(vault, home_visit_consent(pupil_id))
    for pupil_id in ids:
        home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    many = home_visits.list_visits(vault, today=TODAY)
    assert len(many) == 60
    for summary in many:
        expected = () if ids.index(summary.pupil_id) % 2 == 0 else (MissingItem.CONSENT,)
        assert summary.missing == expected
    few = visits_of_pupil(vault, ids[0], today=TODAY) + visits_of_pupil(vault, ids[1], today=TODAY)
    assert [v.missing for v in few] == [(), (MissingItem.CONSENT,)]


def test_a_visit_documented_before_the_nurse_named_herself_leaves_no_english_placeholder(
    vault, pupil_id, ready_visit
):
    """The journal note and the follow-ups are the nurse's own words: without a name in
    Settings they name no one, rather than "(no name in Settings)" in a bokmål note."""
    from nurse_desk.services import settings

    settings.save_settings(vault, settings.VaultSettings("", "", "no"))
    home_visits.mark_done(vault, ready_visit.id, now=NOW)
    done = home_visits.document_visit(
        vault, ready_visit.id, documentation(ready_visit.plan), language="nb", now=NOW
    )
    note = journal.get_note(vault, done.note_id)
    assert "no name" not in note.participants and "helsesykepleier" in note.participants
    with vault.session() as session:
        made = follow_up_store.from_source(session, FollowUpSource.HOME_VISIT, done.id)
    assert made and all(f.responsible == "" for f in made)
