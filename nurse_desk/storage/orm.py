"""ORM rows. Repositories turn them into frozen domain records; Qt never sees a row."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SchoolRow(Base):
    __tablename__ = "school"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    municipality: Mapped[str] = mapped_column(String(200), default="")
    school_year_start: Mapped[date | None] = mapped_column(Date)

    pupils: Mapped[list[PupilRow]] = relationship(back_populates="school")


class PupilRow(Base):
    __tablename__ = "pupil"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    birth_date: Mapped[date] = mapped_column(Date)
    national_id: Mapped[str | None] = mapped_column(String(20), unique=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("school.id", ondelete="RESTRICT"), index=True)
    class_name: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    language: Mapped[str] = mapped_column(String(50), default="")
    needs_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    protected_identity: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    left_on: Mapped[date | None] = mapped_column(Date)

    school: Mapped[SchoolRow] = relationship(back_populates="pupils")
    guardians: Mapped[list[GuardianRow]] = relationship(
        back_populates="pupil", cascade="all, delete-orphan", order_by="GuardianRow.id"
    )


class GuardianRow(Base):
    __tablename__ = "guardian"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    parental_responsibility: Mapped[bool] = mapped_column(Boolean, default=True)

    pupil: Mapped[PupilRow] = relationship(back_populates="guardians")


class NoteRow(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="RESTRICT"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    participants: Mapped[str] = mapped_column(String(500), default="")
    conversation: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    follow_up_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    signed_title: Mapped[str] = mapped_column(String(200), default="")

    topics: Mapped[list[NoteTopicRow]] = relationship(cascade="all, delete-orphan")
    amendments: Mapped[list[AmendmentRow]] = relationship(order_by="AmendmentRow.id")


# Today lists the drafts about conversations some days back. Almost every note is signed, so
# this partial index holds the few unsigned ones and Today reads them without the rest.
UNSIGNED_NOTES_INDEX = Index(
    "ix_note_unsigned", NoteRow.occurred_at, sqlite_where=text("signed_at IS NULL")
)
# The yearly figures count the period's signed notes, their pupils and kinds: this partial
# index holds those columns, so the count reads no note row (each a page or two decrypted).
SIGNED_NOTES_PERIOD_INDEX = Index(
    "ix_note_signed_period",
    NoteRow.occurred_at,
    NoteRow.kind,
    NoteRow.pupil_id,
    NoteRow.signed_at,  # named by the query: without it SQLite reads it from the note row
    sqlite_where=text("signed_at IS NOT NULL"),
)


class NoteTopicRow(Base):
    __tablename__ = "note_topic"

    note_id: Mapped[int] = mapped_column(
        ForeignKey("note.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(30), primary_key=True)


class AmendmentRow(Base):
    __tablename__ = "amendment"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("note.id", ondelete="RESTRICT"), index=True)
    written_at: Mapped[datetime] = mapped_column(DateTime)
    author: Mapped[str] = mapped_column(String(200))
    author_title: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)


class NoteTemplateRow(Base):
    __tablename__ = "note_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    topics: Mapped[str] = mapped_column(String(500), default="")  # comma-separated Topic values
    conversation: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")


class ConsentRow(Base):
    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="RESTRICT"), index=True)
    given_by: Mapped[str] = mapped_column(String(20))
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(30))
    partner: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[str] = mapped_column(String(20))
    given_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    # Sweden: the nurse's judgement whether the pupil is mature enough to decide alone
    # (None: not judged; Norway goes by age and leaves it empty)
    pupil_mature: Mapped[bool | None] = mapped_column(Boolean)


class AccessLogRow(Base):
    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(30))
    pupil_id: Mapped[int | None] = mapped_column(index=True)
    detail: Mapped[str] = mapped_column(String(200), default="")
    hash: Mapped[str] = mapped_column(String(64))


class AccessLogAnchorRow(Base):
    """The log's own anchor, one row: how many entries it has and the last one's hash, moved on
    by every append (docs/SECURITY.md). A table of its own, not a setting: views that show
    settings must not read again each time something is logged."""

    __tablename__ = "access_log_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    entries: Mapped[int] = mapped_column()
    head: Mapped[str] = mapped_column(String(64), default="")


class VaultSettingRow(Base):
    """Settings that belong to the vault, not the computer: the author stamped on signing,
    the country whose ID numbers and holidays apply."""

    __tablename__ = "vault_setting"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))


class FollowUpRow(Base):
    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(500), default="")
    due_on: Mapped[date] = mapped_column(Date, index=True)
    due_time: Mapped[time | None] = mapped_column(Time)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(20), default="")
    source_id: Mapped[int | None] = mapped_column()
    recurrence: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)


class AbsenceEntryRow(Base):
    """One absent lesson (or day) from the school system's export."""

    __tablename__ = "absence_entry"
    __table_args__ = (UniqueConstraint("pupil_id", "day", "period", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    period: Mapped[str] = mapped_column(String(50), default="")
    subject: Mapped[str] = mapped_column(String(100), default="")
    lessons: Mapped[float] = mapped_column(Float, default=1.0)
    hours: Mapped[float | None] = mapped_column(Float)
    reported: Mapped[bool] = mapped_column(Boolean, default=False)
    excused: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(200), default="")
