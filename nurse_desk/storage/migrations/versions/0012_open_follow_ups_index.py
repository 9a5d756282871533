"""One partial index of the open follow-ups for both the agenda and the Follow-ups list.

The agenda's index held the columns the agenda shows; the list (open follow-ups by default)
also shows the outcome and where the follow-up came from, so it read the table itself, row
by row, all over the file. The index now holds those two columns as well, in the order the
list is sorted (due date, then id), and serves both.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_OPEN = sa.text("status = 'open'")


def upgrade() -> None:
    op.drop_index("ix_follow_up_open_agenda", "follow_up")
    op.create_index(
        "ix_follow_up_open",
        "follow_up",
        [
            "due_on",
            "id",
            "pupil_id",
            "kind",
            "due_time",
            "recurrence",
            "responsible",
            "description",
            "outcome",
            "source",
        ],
        sqlite_where=_OPEN,
    )


def downgrade() -> None:
    op.drop_index("ix_follow_up_open", "follow_up")
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
        sqlite_where=_OPEN,
    )
