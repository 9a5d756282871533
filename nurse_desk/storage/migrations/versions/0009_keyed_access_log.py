"""The access log keyed and anchored: a random log key in the vault's settings, the log's
anchor (entry count and last hash) in a one-row table of its own, and every existing entry's
hash recomputed as an HMAC-SHA256 under that key, from the first entry on.

Only the entries that follow the old chain are re-keyed: a log already broken keeps the
broken entry and those after it as they were, so the break stays visible at the same entry.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_GENESIS = "0" * 64
_LOG = sa.table(
    "access_log",
    sa.column("id", sa.Integer),
    sa.column("at", sa.DateTime),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("pupil_id", sa.Integer),
    sa.column("detail", sa.String),
    sa.column("hash", sa.String),
)
_SETTING = sa.table("vault_setting", sa.column("key", sa.String), sa.column("value", sa.String))
_NO_UPDATE = """CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
       BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END"""


def _payload(previous: str, row) -> bytes:
    # A frozen copy of the chain's payload as of this revision, so the migration means the
    # same thing whatever later versions of the app do.
    parts = (
        previous,
        row.at.isoformat(timespec="microseconds"),
        row.actor,
        row.action,
        "" if row.pupil_id is None else str(row.pupil_id),
        row.detail,
    )
    return "\x1f".join(parts).encode("utf-8")


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.select(_LOG).order_by(_LOG.c.id)).all()
    held = _entries_that_hold(rows)
    key = secrets.token_bytes(32)
    previous, new_hashes = _GENESIS, []
    for row in rows[:held]:
        previous = hmac.new(key, _payload(previous, row), hashlib.sha256).hexdigest()
        new_hashes.append({"row_id": row.id, "new_hash": previous})
    if new_hashes:
        op.execute("DROP TRIGGER access_log_no_update")
        bind.execute(
            _LOG.update()
            .where(_LOG.c.id == sa.bindparam("row_id"))
            .values(hash=sa.bindparam("new_hash")),
            new_hashes,
        )
        op.execute(_NO_UPDATE)
    head = new_hashes[-1]["new_hash"] if held == len(rows) and rows else ""
    if rows and held < len(rows):
        head = rows[-1].hash
    bind.execute(_SETTING.insert(), [{"key": "access_log.key", "value": key.hex()}])
    anchor = op.create_table(
        "access_log_anchor",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
    )
    op.bulk_insert(anchor, [{"id": 1, "entries": len(rows), "head": head}])


def _entries_that_hold(rows) -> int:
    """How many entries, from the first, follow the old unkeyed chain. Only those are
    re-keyed: an entry already broken keeps its old hash, so the break stays where it was."""
    previous = _GENESIS
    for index, row in enumerate(rows):
        if hashlib.sha256(_payload(previous, row)).hexdigest() != row.hash:
            return index
        previous = row.hash
    return len(rows)


def downgrade() -> None:
    # The unkeyed chain cannot be restored without the old hashes; the key and anchor go.
    op.drop_table("access_log_anchor")
    op.execute("DELETE FROM vault_setting WHERE key = 'access_log.key'")
