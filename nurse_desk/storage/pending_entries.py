"""What the nurse had typed in a form when the vault locked, kept until she opens that form
again. Kept among the vault's settings rows (encrypted with everything else, no schema change)
under a key naming the pupil, so removing the pupil removes them too, and a handed-over record,
which carries only the sender's settings, never takes them along."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from nurse_desk.storage import vault_settings
from nurse_desk.storage.orm import VaultSettingRow

_PREFIX = "pending/"


def _key(pupil_id: int, form: str, subject: int) -> str:
    return f"{_PREFIX}{pupil_id}/{form}/{subject}"


def put(session: Session, pupil_id: int, form: str, subject: int, values: dict[str, Any]) -> None:
    """One entry per form and subject: a later lock replaces what an earlier one kept."""
    vault_settings.put(session, _key(pupil_id, form, subject), json.dumps(values))


def take(session: Session, pupil_id: int, form: str, subject: int) -> dict[str, Any] | None:
    """The kept values, deleted from the vault as they are handed back (None: nothing kept)."""
    row = session.get(VaultSettingRow, _key(pupil_id, form, subject))
    if row is None:
        return None
    values = json.loads(row.value)
    session.delete(row)
    session.flush()
    return values


def remove_of_pupil(session: Session, pupil_id: int) -> None:
    prefix = f"{_PREFIX}{pupil_id}/"
    session.execute(
        delete(VaultSettingRow).where(VaultSettingRow.key.startswith(prefix, autoescape=True))
    )
