"""The three lists of the Referrals section, read together when the section is shown."""

from __future__ import annotations

from dataclasses import dataclass

from nurse_desk.domain.measures import MeasureRecord
from nurse_desk.domain.referrals import PartnerRecord, ReferralRecord
from nurse_desk.services.partners import seed_once
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import measures as measure_store
from nurse_desk.storage import partners as partner_store
from nurse_desk.storage import referrals as referral_store
from nurse_desk.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class ReferralLists:
    referrals: tuple[ReferralRecord, ...]
    partners: tuple[PartnerRecord, ...]  # archived ones included, with their referral counts
    measures: tuple[MeasureRecord, ...]  # archived ones included, with their citations


def referral_lists(vault: Vault) -> ReferralLists:
    """Referrals sent, the partner directory and the measures catalogue in one unit of work
    (one query each), seeding the directory on first use as list_partners does."""
    with unit_of_work(vault) as work:
        seed_once(work)
        return ReferralLists(
            tuple(referral_store.all_referrals(work.session)),
            tuple(partner_store.all_partners(work.session)),
            tuple(measure_store.all_measures(work.session)),
        )
