"""ORM rows of home visits: the plan, its siblings, companions, listed items and templates."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nurse_desk.storage.orm import Base


class HomeVisitRow(Base):
    __tablename__ = "home_visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    planned_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    reasons: Mapped[str] = mapped_column(String(500), default="")  # comma-separated values
    reason_text: Mapped[str] = mapped_column(String(500), default="")
    initiator: Mapped[str] = mapped_column(String(20))
    initiator_text: Mapped[str] = mapped_column(String(500), default="")
    purposes: Mapped[str] = mapped_column(String(500), default="")
    purpose_text: Mapped[str] = mapped_column(String(500), default="")
    home_of: Mapped[str] = mapped_column(String(500), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    directions: Mapped[str] = mapped_column(Text, default="")
    notice_given_on: Mapped[date | None] = mapped_column(Date)
    notice_method: Mapped[str] = mapped_column(String(20), default="")
    notice_to: Mapped[str] = mapped_column(String(500), default="")
    notice_told: Mapped[str] = mapped_column(Text, default="")
    go_in_pairs: Mapped[bool] = mapped_column(Boolean, default=False)
    call_whom: Mapped[str] = mapped_column(String(500), default="")
    expected_back: Mapped[time | None] = mapped_column(Time)
    summary: Mapped[str] = mapped_column(Text, default="")
    note_id: Mapped[int | None] = mapped_column(ForeignKey("note.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    documented_at: Mapped[datetime | None] = mapped_column(DateTime)

    siblings: Mapped[list[HomeVisitSiblingRow]] = relationship(
        cascade="all, delete-orphan", order_by="HomeVisitSiblingRow.pupil_id"
    )
    companions: Mapped[list[HomeVisitCompanionRow]] = relationship(
        cascade="all, delete-orphan", order_by="HomeVisitCompanionRow.position"
    )
    items: Mapped[list[HomeVisitItemRow]] = relationship(
        cascade="all, delete-orphan", order_by="HomeVisitItemRow.position"
    )


class HomeVisitSiblingRow(Base):
    """A brother or sister in the same home, seen on the same visit."""

    __tablename__ = "home_visit_sibling"

    visit_id: Mapped[int] = mapped_column(
        ForeignKey("home_visit.id", ondelete="CASCADE"), primary_key=True
    )
    pupil_id: Mapped[int] = mapped_column(
        ForeignKey("pupil.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class HomeVisitCompanionRow(Base):
    __tablename__ = "home_visit_companion"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("home_visit.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class HomeVisitItemRow(Base):
    """A conversation topic, a question or an observation point; after the visit it carries
    whether the point was observed and the nurse's note or the family's answer."""

    __tablename__ = "home_visit_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(
        ForeignKey("home_visit.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(500))
    observed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class HomeVisitTemplateRow(Base):
    __tablename__ = "home_visit_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    reasons: Mapped[str] = mapped_column(String(500), default="")
    purposes: Mapped[str] = mapped_column(String(500), default="")
    topics: Mapped[str] = mapped_column(Text, default="")  # one item a line
    questions: Mapped[str] = mapped_column(Text, default="")
    observation_points: Mapped[str] = mapped_column(Text, default="")
