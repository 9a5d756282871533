"""Read-only probes the tests use to see what a service stored, each in its own transaction.

The app reads these through the pages' own queries; the tests read them straight from storage so
no service keeps an entry point that only tests call.
"""

from __future__ import annotations

from datetime import date

from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.follow_ups import FollowUpRecord
from nurse_desk.domain.measures import MeasureRecord
from nurse_desk.services.home_visits import VisitSummary, summaries_for
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import consents as consent_store
from nurse_desk.storage import follow_ups as follow_up_store
from nurse_desk.storage import measures as measure_store
from nurse_desk.storage.vault import Vault


def follow_ups_for_pupil(vault: Vault, pupil_id: int) -> list[FollowUpRecord]:
    with vault.session() as session, session.begin():
        return follow_up_store.for_pupil(session, pupil_id)


def consents_of(vault: Vault, pupil_id: int) -> list[ConsentRecord]:
    with vault.session() as session, session.begin():
        return consent_store.of_pupil(session, pupil_id)


def measures_of_follow_up(vault: Vault, follow_up_id: int) -> list[MeasureRecord]:
    with vault.session() as session, session.begin():
        return measure_store.cited_by_follow_up(session, follow_up_id)


def visits_of_pupil(vault: Vault, pupil_id: int, today: date) -> list[VisitSummary]:
    """As the pupil page reads them: including visits where the pupil is seen as a sibling."""
    with unit_of_work(vault) as work:
        return summaries_for(work, pupil_id, today)
