"""Key/value settings kept inside the vault (they travel with its backups)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.storage.orm import VaultSettingRow


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(VaultSettingRow, key)
    return row.value if row is not None else default


# The vault's country ("no" or "se"): holidays, national IDs, seeded partners and templates, and
# the language of a printout made without a chosen language. Norway until Settings says otherwise.
COUNTRY = "country"
DEFAULT_COUNTRY = "no"


def country(session: Session) -> str:
    """The vault's country, read the one way every feature reads it."""
    return get(session, COUNTRY, DEFAULT_COUNTRY)


def starting_with(session: Session, prefix: str) -> dict[str, str]:
    """Every setting whose key starts with `prefix`, in one query (key -> value)."""
    rows = session.execute(
        select(VaultSettingRow.key, VaultSettingRow.value).where(
            VaultSettingRow.key.startswith(prefix, autoescape=True)
        )
    )
    return dict(rows.all())


def put(session: Session, key: str, value: str) -> None:
    row = session.get(VaultSettingRow, key)
    if row is None:
        session.add(VaultSettingRow(key=key, value=value))
    else:
        row.value = value
    session.flush()
