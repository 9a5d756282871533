"""The shared follow-up and absence core that visits, absence and referrals build on."""

from __future__ import annotations

from datetime import date, datetime

from probes import follow_ups_for_pupil

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus, NewFollowUp
from nurse_desk.services import follow_up_work
from nurse_desk.storage import absence
from nurse_desk.storage import follow_ups as follow_up_store


def test_a_follow_up_is_added_open_and_listed_for_its_pupil(vault, pupil_id):
    new = NewFollowUp(
        pupil_id,
        FollowUpKind.GUARDIAN_CALL,
        date(2026, 12, 1),
        "Call mother about sleep",
        source=FollowUpSource.NOTE,
        source_id=7,
        recurrence="FREQ=WEEKLY;INTERVAL=2;COUNT=4",
    )
    added = follow_up_work.plan_follow_up(vault, new, now=datetime(2026, 11, 24, 9, 0))
    [listed] = follow_ups_for_pupil(vault, pupil_id)
    assert listed.id == added
    assert (listed.status, listed.kind, listed.is_recurring) == (
        FollowUpStatus.OPEN,
        FollowUpKind.GUARDIAN_CALL,
        True,
    )
    with vault.session() as session, session.begin():
        assert [f.id for f in follow_up_store.from_source(session, FollowUpSource.NOTE, 7)] == [
            added
        ]


def test_absence_saved_twice_is_counted_once_and_updated(vault, pupil_id):
    monday = AbsenceEntry(pupil_id, date(2026, 9, 7), "1", "Kroppsøving")
    with vault.session() as session, session.begin():
        absence.save_entries(session, [monday, AbsenceEntry(pupil_id, date(2026, 9, 8))])
    with vault.session() as session, session.begin():
        absence.save_entries(
            session, [AbsenceEntry(pupil_id, date(2026, 9, 7), "1", "Kroppsøving", reported=True)]
        )
    with vault.session() as session, session.begin():
        saved = absence.entries(session, pupil_id=pupil_id)
    assert len(saved) == 2
    assert saved[0].reported is True


def test_private_printing_default_is_off_and_remembered(vault):
    from nurse_desk.services import settings

    assert settings.prints_private_by_default(vault) is False
    settings.set_prints_private_by_default(vault, True)
    assert settings.prints_private_by_default(vault) is True
