"""Partners, referrals and the measures catalogue.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str, **kwargs) -> sa.Column:
    return sa.Column(
        column,
        sa.Integer(),
        sa.ForeignKey(
            f"{target}.id", ondelete=ondelete, name=op.f(f"fk_{table}_{column}_{target}")
        ),
        **kwargs,
    )


def upgrade() -> None:
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("referral", "pupil_id", "pupil", "RESTRICT", nullable=False),
        _fk("referral", "partner_id", "partner", "RESTRICT", nullable=False),
        _fk("referral", "consent_id", "consent", "RESTRICT", nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("expected_answer_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    for column in ("pupil_id", "partner_id", "sent_on", "status"):
        op.create_index(op.f(f"ix_referral_{column}"), "referral", [column])
    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("target_group", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("link", sa.String(500), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("name", name=op.f("uq_measure_name")),
    )
    for table, column, target in (
        ("measure_note", "note_id", "note"),
        ("measure_follow_up", "follow_up_id", "follow_up"),
    ):
        op.create_table(
            table,
            _fk(table, "measure_id", "measure", "RESTRICT", primary_key=True),
            _fk(table, column, target, "CASCADE", primary_key=True),
        )
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def downgrade() -> None:
    op.drop_table("measure_follow_up")
    op.drop_table("measure_note")
    op.drop_table("measure")
    op.drop_table("referral")
    op.drop_table("partner")
