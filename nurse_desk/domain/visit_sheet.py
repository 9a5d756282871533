"""The home-visit preparation sheet, frozen for printing: what the nurse carries into the home.

Built by services/visit_sheet.py, already made private when asked (initials and year of birth
instead of names and IDs, no address), so the renderer cannot leak what it never receives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from nurse_desk.domain.consent import ConsentMissing, ConsentRecord
from nurse_desk.domain.home_visits import (
    Companion,
    MissingItem,
    Notice,
    Safety,
    VisitInitiator,
    VisitPurpose,
    VisitReason,
    VisitStatus,
)


class SiblingConsentMissing(ConsentMissing):
    """A named sheet for a partner outside the health service names a sibling who has not
    consented (through whoever decides) to sharing with that partner."""


@dataclass(frozen=True, slots=True)
class SheetPerson:
    name: str  # full name, or initials on a private sheet
    born: date | None  # None on a private sheet: the year alone is shown
    born_year: int
    national_id: str = ""
    detail: str = ""  # school and class for a pupil, relation for a guardian
    phone: str = ""


@dataclass(frozen=True, slots=True)
class VisitSheet:
    visit_id: int
    private: bool
    status: VisitStatus
    planned_on: date
    starts_at: time
    minutes: int
    pupil: SheetPerson
    siblings: tuple[SheetPerson, ...]
    guardians: tuple[SheetPerson, ...]
    home_of: str
    address: str  # "" on a private sheet
    directions: str  # "" on a private sheet
    nurse_name: str
    nurse_title: str
    companions: tuple[Companion, ...]
    reasons: tuple[VisitReason, ...]
    reason_text: str
    initiator: VisitInitiator
    initiator_text: str
    purposes: tuple[VisitPurpose, ...]
    purpose_text: str
    notice: Notice
    consent: ConsentRecord | None
    missing: tuple[MissingItem, ...]
    topics: tuple[str, ...]
    questions: tuple[str, ...]
    observation_points: tuple[str, ...]
    safety: Safety
    produced_at: datetime
    # A pupil in the home has protected identity: no address, directions or guardians' phones.
    protected: bool = False
