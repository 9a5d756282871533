"""ORM rows for partners, referrals and the measures catalogue (migration 0006)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nurse_desk.storage.orm import Base


class PartnerRow(Base):
    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # A partner that referrals point at is archived, never deleted.
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class ReferralRow(Base):
    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="RESTRICT"), index=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partner.id", ondelete="RESTRICT"), index=True
    )
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id", ondelete="RESTRICT"))
    sent_on: Mapped[date] = mapped_column(Date, index=True)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    answered_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    expected_answer_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class MeasureRow(Base):
    __tablename__ = "measure"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    target_group: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(String(500), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class MeasureNoteRow(Base):
    """A journal note citing a measure (kept outside the note, so signed notes stay untouched)."""

    __tablename__ = "measure_note"

    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="RESTRICT"), primary_key=True
    )
    note_id: Mapped[int] = mapped_column(
        ForeignKey("note.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class MeasureFollowUpRow(Base):
    __tablename__ = "measure_follow_up"

    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="RESTRICT"), primary_key=True
    )
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_up.id", ondelete="CASCADE"), primary_key=True, index=True
    )
