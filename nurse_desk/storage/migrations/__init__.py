"""Alembic migrations, run in-process on the vault's own encrypted connection."""
