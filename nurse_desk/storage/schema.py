"""Schema versions: which revisions this app knows, and migrating a vault to head."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from nurse_desk.domain import errors

# PRAGMA user_version: the vault's file format generation (key derivation and layout).
VAULT_FORMAT = 1

_MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def refuse_newer(user_version: int, revision: str | None) -> None:
    """A vault from a newer app is never opened for writing: we might destroy what we don't know."""
    if user_version > VAULT_FORMAT:
        raise errors.VaultFromNewerVersion(user_version, VAULT_FORMAT)
    if revision is not None and revision not in known_revisions():
        raise errors.VaultFromNewerVersion(revision, head_revision())


def upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
