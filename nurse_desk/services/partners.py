"""The partner directory: seeded per country on first use, edited by the nurse, archived rather
than deleted once a referral points at a partner."""

from __future__ import annotations

from sqlalchemy.orm import Session

from nurse_desk.domain.directory_seeds import STANDARD_MEASURES, STANDARD_PARTNERS
from nurse_desk.domain.referrals import PartnerDraft, PartnerRecord, Removal, check_partner
from nurse_desk.services.unit_of_work import Work, unit_of_work
from nurse_desk.storage import measures as measure_store
from nurse_desk.storage import partners as partner_store
from nurse_desk.storage import vault_settings
from nurse_desk.storage.vault import Vault

# Seeding happens the first time the directory is used, not when the vault is created: a new
# vault is created before the nurse has chosen Norway or Sweden in Settings, so seeding at
# creation would give a Swedish nurse the Norwegian services. The key records which country's
# list was used; "Add standard partners" adds the list of the country chosen later.
_SEEDED = "referrals.seeded_for"


def seed_once(work: Work) -> None:
    """Inside the caller's unit of work: the first use fills the directory and the catalogue."""
    session, country = work.session, work.country
    if vault_settings.get(session, _SEEDED, ""):
        return
    _add_missing_partners(session, country)
    known = measure_store.by_name(session)
    for measure in STANDARD_MEASURES.get(country, ()):
        if measure.name.casefold() not in known:
            measure_store.add(session, measure)
    vault_settings.put(session, _SEEDED, country)


def _add_missing_partners(session: Session, country: str) -> int:
    known = partner_store.names(session)
    added = 0
    for partner in STANDARD_PARTNERS.get(country, ()):
        if partner.name.casefold() not in known:
            partner_store.add(session, partner)
            added += 1
    return added


def add_standard_partners(vault: Vault, country: str) -> int:
    """Adds the standard services of `country` that the directory lacks; returns how many."""
    with unit_of_work(vault) as work:
        return _add_missing_partners(work.session, country)


def list_partners(vault: Vault, *, include_archived: bool = True) -> list[PartnerRecord]:
    with unit_of_work(vault) as work:
        seed_once(work)
        return partner_store.all_partners(work.session, include_archived=include_archived)


def add_partner(vault: Vault, draft: PartnerDraft) -> int:
    draft = check_partner(draft)
    with unit_of_work(vault) as work:
        return partner_store.add(work.session, draft)


def update_partner(vault: Vault, partner_id: int, draft: PartnerDraft) -> None:
    """Renaming is allowed: referrals keep pointing at the same partner by id. A phone stored
    before is kept as it is, even one a check of new input would refuse."""
    with unit_of_work(vault) as work:
        stored = partner_store.get(work.session, partner_id)
        draft = check_partner(draft, known_phone=stored.phone)
        partner_store.update(work.session, partner_id, draft)


def remove_partner(vault: Vault, partner_id: int) -> Removal:
    """Deletes a partner no referral names; archives one that referrals point at."""
    with unit_of_work(vault) as work:
        return partner_store.remove(work.session, partner_id)


def restore_partner(vault: Vault, partner_id: int) -> None:
    with unit_of_work(vault) as work:
        partner_store.restore(work.session, partner_id)
