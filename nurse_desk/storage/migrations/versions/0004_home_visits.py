"""Home-visit plans, notice, participants, observation points and templates.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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


def _text(name: str, length: int | None = None) -> sa.Column:
    kind = sa.String(length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False)


def upgrade() -> None:
    op.create_table(
        "home_visit",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("home_visit", "pupil_id", "pupil", "RESTRICT", nullable=False),
        _text("status", 20),
        sa.Column("planned_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        _text("reasons", 500),
        _text("reason_text", 500),
        _text("initiator", 20),
        _text("initiator_text", 500),
        _text("purposes", 500),
        _text("purpose_text", 500),
        _text("home_of", 500),
        _text("address", 500),
        _text("directions"),
        sa.Column("notice_given_on", sa.Date(), nullable=True),
        _text("notice_method", 20),
        _text("notice_to", 500),
        _text("notice_told"),
        sa.Column("go_in_pairs", sa.Boolean(), nullable=False),
        _text("call_whom", 500),
        sa.Column("expected_back", sa.Time(), nullable=True),
        _text("summary"),
        _fk("home_visit", "note_id", "note", "SET NULL", nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("documented_at", sa.DateTime(), nullable=True),
    )
    op.create_index(op.f("ix_home_visit_pupil_id"), "home_visit", ["pupil_id"])
    op.create_index(op.f("ix_home_visit_status"), "home_visit", ["status"])
    op.create_index(op.f("ix_home_visit_planned_on"), "home_visit", ["planned_on"])
    op.create_table(
        "home_visit_sibling",
        _fk("home_visit_sibling", "visit_id", "home_visit", "CASCADE", primary_key=True),
        _fk("home_visit_sibling", "pupil_id", "pupil", "RESTRICT", primary_key=True),
    )
    op.create_index(op.f("ix_home_visit_sibling_pupil_id"), "home_visit_sibling", ["pupil_id"])
    op.create_table(
        "home_visit_companion",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("home_visit_companion", "visit_id", "home_visit", "CASCADE", nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("role", 30),
        _text("name", 200),
        _text("organisation", 200),
        _text("phone", 50),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
    )
    op.create_index(op.f("ix_home_visit_companion_visit_id"), "home_visit_companion", ["visit_id"])
    op.create_table(
        "home_visit_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("home_visit_item", "visit_id", "home_visit", "CASCADE", nullable=False),
        _text("kind", 20),
        sa.Column("position", sa.Integer(), nullable=False),
        _text("text", 500),
        sa.Column("observed", sa.Boolean(), nullable=False),
        _text("note"),
    )
    op.create_index(op.f("ix_home_visit_item_visit_id"), "home_visit_item", ["visit_id"])
    op.create_table(
        "home_visit_template",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        _text("reasons", 500),
        _text("purposes", 500),
        _text("topics"),
        _text("questions"),
        _text("observation_points"),
        sa.UniqueConstraint("name", name=op.f("uq_home_visit_template_name")),
    )


def downgrade() -> None:
    op.drop_table("home_visit_template")
    op.drop_table("home_visit_item")
    op.drop_table("home_visit_companion")
    op.drop_table("home_visit_sibling")
    op.drop_table("home_visit")
