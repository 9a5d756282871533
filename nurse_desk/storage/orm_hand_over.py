"""Rows for records handed over between vaults: where each received item came from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nurse_desk.storage.orm import Base


class ReceivedItemRow(Base):
    """One item that came in a handed-over record: its table and id here, the vault it was
    first written in and its id there. The origin key is unique, so a file received twice
    adds nothing the second time; a record handed back to its first vault finds its own rows."""

    __tablename__ = "received_item"
    __table_args__ = (
        UniqueConstraint("origin_vault", "table_name", "origin_row_id"),
        Index("ix_received_item_table_name_row_id", "table_name", "row_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(50))
    row_id: Mapped[int] = mapped_column(Integer)
    origin_vault: Mapped[str] = mapped_column(String(36))
    origin_row_id: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    received_from: Mapped[str] = mapped_column(String(200), default="")
