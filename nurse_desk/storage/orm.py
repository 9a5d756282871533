"""ORM rows. Repositories turn them into frozen domain records; Qt never sees a row."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, MetaData, String
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

    school: Mapped[SchoolRow] = relationship(back_populates="pupils")
