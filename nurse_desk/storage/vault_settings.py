"""Key/value settings kept inside the vault (they travel with its backups)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from nurse_desk.storage.orm import VaultSettingRow


def get(session: Session, key: str, default: str = "") -> str:
    row = session.get(VaultSettingRow, key)
    return row.value if row is not None else default


def put(session: Session, key: str, value: str) -> None:
    row = session.get(VaultSettingRow, key)
    if row is None:
        session.add(VaultSettingRow(key=key, value=value))
    else:
        row.value = value
    session.flush()
