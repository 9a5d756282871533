"""The pupil's page brings the features together: referrals on the timeline and the open
follow-ups, read in the one transaction that logs the opening."""

from __future__ import annotations

from datetime import date, timedelta

from referral_fixtures import SENT, give_partner_consent, partner_id, referral

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.referrals import ReferralStatus
from nurse_desk.domain.timeline import TimelineKind
from nurse_desk.services import access, follow_up_work, referrals
from nurse_desk.services.timeline_parts import timeline_sources


def test_a_referral_is_sent_answered_and_closed_on_the_timeline(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    referral_id = referrals.send_referral(vault, referral(pupil_id, partner_id(vault, "BUP")))
    referrals.set_referral_status(vault, referral_id, ReferralStatus.ANSWERED, date(2026, 10, 20))
    referrals.set_referral_status(vault, referral_id, ReferralStatus.CLOSED, date(2026, 10, 20))
    page = access.open_pupil_page(vault, pupil_id)
    events = [(i.kind, i.at.date()) for i in page.timeline if i.ref_id == referral_id]
    assert events[:3] == [
        (TimelineKind.REFERRAL_CLOSED, date(2026, 10, 20)),  # same day: the newest first
        (TimelineKind.REFERRAL_ANSWERED, date(2026, 10, 20)),
        (TimelineKind.REFERRAL_SENT, SENT),
    ]
    assert [r.partner_name for r in page.referrals] == ["BUP"]


def test_a_referral_still_waiting_has_only_its_sent_event(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    referral_id = referrals.send_referral(vault, referral(pupil_id, partner_id(vault, "BUP")))
    referrals.set_referral_status(vault, referral_id, ReferralStatus.ACKNOWLEDGED, SENT)
    page = access.open_pupil_page(vault, pupil_id, log_access=False)
    kinds = [i.kind for i in page.timeline if i.kind.value.startswith("referral")]
    assert kinds == [TimelineKind.REFERRAL_SENT]


def test_open_follow_ups_come_by_their_next_date_and_closed_ones_stay_out(vault, pupil_id):
    today = date.today()
    later = follow_up_work.plan_follow_up(
        vault,
        NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, today + timedelta(days=9), "Samtale"),
    )
    done = follow_up_work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.OTHER, today - timedelta(days=3), "Veiing")
    )
    follow_up_work.complete_follow_up(vault, done, outcome="Gjort")
    weekly = follow_up_work.plan_follow_up(
        vault,
        NewFollowUp(
            pupil_id,
            FollowUpKind.CONVERSATION,
            today + timedelta(days=1),
            "Ukentlig prat",
            recurrence=f"FREQ=WEEKLY;UNTIL={(today + timedelta(days=60)):%Y%m%d}",
        ),
    )
    follow_up_work.skip_occurrence(vault, weekly, today + timedelta(days=1))
    page = access.open_pupil_page(vault, pupil_id)
    assert [(d.follow_up.id, d.next_due) for d in page.follow_ups] == [
        (weekly, today + timedelta(days=8)),  # its first date was skipped
        (later, today + timedelta(days=9)),
    ]
    assert not page.follow_ups[0].overdue(today)


def test_opening_is_one_access_and_a_reload_is_none(vault, pupil_id):
    access.open_pupil_page(vault, pupil_id)
    access.open_pupil_page(vault, pupil_id, log_access=False)
    opens = access.log_entries(vault, action=AccessAction.OPEN_PUPIL)
    assert [e.pupil_id for e in opens] == [pupil_id]


def test_each_timeline_item_is_about_a_record_its_own_part_read(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    referrals.send_referral(vault, referral(pupil_id, partner_id(vault, "BUP")))
    page = access.open_pupil_page(vault, pupil_id, log_access=False)
    kinds = {item.kind for item in page.timeline}
    assert {TimelineKind.CONSENT, TimelineKind.REFERRAL_SENT} <= kinds
    for source in timeline_sources():
        for item in page.timeline:
            if item.kind in source.part.kinds:
                record = page.record_of(item)
                assert record in page.records[source.part.key]
                assert source.part.id_of(record) == item.ref_id
