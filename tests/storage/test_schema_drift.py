"""The migrations build exactly the tables the ORM rows describe (features are built side by side,
each with its own migration, so a forgotten column shows up here rather than in a nurse's vault)."""

from __future__ import annotations

import contextlib

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from nurse_desk.storage.rows import Base
from nurse_desk.storage.vault import Vault


def test_migrated_vault_matches_the_orm_rows(vault_folder):
    vault = Vault.create(vault_folder / "drift.vault", "fjord tavle sykkel blåbær")
    try:
        with contextlib.closing(vault.raw_connection()) as raw:
            engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
            with engine.connect() as connection:
                differences = compare_metadata(
                    MigrationContext.configure(connection), Base.metadata
                )
    finally:
        vault.lock()
    # FTS5 shadow tables and alembic's own table are not ORM rows.
    differences = [
        d
        for d in differences
        if not (
            d[0] == "remove_table"
            and (d[1].name.startswith("note_fts") or d[1].name == "alembic_version")
        )
    ]
    assert differences == []
