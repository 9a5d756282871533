"""A partial index of the signed notes holding what the yearly figures count of them.

The yearly figures count the period's signed notes, the pupils they are about, and how many of
each kind. Through the occurred_at index each note was then read from the table itself, a page
or two decrypted per note, wherever the note's text put it: most of the figures' time at a
school year's 50,000 notes. This index holds the signed notes' time, kind and pupil, so the
count reads a few dense index pages instead. It holds signed_at too, though its WHERE says
it is set: SQLite reads a column its query names from the table unless the index holds it.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_note_signed_period",
        "note",
        ["occurred_at", "kind", "pupil_id", "signed_at"],
        sqlite_where=sa.text("signed_at IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_note_signed_period", "note")
