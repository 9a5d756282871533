"""Rows for recurring follow-ups' single occurrences and the school's closed periods."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nurse_desk.storage.orm import Base


class FollowUpOccurrenceRow(Base):
    """One date of a recurring follow-up that was done, cancelled or moved (snoozed)."""

    __tablename__ = "follow_up_occurrence"
    __table_args__ = (UniqueConstraint("follow_up_id", "occurs_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(
        ForeignKey("follow_up.id", ondelete="CASCADE"), index=True
    )
    occurs_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    moved_to: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)


class SchoolClosedPeriodRow(Base):
    """A break the nurse entered (autumn, winter, Easter): due dates in it are flagged."""

    __tablename__ = "school_closed_period"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
