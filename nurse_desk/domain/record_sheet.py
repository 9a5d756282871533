"""The whole record of one pupil, frozen for printing: what an access request is answered with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import PupilAbsence
from nurse_desk.domain.access_log import AccessEntry
from nurse_desk.domain.consent import ConsentRecord
from nurse_desk.domain.disclosure import Requester
from nurse_desk.domain.follow_ups import FollowUpRecord
from nurse_desk.domain.home_visits import Observation, VisitRecord
from nurse_desk.domain.journal import NoteRecord
from nurse_desk.domain.records import PupilRecord
from nurse_desk.domain.referrals import ReferralRecord


@dataclass(frozen=True, slots=True)
class RecordVisit:
    """A home visit as the record shows it: the plan and, once documented, what was observed
    (the conversation itself is the visit's note, among the notes)."""

    visit: VisitRecord
    observations: tuple[Observation, ...] = ()
    # The pupil came along as a brother or sister on another child's visit: the plan and what
    # was observed are that child's health details, so only the day and the status are kept.
    as_sibling: bool = False


@dataclass(frozen=True, slots=True)
class RecordAbsence:
    """The school year's absence as imported, and the patterns the app flagged in it."""

    absence: PupilAbsence
    acknowledged: frozenset[str]  # kinds of flag the nurse has looked at
    entries: tuple[AbsenceEntry, ...]


@dataclass(frozen=True, slots=True)
class RecordSheet:
    """Notes newest first (each with its amendments), consents, home visits, referrals,
    follow-ups, absence, and the pupil's access log oldest first, as they stood at
    `produced_at`. A protected pupil's sheet arrives without address, directions or the
    guardians' phones (services/record_export.py takes them out)."""

    pupil: PupilRecord
    notes: tuple[NoteRecord, ...]
    consents: tuple[ConsentRecord, ...]
    log: tuple[AccessEntry, ...]
    produced_at: datetime
    produced_by: str
    visits: tuple[RecordVisit, ...] = ()
    referrals: tuple[ReferralRecord, ...] = ()
    follow_ups: tuple[FollowUpRecord, ...] = ()
    absence: RecordAbsence | None = None
    requester: Requester | None = None
    reason: str = ""
