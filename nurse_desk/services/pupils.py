"""Pupil lists for the views."""

from __future__ import annotations

from nurse_desk.domain.records import PupilRecord, SchoolRecord
from nurse_desk.storage import pupils as pupil_store
from nurse_desk.storage.vault import Vault


def list_pupils(vault: Vault) -> list[PupilRecord]:
    """Every pupil with the school's name, sorted by family name."""
    with vault.session() as session, session.begin():
        return pupil_store.all_pupils(session)


def list_schools(vault: Vault) -> list[SchoolRecord]:
    with vault.session() as session, session.begin():
        return pupil_store.all_schools(session)
