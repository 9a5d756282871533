"""Follow-ups (the shared core that visits, absence flags, notes and referrals create) and
absence entries imported from the school system.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _pupil(table: str, ondelete: str) -> sa.Column:
    return sa.Column(
        "pupil_id",
        sa.Integer(),
        sa.ForeignKey("pupil.id", ondelete=ondelete, name=op.f(f"fk_{table}_pupil_id_pupil")),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), primary_key=True),
        _pupil("follow_up", "RESTRICT"),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("responsible", sa.String(200), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("recurrence", sa.String(500), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
    )
    op.create_index(op.f("ix_follow_up_pupil_id"), "follow_up", ["pupil_id"])
    op.create_index(op.f("ix_follow_up_due_on"), "follow_up", ["due_on"])
    op.create_index(op.f("ix_follow_up_status"), "follow_up", ["status"])
    op.create_table(
        "absence_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        _pupil("absence_entry", "CASCADE"),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("period", sa.String(50), nullable=False),
        sa.Column("subject", sa.String(100), nullable=False),
        sa.Column("lessons", sa.Float(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.Column("excused", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.UniqueConstraint(
            "pupil_id", "day", "period", "subject", name=op.f("uq_absence_entry_pupil_id")
        ),
    )
    op.create_index(op.f("ix_absence_entry_pupil_id"), "absence_entry", ["pupil_id"])
    op.create_index(op.f("ix_absence_entry_day"), "absence_entry", ["day"])


def downgrade() -> None:
    op.drop_table("absence_entry")
    op.drop_table("follow_up")
