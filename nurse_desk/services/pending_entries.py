"""Typed values of a form the lock closed, kept in the vault and offered back when the nurse
opens that form again for the same pupil (and the same note or visit)."""

from __future__ import annotations

from typing import Any

from nurse_desk.services.unit_of_work import unit_of_work
from nurse_desk.storage import pending_entries
from nurse_desk.storage.vault import Vault


def keep(vault: Vault, *, pupil_id: int, form: str, subject: int, values: dict[str, Any]) -> None:
    with unit_of_work(vault) as work:
        pending_entries.put(work.session, pupil_id, form, subject, values)


def take(vault: Vault, *, pupil_id: int, form: str, subject: int) -> dict[str, Any] | None:
    with unit_of_work(vault) as work:
        return pending_entries.take(work.session, pupil_id, form, subject)
