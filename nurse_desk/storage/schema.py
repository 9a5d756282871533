"""Schema versions: which revisions this app knows, and migrating a vault to head."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from nurse_desk.domain import errors

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

# PRAGMA user_version: the vault's file format generation (key derivation and layout).
VAULT_FORMAT = 1

_MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    # Alembic (and Mako under it) takes ~0.4 s to import: only when a migration really runs.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    """Every revision this app knows, oldest first.

    Each migration file is named after its revision ("0008_absence_flags.py" is revision
    "0008", and revisions form one line), so the list is read from the file names instead of
    importing Alembic on every unlock; a test holds this against Alembic's own history.
    """
    names = (path.name for path in (_MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return sorted(name[:4] for name in names)


def head_revision() -> str:
    return known_revisions()[-1]


def needs_upgrade(revision: str | None) -> bool:
    return revision != head_revision()


def refuse_newer(user_version: int, revision: str | None) -> None:
    """A vault from a newer app is never opened for writing: we might destroy what we don't know."""
    if user_version > VAULT_FORMAT:
        raise errors.VaultFromNewerVersion(user_version, VAULT_FORMAT)
    if revision is not None and revision not in known_revisions():
        raise errors.VaultFromNewerVersion(revision, head_revision())


def upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
