"""Protected identity (Norwegian "sperret adresse", "strengt fortrolig"; Swedish "skyddade
personuppgifter"): marking a pupil, and the deliberate, logged look at what is hidden.

A protected pupil's address, the directions to the home and the guardians' contact details
never leave the app; on screen they stay hidden until the nurse asks to see them, and that
look is written to the access log like any other access.
"""

from __future__ import annotations

from datetime import datetime

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.access_log_details import DetailKind
from nurse_desk.domain.records import GuardianRecord
from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import home_visits as visits
from nurse_desk.storage import pupils
from nurse_desk.storage.vault import Vault


def set_protected(
    vault: Vault, pupil_id: int, protected: bool, *, now: datetime | None = None
) -> bool:
    """Marks or unmarks the pupil; logged when it changes. True if it changed."""
    with unit_of_work(vault) as work:
        changed = pupils.set_protected(work.session, pupil_id, protected)
        if changed:
            work.log(
                action=AccessAction.PROTECT if protected else AccessAction.UNPROTECT,
                pupil_id=pupil_id,
                at=now or datetime.now(),
            )
        return changed


def is_protected(vault: Vault, pupil_id: int) -> bool:
    with unit_of_work(vault) as work:
        return bool(pupils.protected_ids(work.session, [pupil_id]))


def protected_among(vault: Vault, pupil_ids: list[int]) -> set[int]:
    with unit_of_work(vault) as work:
        return pupils.protected_ids(work.session, pupil_ids)


def show_visit_address(vault: Vault, visit_id: int) -> tuple[str, str]:
    """The visit's address and directions, for the screen; logged as a look at them, in the
    log of every child of that home on the plan: it is hidden because one of them may be
    protected, often a brother or sister and not the pupil the visit is planned for."""
    with unit_of_work(vault) as work:
        row = visits.get_row(work.session, visit_id)
        for pupil_id in visits.children_on(row):
            work.log(
                action=AccessAction.SHOW_ADDRESS,
                pupil_id=pupil_id,
                detail=f"visit {visit_id}",
            )
        return row.address, row.directions


def show_guardian_contacts(vault: Vault, pupil_id: int) -> tuple[GuardianRecord, ...]:
    """The guardians with their phone numbers, for the screen; logged as a look at them."""
    with unit_of_work(vault) as work:
        pupil = pupils.get_pupil(work.session, pupil_id)
        work.log(
            action=AccessAction.SHOW_ADDRESS,
            pupil_id=pupil_id,
            detail=DetailKind.GUARDIANS_CONTACTS.value,
        )
        return pupil.guardians
