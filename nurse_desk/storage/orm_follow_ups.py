"""Rows for recurring follow-ups' single occurrences and the school's closed periods."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from nurse_desk.storage.orm import Base, FollowUpRow


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


# The agenda reads every open follow-up on each refresh, and the Follow-ups list shows the open
# ones by default. After a few school years most rows are closed, so the open ones lie scattered
# over every page of the table, and each page read from the vault is decrypted. This partial
# index holds just the open rows, in the list's order, with every column either shows, so both
# read a few dense index pages instead (bench/agenda_volume.py, bench/interactions.py).
OPEN_INDEX = Index(
    "ix_follow_up_open",
    FollowUpRow.due_on,
    FollowUpRow.id,
    FollowUpRow.pupil_id,
    FollowUpRow.kind,
    FollowUpRow.due_time,
    FollowUpRow.recurrence,
    FollowUpRow.responsible,
    FollowUpRow.description,
    FollowUpRow.outcome,
    FollowUpRow.source,
    sqlite_where=text("status = 'open'"),
)
