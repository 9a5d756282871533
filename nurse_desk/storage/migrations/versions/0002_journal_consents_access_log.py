"""Pupil details and guardians, journal notes with amendments and full-text search, note
templates, consents and the append-only access log.

Signed notes, amendments and the access log are protected by triggers, so not even a bug in
the app (or a hand-edited query) can rewrite them.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TRIGGERS = (
    # A signed note is locked: corrections are amendments
    # (docs/CARE-RULES.md, "Health conversations").
    """CREATE TRIGGER note_signed_is_locked BEFORE UPDATE ON note
       WHEN OLD.signed_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'signed note is locked'); END""",
    """CREATE TRIGGER note_signed_not_deleted BEFORE DELETE ON note
       WHEN OLD.signed_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'signed note is locked'); END""",
    """CREATE TRIGGER note_topic_locked_insert BEFORE INSERT ON note_topic
       WHEN (SELECT signed_at FROM note WHERE id = NEW.note_id) IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'signed note is locked'); END""",
    """CREATE TRIGGER note_topic_locked_delete BEFORE DELETE ON note_topic
       WHEN (SELECT signed_at FROM note WHERE id = OLD.note_id) IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'signed note is locked'); END""",
    """CREATE TRIGGER amendment_only_on_signed BEFORE INSERT ON amendment
       WHEN (SELECT signed_at FROM note WHERE id = NEW.note_id) IS NULL
       BEGIN SELECT RAISE(ABORT, 'only a signed note is amended'); END""",
    """CREATE TRIGGER amendment_no_update BEFORE UPDATE ON amendment
       BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END""",
    """CREATE TRIGGER amendment_no_delete BEFORE DELETE ON amendment
       BEGIN SELECT RAISE(ABORT, 'amendments are append-only'); END""",
    """CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
       BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END""",
    """CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
       BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END""",
    # Full-text index kept in step with the notes (external content: the text is stored once).
    """CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
       INSERT INTO note_fts(rowid, participants, conversation, assessment, actions)
       VALUES (NEW.id, NEW.participants, NEW.conversation, NEW.assessment, NEW.actions); END""",
    """CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
       INSERT INTO note_fts(note_fts, rowid, participants, conversation, assessment, actions)
       VALUES ('delete', OLD.id, OLD.participants, OLD.conversation, OLD.assessment,
               OLD.actions); END""",
    """CREATE TRIGGER note_fts_update AFTER UPDATE ON note BEGIN
       INSERT INTO note_fts(note_fts, rowid, participants, conversation, assessment, actions)
       VALUES ('delete', OLD.id, OLD.participants, OLD.conversation, OLD.assessment,
               OLD.actions);
       INSERT INTO note_fts(rowid, participants, conversation, assessment, actions)
       VALUES (NEW.id, NEW.participants, NEW.conversation, NEW.assessment, NEW.actions); END""",
)


def upgrade() -> None:
    with op.batch_alter_table("school") as batch:
        batch.add_column(sa.Column("school_year_start", sa.Date(), nullable=True))
    with op.batch_alter_table("pupil") as batch:
        batch.add_column(sa.Column("language", sa.String(50), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("needs_interpreter", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("protected_identity", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("left_on", sa.Date(), nullable=True))
    op.create_table(
        "guardian",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "pupil_id",
            sa.Integer(),
            sa.ForeignKey("pupil.id", ondelete="CASCADE", name=op.f("fk_guardian_pupil_id_pupil")),
            nullable=False,
        ),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("relation", sa.String(50), nullable=False),
        sa.Column("phone", sa.String(50), nullable=False),
        sa.Column("parental_responsibility", sa.Boolean(), nullable=False),
    )
    op.create_index(op.f("ix_guardian_pupil_id"), "guardian", ["pupil_id"])
    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "pupil_id",
            sa.Integer(),
            sa.ForeignKey("pupil.id", ondelete="RESTRICT", name=op.f("fk_note_pupil_id_pupil")),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("participants", sa.String(500), nullable=False),
        sa.Column("conversation", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("follow_up_needed", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_by", sa.String(200), nullable=False),
        sa.Column("signed_title", sa.String(200), nullable=False),
    )
    op.create_index(op.f("ix_note_pupil_id"), "note", ["pupil_id"])
    op.create_index(op.f("ix_note_occurred_at"), "note", ["occurred_at"])
    op.create_table(
        "note_topic",
        sa.Column(
            "note_id",
            sa.Integer(),
            sa.ForeignKey("note.id", ondelete="CASCADE", name=op.f("fk_note_topic_note_id_note")),
            primary_key=True,
        ),
        sa.Column("topic", sa.String(30), primary_key=True),
    )
    op.create_table(
        "amendment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "note_id",
            sa.Integer(),
            sa.ForeignKey("note.id", ondelete="RESTRICT", name=op.f("fk_amendment_note_id_note")),
            nullable=False,
        ),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("author_title", sa.String(200), nullable=False),
        sa.Column("reason", sa.String(500), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index(op.f("ix_amendment_note_id"), "amendment", ["note_id"])
    op.create_table(
        "note_template",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("topics", sa.String(500), nullable=False),
        sa.Column("conversation", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
    )
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "pupil_id",
            sa.Integer(),
            sa.ForeignKey("pupil.id", ondelete="RESTRICT", name=op.f("fk_consent_pupil_id_pupil")),
            nullable=False,
        ),
        sa.Column("given_by", sa.String(20), nullable=False),
        sa.Column("guardian_name", sa.String(200), nullable=False),
        sa.Column("purpose", sa.String(30), nullable=False),
        sa.Column("partner", sa.String(200), nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index(op.f("ix_consent_pupil_id"), "consent", ["pupil_id"])
    op.create_table(
        "access_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(200), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index(op.f("ix_access_log_at"), "access_log", ["at"])
    op.create_index(op.f("ix_access_log_pupil_id"), "access_log", ["pupil_id"])
    op.create_table(
        "vault_setting",
        sa.Column("key", sa.String(50), primary_key=True),
        sa.Column("value", sa.String(500), nullable=False),
    )
    op.execute(
        "CREATE VIRTUAL TABLE note_fts USING fts5(participants, conversation, assessment, "
        "actions, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    for trigger in _TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[2]}")
    op.execute("DROP TABLE IF EXISTS note_fts")
    for table in (
        "vault_setting",
        "access_log",
        "consent",
        "note_template",
        "amendment",
        "note_topic",
        "note",
        "guardian",
    ):
        op.drop_table(table)
    with op.batch_alter_table("pupil") as batch:
        for column in ("left_on", "notes", "protected_identity", "needs_interpreter", "language"):
            batch.drop_column(column)
    with op.batch_alter_table("school") as batch:
        batch.drop_column("school_year_start")
