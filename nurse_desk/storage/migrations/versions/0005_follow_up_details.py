"""Follow-up occurrences, school-closed periods (for the Today agenda).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follow_up_occurrence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "follow_up_id",
            sa.Integer(),
            sa.ForeignKey(
                "follow_up.id",
                ondelete="CASCADE",
                name=op.f("fk_follow_up_occurrence_follow_up_id_follow_up"),
            ),
            nullable=False,
        ),
        sa.Column("occurs_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("moved_to", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint(
            "follow_up_id", "occurs_on", name=op.f("uq_follow_up_occurrence_follow_up_id")
        ),
    )
    op.create_index(
        op.f("ix_follow_up_occurrence_follow_up_id"), "follow_up_occurrence", ["follow_up_id"]
    )
    # Only the open follow-ups, with every column the agenda reads (see orm_follow_ups.py).
    op.create_index(
        "ix_follow_up_open_agenda",
        "follow_up",
        [
            "due_on",
            "pupil_id",
            "kind",
            "due_time",
            "recurrence",
            "responsible",
            "description",
            "id",
        ],
        sqlite_where=sa.text("status = 'open'"),
    )
    op.create_table(
        "school_closed_period",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("school_closed_period")
    op.drop_index("ix_follow_up_open_agenda", table_name="follow_up")
    op.drop_table("follow_up_occurrence")
