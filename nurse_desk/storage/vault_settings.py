"""Key/value settings kept inside the vault (they travel with its backups), as text. The
services read them typed, each with its default, through services/unit_of_work.py."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from nurse_desk.storage.orm import VaultSettingRow


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(VaultSettingRow, key)
    return row.value if row is not None else default


def get_many(session: Session, keys: tuple[str, ...]) -> dict[str, str]:
    """The settings of these keys that are kept, in one query (key -> value)."""
    rows = session.execute(
        select(VaultSettingRow.key, VaultSettingRow.value).where(VaultSettingRow.key.in_(keys))
    )
    return dict(rows.all())


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
