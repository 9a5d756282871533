"""Alembic environment: always handed an open, keyed connection by storage.schema."""

from __future__ import annotations

from alembic import context

from nurse_desk.storage.rows import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
