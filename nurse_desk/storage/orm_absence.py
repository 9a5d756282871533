"""Rows of the absence feature: acknowledged flags."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nurse_desk.storage.orm import Base


class AbsenceAcknowledgementRow(Base):
    """The nurse has seen a flag: hidden while the pattern's fingerprint stays the same."""

    __tablename__ = "absence_acknowledgement"
    __table_args__ = (UniqueConstraint("pupil_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupil.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    fingerprint: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(200))
    acknowledged_at: Mapped[datetime] = mapped_column(DateTime)
