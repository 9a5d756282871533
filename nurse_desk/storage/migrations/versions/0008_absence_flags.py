"""Acknowledged absence flags.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "absence_acknowledgement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "pupil_id",
            sa.Integer(),
            sa.ForeignKey(
                "pupil.id",
                ondelete="CASCADE",
                name=op.f("fk_absence_acknowledgement_pupil_id_pupil"),
            ),
            nullable=False,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("pupil_id", "kind", name=op.f("uq_absence_acknowledgement_pupil_id")),
    )
    op.create_index(
        op.f("ix_absence_acknowledgement_pupil_id"), "absence_acknowledgement", ["pupil_id"]
    )


def downgrade() -> None:
    op.drop_table("absence_acknowledgement")
