"""A signed note's topics cannot be changed by an UPDATE either.

The triggers of 0002 refused inserting and deleting a signed note's topics, but not updating
them: `UPDATE note_topic SET topic = …` rewrote a signed note's topics, and `SET note_id = …`
moved a draft's topic onto a signed note. A signed note is never rewritten
(docs/CARE-RULES.md, "Health conversations"); the vault now refuses both, as it refuses the
rest.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_LOCKED_UPDATE = """CREATE TRIGGER note_topic_locked_update BEFORE UPDATE ON note_topic
       WHEN (SELECT signed_at FROM note WHERE id = OLD.note_id) IS NOT NULL
         OR (SELECT signed_at FROM note WHERE id = NEW.note_id) IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'signed note is locked'); END"""


def upgrade() -> None:
    op.execute(_LOCKED_UPDATE)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS note_topic_locked_update")
