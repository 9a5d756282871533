"""Rows for imports from the school system: the column mappings a nurse named and kept."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nurse_desk.storage.orm import Base


class ImportMappingRow(Base):
    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(100))
    school: Mapped[str] = mapped_column(String(200), default="")
    columns: Mapped[str] = mapped_column(Text)  # JSON object: field key -> header name
    updated_at: Mapped[datetime] = mapped_column(DateTime)
