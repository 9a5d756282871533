"""The whole record of one pupil, frozen for printing: what an access request is answered with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from nurse_desk.domain.access_log import AccessEntry
from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.journal import NoteRecord
from nurse_desk.domain.records import PupilRecord


@dataclass(frozen=True, slots=True)
class RecordSheet:
    """Notes newest first (each with its amendments), consents, and the pupil's access log
    oldest first, as they stood at `produced_at`."""

    pupil: PupilRecord
    notes: tuple[NoteRecord, ...]
    consents: tuple[ConsentRecord, ...]
    log: tuple[AccessEntry, ...]
    produced_at: datetime
    produced_by: str
