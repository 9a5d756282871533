from __future__ import annotations

from datetime import date

from nurse_desk.domain.follow_ups import FollowUpSource, FollowUpStatus
from nurse_desk.domain.referrals import ReferralStatus
from nurse_desk.services import access, demo, referrals
from nurse_desk.services.demo_referrals import fill_demo_referrals
from nurse_desk.storage import follow_ups as follow_up_store


def test_demo_has_referrals_in_every_status_with_matching_follow_ups(vault):
    demo.fill_with_demo_data(vault, pupils=60)
    today = date(2026, 11, 23)
    assert fill_demo_referrals(vault, today=today) == 27
    found = referrals.list_referrals(vault)
    assert {r.status for r in found} == set(ReferralStatus)
    assert any(r.overdue(today) for r in found)
    with vault.session() as session, session.begin():
        for referral in found:
            (waiting,) = follow_up_store.from_source(session, FollowUpSource.REFERRAL, referral.id)
            assert (waiting.status is FollowUpStatus.OPEN) == referral.is_waiting
    assert access.verify_log(vault) is None
