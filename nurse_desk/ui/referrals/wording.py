"""The nurse's words for partner kinds and referral statuses on screen (this feature's errors
are worded in nurse_desk/wording/referrals.py)."""

from __future__ import annotations

from nurse_desk.domain.referrals import PartnerKind, ReferralStatus
from nurse_desk.domain.words import word as catalogue_word
from nurse_desk.ui.i18n import shown_language


def word(value: PartnerKind | ReferralStatus) -> str:
    """From the word catalogue (nurse_desk/domain/words), in the window language."""
    return catalogue_word(value, shown_language())
