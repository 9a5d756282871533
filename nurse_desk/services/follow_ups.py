"""Follow-ups: adding one and listing a pupil's. Other services that create follow-ups in
their own transaction call storage.follow_ups.add directly with the same record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from nurse_desk.domain.follow_ups import MAX_DESCRIPTION, FollowUpRecord, NewFollowUp
from nurse_desk.domain.journal import TextTooLong
from nurse_desk.storage import follow_ups as follow_up_store
from nurse_desk.storage.vault import Vault


def checked(follow_up: NewFollowUp) -> NewFollowUp:
    if len(follow_up.description) > MAX_DESCRIPTION:
        raise TextTooLong("description", MAX_DESCRIPTION)
    return follow_up


def add_follow_up(
    vault: Vault, follow_up: NewFollowUp, *, now: Callable[[], datetime] = datetime.now
) -> int:
    with vault.session() as session, session.begin():
        return follow_up_store.add(session, checked(follow_up), now=now())


def follow_ups_for_pupil(vault: Vault, pupil_id: int) -> list[FollowUpRecord]:
    with vault.session() as session, session.begin():
        return follow_up_store.for_pupil(session, pupil_id)
