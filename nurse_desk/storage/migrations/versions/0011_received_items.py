"""Where the items of a handed-over record came from.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("table_name", sa.String(50), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("origin_vault", sa.String(36), nullable=False),
        sa.Column("origin_row_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_from", sa.String(200), nullable=False),
        sa.UniqueConstraint(
            "origin_vault",
            "table_name",
            "origin_row_id",
            name=op.f("uq_received_item_origin_vault"),
        ),
    )
    op.create_index("ix_received_item_table_name_row_id", "received_item", ["table_name", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_received_item_table_name_row_id", "received_item")
    op.drop_table("received_item")
