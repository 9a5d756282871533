"""Yearly figures count the nurse's own work: a record handed over from the previous school
brings that nurse's conversations, visits, referrals, follow-ups and consents along, and they
are not counted again in the receiving nurse's figures."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from nurse_desk.domain.consent import (
    ConsentGiver,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
)
from nurse_desk.domain.figures import FiguresPeriod
from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.services import consents, figures, hand_over, journal, settings
from nurse_desk.services.demo import create_demo_vault
from nurse_desk.storage.orm import ConsentRow, FollowUpRow, NoteRow
from nurse_desk.storage.orm_referrals import ReferralRow
from nurse_desk.storage.orm_visits import HomeVisitRow
from nurse_desk.storage.vault import Vault

TODAY = date.today()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    vault = create_demo_vault(tmp_path_factory.mktemp("received") / "demo.vault")
    yield vault
    vault.lock()


@pytest.fixture
def receiver(vault_folder):
    vault = Vault.create(vault_folder / "receiver.vault", "lang og trygg passfrase her")
    settings.save_settings(vault, settings.VaultSettings("Siri Berg", "helsesykepleier", "no"))
    yield vault
    vault.lock()


def pupils_with_work(vault: Vault, period: FiguresPeriod) -> list[int]:
    """A few pupils whose records hold, between them, every kind of work the figures count."""
    first, last = period.first, period.last
    wanted = (
        select(func.min(NoteRow.pupil_id)).where(
            NoteRow.signed_at.is_not(None), func.date(NoteRow.occurred_at) >= first
        ),
        select(func.min(HomeVisitRow.pupil_id)).where(
            HomeVisitRow.planned_on.between(first, last), HomeVisitRow.status == "documented"
        ),
        select(func.min(ReferralRow.pupil_id)).where(ReferralRow.sent_on.between(first, last)),
        select(func.min(FollowUpRow.pupil_id)).where(
            FollowUpRow.status == "done", func.date(FollowUpRow.closed_at) >= first
        ),
        select(func.min(ConsentRow.pupil_id)).where(ConsentRow.withdrawn_on.between(first, last)),
    )
    with vault.session() as session, session.begin():
        return sorted({session.scalars(query).first() for query in wanted})


def transfer_consent(vault: Vault, pupil_id: int) -> None:
    consent = ConsentRecord(
        0,
        pupil_id,
        ConsentGiver.BOTH,
        "Anne Aasen",
        ConsentPurpose.TRANSFER_RECORDS,
        "",
        ConsentMethod.WRITTEN,
        date(2020, 1, 1),  # before the period: the consent itself is not counted
        None,
        None,
        "",
    )
    consents.record_consent(vault, consent)


def work_done(counted) -> dict:
    return {
        "pupils_seen": counted.pupils_seen,
        "conversations": counted.conversations,
        "home_visits": sum(counted.home_visits.values()),
        "referrals": sum(counted.referrals_by_partner.values()),
        "follow_ups_done": counted.follow_ups["done"],
        "consents": sum(counted.consents.values()),
    }


def test_a_received_record_is_not_counted_as_the_receiving_nurses_work(
    demo, receiver, vault_folder
):
    period = figures.default_period(demo, TODAY)
    moved = pupils_with_work(demo, period)
    before = work_done(figures.compute(demo, period, today=TODAY))
    assert all(before.values()), before  # the sender's figures hold every kind of work
    for pupil_id in moved:
        for note in journal.notes_of_pupil(demo, pupil_id):  # its author's, to sign or discard
            if note.signed_at is None:
                journal.delete_draft(demo, note.id)
        transfer_consent(demo, pupil_id)
        target = vault_folder / f"{pupil_id}.transfer"
        handed = hand_over.hand_over_record(demo, pupil_id, target, "flyttet")
        assert hand_over.receive_record(receiver, target, handed.passphrase).added > 0

    received = work_done(figures.compute(receiver, period, today=TODAY))
    assert received == dict.fromkeys(received, 0)
    # still what the sender did: her own figures do not change by handing over
    assert work_done(figures.compute(demo, period, today=TODAY)) == before

    # what the receiving nurse writes herself about a received pupil is hers
    with receiver.session() as session, session.begin():
        pupil_here = session.scalars(select(NoteRow.pupil_id).limit(1)).one()
    moment = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
    draft = NoteDraft(pupil_here, moment, NoteKind.DROP_IN, frozenset({Topic.SLEEP}))
    note = journal.save_draft(receiver, draft, now=moment)
    journal.sign_note(receiver, note.id, now=moment)
    counted = figures.compute(receiver, period, today=TODAY)
    assert (counted.pupils_seen, counted.conversations) == (1, 1)
    assert counted.conversations_by_topic["sleep"] == 1
