"""Unsigned drafts found quickly (a partial index on the notes not signed), and the nurse's
judgement of the pupil's maturity kept with a consent (Sweden has no fixed age of consent).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_note_unsigned", "note", ["occurred_at"], sqlite_where=sa.text("signed_at IS NULL")
    )
    with op.batch_alter_table("consent") as batch:
        batch.add_column(sa.Column("pupil_mature", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consent") as batch:
        batch.drop_column("pupil_mature")
    op.drop_index("ix_note_unsigned", table_name="note")
