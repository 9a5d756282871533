"""Remembered column mappings for imports from the school system (issues 5 and 8).

Reserved so features built side by side keep one linear history; filled in by that feature.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
