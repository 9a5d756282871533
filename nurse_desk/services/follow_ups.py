"""The shared follow-up checks and a pupil's follow-ups. Planning one is follow_up_work's
plan_follow_up; other services that create follow-ups in their own transaction (visits, absence
flags, referrals) check them here and call storage.follow_ups.add."""

from __future__ import annotations

from nurse_desk.domain.follow_ups import MAX_DESCRIPTION, NewFollowUp
from nurse_desk.domain.journal import TextTooLong


def checked(follow_up: NewFollowUp) -> NewFollowUp:
    if len(follow_up.description) > MAX_DESCRIPTION:
        raise TextTooLong("description", MAX_DESCRIPTION)
    return follow_up
