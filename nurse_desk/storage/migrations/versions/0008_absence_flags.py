"""Acknowledged absence flags (issue 8).

Reserved so features built side by side keep one linear history; filled in by that feature.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
