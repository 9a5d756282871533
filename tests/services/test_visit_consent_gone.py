"""A ready home visit whose consent is withdrawn (or runs out) is a draft again everywhere,
and is neither marked done nor documented on a consent that no longer holds; a withdrawal
after the visit does not stop the nurse from recording it (docs/CARE-RULES.md, "Home visits")."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from probes import consents_of
from visit_fixtures import TODAY, VISIT_DAY, full_plan, home_visit_consent

from nurse_desk.domain.home_visits import (
    MissingItem,
    VisitConsentGone,
    VisitDocumentation,
    VisitStatus,
)
from nurse_desk.services import consents, home_visits
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import home_visits as visit_store
from nurse_desk.storage.orm import ConsentRow
from nurse_desk.wording.errors import describe


@pytest.fixture
def ready_visit(vault, pupil_id):
    consents.record_consent(vault, home_visit_consent(pupil_id))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    return home_visits.mark_ready(vault, visit.id, today=TODAY)


def stored_status(vault, visit_id: int) -> VisitStatus:
    with unit_of_work(vault) as work:
        return VisitStatus(visit_store.get_row(work.session, visit_id).status)


def at(day) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=16)


def test_withdrawing_the_only_consent_makes_the_ready_plan_a_draft_everywhere(
    vault, pupil_id, ready_visit
):
    consents.withdraw_consent(vault, consents_of(vault, pupil_id)[0].id, TODAY)
    listed = [
        v for v in home_visits.list_visits(vault, today=TODAY) if v.visit_id == ready_visit.id
    ]
    assert [(v.status, v.missing) for v in listed] == [(VisitStatus.DRAFT, (MissingItem.CONSENT,))]
    assert home_visits.get_visit(vault, ready_visit.id, today=TODAY).status is VisitStatus.DRAFT
    assert stored_status(vault, ready_visit.id) is VisitStatus.DRAFT


def test_marking_done_or_documenting_checks_the_consent_at_that_moment(
    vault, pupil_id, ready_visit
):
    # Run out before the visit, with no withdrawal: the vault still says ready.
    consent = consents_of(vault, pupil_id)[0]
    with unit_of_work(vault) as work:
        work.session.get(ConsentRow, consent.id).valid_until = VISIT_DAY - timedelta(days=1)
    assert stored_status(vault, ready_visit.id) is VisitStatus.READY
    listed = home_visits.list_visits(vault, today=VISIT_DAY)
    assert [v.status for v in listed] == [VisitStatus.DRAFT]
    with pytest.raises(VisitConsentGone) as raised:
        home_visits.mark_done(vault, ready_visit.id, now=at(VISIT_DAY))
    assert "no longer holds" in describe(raised.value)
    with pytest.raises(VisitConsentGone):
        home_visits.document_visit(
            vault, ready_visit.id, VisitDocumentation(summary="x"), now=at(VISIT_DAY)
        )
    assert stored_status(vault, ready_visit.id) is VisitStatus.READY  # nothing written


def test_a_withdrawal_after_the_visit_does_not_stop_recording_it(vault, pupil_id, ready_visit):
    after = VISIT_DAY + timedelta(days=1)
    consents.withdraw_consent(vault, consents_of(vault, pupil_id)[0].id, after)
    assert home_visits.get_visit(vault, ready_visit.id, today=after).status is VisitStatus.READY
    done = home_visits.mark_done(vault, ready_visit.id, now=at(after + timedelta(days=1)))
    assert done.status is VisitStatus.DONE
