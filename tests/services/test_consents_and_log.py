from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import (
    ConsentGiver,
    ConsentMethod,
    ConsentMissing,
    ConsentPurpose,
    ConsentRecord,
    ConsentState,
)
from nurse_desk.domain.timeline import TimelineKind
from nurse_desk.services import access, consents

TODAY = date(2026, 11, 23)


def consent(pupil_id: int, **changes) -> ConsentRecord:
    fields = dict(
        id=0,
        pupil_id=pupil_id,
        given_by=ConsentGiver.GUARDIAN,
        guardian_name="Anne Aasen",
        purpose=ConsentPurpose.TELL_SCHOOL,
        partner="",
        method=ConsentMethod.WRITTEN,
        given_on=date(2026, 9, 1),
        valid_until=date(2027, 6, 20),
        withdrawn_on=None,
        note="",
    )
    fields.update(changes)
    return ConsentRecord(**fields)


def test_active_consent_lets_the_share_through(vault, pupil_id):
    saved = consents.record_consent(vault, consent(pupil_id))
    assert (
        consents.require_consent(vault, pupil_id, ConsentPurpose.TELL_SCHOOL, today=TODAY) == saved
    )
    assert saved.state(TODAY) is ConsentState.ACTIVE


def test_withdrawn_consent_counts_as_none_and_the_refusal_is_logged(vault, pupil_id):
    saved = consents.record_consent(vault, consent(pupil_id))
    consents.withdraw_consent(vault, saved.id, date(2026, 11, 1))
    with pytest.raises(ConsentMissing):
        consents.require_consent(vault, pupil_id, ConsentPurpose.TELL_SCHOOL, today=TODAY)
    refused = access.log_entries(vault, action=AccessAction.SHARE_REFUSED)
    assert [(e.pupil_id, e.detail) for e in refused] == [(pupil_id, "tell_school")]


def test_expired_consent_counts_as_none(vault, pupil_id):
    consents.record_consent(vault, consent(pupil_id, valid_until=date(2026, 10, 1)))
    with pytest.raises(ConsentMissing):
        consents.require_consent(vault, pupil_id, ConsentPurpose.TELL_SCHOOL, today=TODAY)


def test_consent_for_another_purpose_or_partner_does_not_count(vault, pupil_id):
    consents.record_consent(
        vault, consent(pupil_id, purpose=ConsentPurpose.CONTACT_PARTNER, partner="PPT Bærum")
    )
    with pytest.raises(ConsentMissing):
        consents.require_consent(vault, pupil_id, ConsentPurpose.TELL_SCHOOL, today=TODAY)
    with pytest.raises(ConsentMissing):
        consents.require_consent(
            vault, pupil_id, ConsentPurpose.CONTACT_PARTNER, partner="BUP", today=TODAY
        )
    assert consents.require_consent(
        vault, pupil_id, ConsentPurpose.CONTACT_PARTNER, partner="ppt bærum", today=TODAY
    )


def test_contact_partner_needs_the_partner_named(vault, pupil_id):
    with pytest.raises(consents.InvalidConsent):
        consents.record_consent(vault, consent(pupil_id, purpose=ConsentPurpose.CONTACT_PARTNER))


def test_opening_a_pupil_page_is_logged_and_shows_the_timeline(vault, pupil_id):
    saved = consents.record_consent(vault, consent(pupil_id))
    consents.withdraw_consent(vault, saved.id, date(2026, 11, 1))
    page = access.open_pupil_page(vault, pupil_id)
    assert page.pupil.guardians[0].name == "Anne Aasen"
    assert [item.kind for item in page.timeline] == [
        TimelineKind.CONSENT_WITHDRAWN,
        TimelineKind.CONSENT,
    ]
    opens = access.log_entries(vault, action=AccessAction.OPEN_PUPIL)
    assert [(e.actor, e.pupil_id) for e in opens] == [("Kari Nordmann", pupil_id)]


def test_access_log_rejects_update_and_delete(vault, pupil_id):
    access.open_pupil_page(vault, pupil_id)
    for statement in ("UPDATE access_log SET actor = 'someone'", "DELETE FROM access_log"):
        with vault.session() as session, pytest.raises(IntegrityError, match="append-only"):
            session.execute(text(statement))
            session.commit()
    assert access.verify_log(vault) is None


def test_editing_the_log_behind_the_apps_back_breaks_the_chain_there(vault, pupil_id):
    for _ in range(3):
        access.open_pupil_page(vault, pupil_id)
    second = access.log_entries(vault)[1]
    with vault.session() as session, session.begin():
        session.execute(text("DROP TRIGGER access_log_no_update"))
        session.execute(
            text("UPDATE access_log SET at = :at WHERE id = :id"),
            {"at": datetime(2020, 1, 1), "id": second.id},
        )
    assert access.verify_log(vault) == second.id


def test_removing_a_log_entry_behind_the_apps_back_is_detected(vault, pupil_id):
    for _ in range(3):
        access.open_pupil_page(vault, pupil_id)
    entries = access.log_entries(vault)
    with vault.session() as session, session.begin():
        session.execute(text("DROP TRIGGER access_log_no_delete"))
        session.execute(text("DELETE FROM access_log WHERE id = :id"), {"id": entries[1].id})
    assert access.verify_log(vault) == entries[2].id


def test_a_consent_reads_the_same_from_its_row_and_from_a_plain_read(vault, pupil_id):
    """The page's list (a plain read of the columns) and a consent just saved (read from its
    row) show the same twelve fields: one mapping, in the order of ConsentRecord."""
    from dataclasses import fields, replace

    from nurse_desk.storage import consents as consent_store
    from nurse_desk.storage.orm import ConsentRow

    with_all = consent(
        pupil_id,
        purpose=ConsentPurpose.CONTACT_PARTNER,
        partner="PPT Bærum",
        method=ConsentMethod.WRITTEN,
        valid_until=date(2027, 6, 30),
        note="Gjelder lesing",
    )
    saved = consents.record_consent(vault, with_all)
    consents.withdraw_consent(vault, saved.id, on=TODAY)
    with vault.session() as session:
        from_row = consent_store.record(session.get(ConsentRow, saved.id))
        (plain,) = consent_store.of_pupil(session, pupil_id)
    assert from_row == plain
    assert plain == replace(with_all, id=saved.id, withdrawn_on=TODAY)
    assert [column.key for column in consent_store._COLUMNS] == [
        field.name for field in fields(ConsentRecord)
    ]
