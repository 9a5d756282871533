"""Partners and referrals (docs/CARE-RULES.md, "Worrying absence": the follow-up the nurse may
start).

A referral tells a named partner about a named pupil, so it always rests on a consent for that
partner (docs/CARE-RULES.md, "Consent and confidentiality") and is logged as a disclosure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nurse_desk.domain import text_lengths
from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.phone_numbers import check_phone
from nurse_desk.domain.timeline import TimelineItem, TimelineKind, TimelinePart, start_of


class PartnerKind(StrEnum):
    GP = "gp"  # fastlege
    CHILD_PSYCHIATRY = "child_psychiatry"  # BUP
    EDUCATIONAL_PSYCHOLOGY = "educational_psychology"  # PPT
    CHILD_WELFARE = "child_welfare"  # barnevern
    PHYSIOTHERAPIST = "physiotherapist"
    NAV = "nav"
    LOW_THRESHOLD_MENTAL_HEALTH = "low_threshold_mental_health"
    PUPIL_HEALTH_TEAM = "pupil_health_team"  # elevhälsoteam
    SOCIAL_SERVICES = "social_services"  # socialtjänst
    YOUTH_CLINIC = "youth_clinic"  # ungdomsmottagning
    HABILITATION = "habilitation"
    DENTAL_CARE = "dental_care"  # folktandvård
    HEALTH_CENTRE = "health_centre"  # vårdcentral
    LOCAL_CONTACT = "local_contact"  # the nurse's own contacts


class ReferralStatus(StrEnum):
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    ANSWERED = "answered"
    CLOSED = "closed"


_ORDER = tuple(ReferralStatus)

MAX_NAME = text_lengths.NAME
MAX_REASON = 2000


class InvalidPartner(NurseDeskError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "name_missing", "too_long"


class InvalidReferral(NurseDeskError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        # "reason_missing", "partner_archived", "answer_before_sent", "date_before_sent",
        # "status_backwards", "closed"
        self.reason = reason


@dataclass(frozen=True, slots=True)
class PartnerDraft:
    name: str
    kind: PartnerKind
    organisation: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class PartnerRecord:
    id: int
    name: str
    kind: PartnerKind
    organisation: str
    phone: str
    email: str
    address: str
    notes: str
    archived: bool
    referral_count: int = 0

    def draft(self) -> PartnerDraft:
        return PartnerDraft(
            self.name,
            self.kind,
            self.organisation,
            self.phone,
            self.email,
            self.address,
            self.notes,
        )


class Removal(StrEnum):
    DELETED = "deleted"
    ARCHIVED = "archived"  # something points at it, so it is kept but hidden


@dataclass(frozen=True, slots=True)
class NewReferral:
    pupil_id: int
    partner_id: int
    sent_on: date
    reason: str
    expected_answer_on: date | None = None


@dataclass(frozen=True, slots=True)
class ReferralRecord:
    id: int
    pupil_id: int
    pupil_name: str
    partner_id: int
    partner_name: str
    partner_kind: PartnerKind
    sent_on: date
    reason: str
    consent_id: int | None
    status: ReferralStatus
    acknowledged_on: date | None
    answered_on: date | None
    closed_on: date | None
    expected_answer_on: date | None

    @property
    def status_on(self) -> date:
        """The day the referral reached its current status."""
        return {
            ReferralStatus.SENT: self.sent_on,
            ReferralStatus.ACKNOWLEDGED: self.acknowledged_on,
            ReferralStatus.ANSWERED: self.answered_on,
            ReferralStatus.CLOSED: self.closed_on,
        }[self.status] or self.sent_on

    @property
    def is_waiting(self) -> bool:
        return self.status in (ReferralStatus.SENT, ReferralStatus.ACKNOWLEDGED)

    def overdue(self, today: date) -> bool:
        return (
            self.is_waiting
            and self.expected_answer_on is not None
            and self.expected_answer_on < today
        )


def check_partner(draft: PartnerDraft, *, known_phone: str = "") -> PartnerDraft:
    """Refuses a text longer than the directory keeps: cutting it would lose what she typed
    (a phone number's last digits, an address's postcode) without her knowing. A phone that
    cannot be one is InvalidPhone, unless it is `known_phone` (the partner's as stored)."""
    name = draft.name.strip()
    if not name:
        raise InvalidPartner("name_missing")
    checked = PartnerDraft(
        name,
        draft.kind,
        draft.organisation.strip(),
        draft.phone.strip(),
        draft.email.strip(),
        draft.address.strip(),
        draft.notes.strip(),
    )
    for text, length in (
        (checked.name, MAX_NAME),
        (checked.organisation, text_lengths.ORGANISATION),
        (checked.phone, text_lengths.PHONE),
        (checked.email, text_lengths.EMAIL),
        (checked.address, text_lengths.ADDRESS),
    ):
        if len(text) > length:
            raise InvalidPartner("too_long")
    check_phone(checked.phone, known=(known_phone,))
    return checked


def check_referral(referral: NewReferral) -> NewReferral:
    if not referral.reason.strip():
        raise InvalidReferral("reason_missing")
    if len(referral.reason) > MAX_REASON:
        raise InvalidReferral("reason_too_long")
    check_expected(referral.sent_on, referral.expected_answer_on)
    return referral


def check_expected(sent_on: date, expected_answer_on: date | None) -> None:
    if expected_answer_on is not None and expected_answer_on < sent_on:
        raise InvalidReferral("answer_before_sent")


def check_status_change(referral: ReferralRecord, status: ReferralStatus, on: date) -> None:
    """Statuses only move forward (a step may be skipped) and never date before the sending."""
    if referral.status is ReferralStatus.CLOSED:
        raise InvalidReferral("closed")
    if _ORDER.index(status) <= _ORDER.index(referral.status):
        raise InvalidReferral("status_backwards")
    if on < referral.sent_on:
        raise InvalidReferral("date_before_sent")


# In the order of a referral's life: on one day, a later event is shown above an earlier one.
REFERRAL_KINDS = (
    TimelineKind.REFERRAL_SENT,
    TimelineKind.REFERRAL_ANSWERED,
    TimelineKind.REFERRAL_CLOSED,
)


def _referral_items(referrals: Sequence[ReferralRecord]) -> Iterable[TimelineItem]:
    for referral in referrals:
        days = (referral.sent_on, referral.answered_on, referral.closed_on)
        for day, kind in zip(days, REFERRAL_KINDS, strict=True):
            if day is not None:
                yield TimelineItem(start_of(day), kind, referral.id)


REFERRALS_ON_TIMELINE = TimelinePart(
    "referrals",
    REFERRAL_KINDS,
    _referral_items,
    lambda referral: referral.id,
    same_day_rank={kind: rank for rank, kind in enumerate(REFERRAL_KINDS)},
)
