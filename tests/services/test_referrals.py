from __future__ import annotations

from datetime import date, datetime

import pytest
from probes import follow_ups_for_pupil
from referral_fixtures import SENT, give_partner_consent, partner_id, referral

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentMissing, ConsentPurpose
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource, FollowUpStatus
from nurse_desk.domain.referrals import InvalidReferral, ReferralStatus
from nurse_desk.services import access, partners, referrals
from nurse_desk.storage import follow_ups as follow_up_store

NOW = datetime(2026, 10, 5, 9, 30)


def _awaiting(vault, referral_id):
    with vault.session() as session, session.begin():
        return follow_up_store.from_source(session, FollowUpSource.REFERRAL, referral_id)


def test_referral_without_consent_is_refused_logged_and_not_recorded(vault, pupil_id):
    bup = partner_id(vault, "BUP")
    give_partner_consent(vault, pupil_id, "PPT")  # a consent for another partner does not count
    with pytest.raises(ConsentMissing) as refused:
        referrals.send_referral(vault, referral(pupil_id, bup), now=lambda: NOW)
    assert refused.value.purpose is ConsentPurpose.CONTACT_PARTNER
    assert referrals.referrals_of_pupil(vault, pupil_id) == []
    assert follow_ups_for_pupil(vault, pupil_id) == []
    assert [e.action for e in access.log_entries(vault, pupil_id=pupil_id)][-1] is (
        AccessAction.SHARE_REFUSED
    )
    assert access.log_entries(vault, action=AccessAction.DISCLOSE) == []


def test_withdrawn_consent_no_longer_allows_a_referral(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP", withdrawn_on=date(2026, 10, 1))
    with pytest.raises(ConsentMissing):
        referrals.send_referral(vault, referral(pupil_id, partner_id(vault, "BUP")))


def test_referral_with_consent_is_recorded_and_logged_as_a_disclosure(vault, pupil_id):
    consent = give_partner_consent(vault, pupil_id, "bup ")  # matched without case or spaces
    bup = partner_id(vault, "BUP")
    referral_id = referrals.send_referral(vault, referral(pupil_id, bup), now=lambda: NOW)
    (saved,) = referrals.referrals_of_pupil(vault, pupil_id)
    assert (saved.id, saved.partner_name, saved.consent_id) == (referral_id, "BUP", consent.id)
    assert (saved.status, saved.sent_on, saved.pupil_name) == (
        ReferralStatus.SENT,
        SENT,
        "Emil Aasen",
    )
    (disclosed,) = access.log_entries(vault, action=AccessAction.DISCLOSE)
    assert disclosed.pupil_id == pupil_id
    assert disclosed.detail == f"referral {referral_id} partner {bup} consent {consent.id}"
    assert "mage" not in disclosed.detail  # no health text in the log
    assert access.verify_log(vault) is None


def test_expected_answer_date_creates_the_awaiting_follow_up(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    referral_id = referrals.send_referral(
        vault, referral(pupil_id, partner_id(vault, "BUP")), now=lambda: NOW
    )
    (waiting,) = _awaiting(vault, referral_id)
    assert waiting.kind is FollowUpKind.AWAIT_REFERRAL_ANSWER
    assert (waiting.due_on, waiting.status, waiting.pupil_id) == (
        date(2026, 11, 2),
        FollowUpStatus.OPEN,
        pupil_id,
    )
    assert waiting.created_at == NOW


def test_without_expected_date_no_follow_up_until_one_is_set(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    referral_id = referrals.send_referral(
        vault, referral(pupil_id, partner_id(vault, "BUP"), expected_answer_on=None)
    )
    assert _awaiting(vault, referral_id) == []
    referrals.change_referral(
        vault, referral_id, reason="Ny grunn", expected_answer_on=date(2026, 12, 1)
    )
    assert [f.due_on for f in _awaiting(vault, referral_id)] == [date(2026, 12, 1)]


def test_changing_the_expected_date_moves_the_follow_up(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    referral_id = referrals.send_referral(vault, referral(pupil_id, partner_id(vault, "BUP")))
    (before,) = _awaiting(vault, referral_id)
    referrals.change_referral(
        vault, referral_id, reason="Oppdatert", expected_answer_on=date(2026, 11, 20)
    )
    (after,) = _awaiting(vault, referral_id)
    assert (after.id, after.due_on, after.status) == (
        before.id,
        date(2026, 11, 20),
        FollowUpStatus.OPEN,
    )
    assert referrals.referrals_of_pupil(vault, pupil_id)[0].reason == "Oppdatert"


def test_answer_date_before_sending_is_refused(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    with pytest.raises(InvalidReferral) as bad:
        referrals.send_referral(
            vault,
            referral(pupil_id, partner_id(vault, "BUP"), expected_answer_on=date(2026, 9, 1)),
        )
    assert bad.value.reason == "answer_before_sent"
    assert referrals.referrals_of_pupil(vault, pupil_id) == []


def test_closing_the_referral_closes_its_follow_up(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    referral_id = referrals.send_referral(vault, referral(pupil_id, partner_id(vault, "BUP")))
    referrals.set_referral_status(vault, referral_id, ReferralStatus.ACKNOWLEDGED, SENT)
    assert [f.status for f in _awaiting(vault, referral_id)] == [FollowUpStatus.OPEN]
    referrals.set_referral_status(
        vault, referral_id, ReferralStatus.CLOSED, date(2026, 10, 20), now=lambda: NOW
    )
    (closed,) = _awaiting(vault, referral_id)
    assert (closed.status, closed.closed_at) == (FollowUpStatus.CANCELLED, NOW)
    saved = referrals.referrals_of_pupil(vault, pupil_id)[0]
    assert (saved.status, saved.acknowledged_on, saved.closed_on) == (
        ReferralStatus.CLOSED,
        SENT,
        date(2026, 10, 20),
    )


def test_an_answer_completes_the_follow_up_and_status_never_goes_back(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    referral_id = referrals.send_referral(vault, referral(pupil_id, partner_id(vault, "BUP")))
    referrals.set_referral_status(vault, referral_id, ReferralStatus.ANSWERED, date(2026, 10, 28))
    assert [f.status for f in _awaiting(vault, referral_id)] == [FollowUpStatus.DONE]
    with pytest.raises(InvalidReferral) as backwards:
        referrals.set_referral_status(vault, referral_id, ReferralStatus.ACKNOWLEDGED, SENT)
    assert backwards.value.reason == "status_backwards"
    with pytest.raises(InvalidReferral) as early:
        referrals.set_referral_status(vault, referral_id, ReferralStatus.CLOSED, date(2026, 1, 1))
    assert early.value.reason == "date_before_sent"


def test_archived_partner_takes_no_new_referrals(vault, pupil_id):
    give_partner_consent(vault, pupil_id, "BUP")
    bup = partner_id(vault, "BUP")
    referrals.send_referral(vault, referral(pupil_id, bup))
    partners.remove_partner(vault, bup)
    with pytest.raises(InvalidReferral) as archived:
        referrals.send_referral(vault, referral(pupil_id, bup))
    assert archived.value.reason == "partner_archived"


def test_record_export_names_the_disclosure_in_the_access_log(vault, pupil_id):
    from nurse_desk.services import record_export

    give_partner_consent(vault, pupil_id, "BUP")
    referrals.send_referral(vault, referral(pupil_id, partner_id(vault, "BUP")))
    pdf = record_export.export_record(vault, pupil_id, reason="test", language="nb")
    assert pdf.startswith(b"%PDF")
