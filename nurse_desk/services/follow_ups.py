"""The shared follow-up checks and a pupil's follow-ups. Planning one is follow_up_work's
plan_follow_up; other services that create follow-ups in their own transaction (visits, absence
flags, referrals) check them here and call storage.follow_ups.add."""

from __future__ import annotations

from nurse_desk.domain.follow_ups import MAX_DESCRIPTION, FollowUpRecord, NewFollowUp
from nurse_desk.domain.journal import TextTooLong
from nurse_desk.storage import follow_ups as follow_up_store
from nurse_desk.storage.vault import Vault


def checked(follow_up: NewFollowUp) -> NewFollowUp:
    if len(follow_up.description) > MAX_DESCRIPTION:
        raise TextTooLong("description", MAX_DESCRIPTION)
    return follow_up


def follow_ups_for_pupil(vault: Vault, pupil_id: int) -> list[FollowUpRecord]:
    with vault.session() as session, session.begin():
        return follow_up_store.for_pupil(session, pupil_id)
