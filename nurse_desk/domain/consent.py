"""Consents (docs/CARE-RULES.md, "Consent and confidentiality"): nothing about a named pupil
leaves the health service without a matching, active consent."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.records import happened_day_problem
from nurse_desk.domain.timeline import TimelineItem, TimelineKind, TimelinePart, start_of


class ConsentGiver(StrEnum):
    PUPIL = "pupil"
    GUARDIAN = "guardian"
    BOTH = "both"


class ConsentPurpose(StrEnum):
    TELL_SCHOOL = "tell_school"  # the principal or a teacher
    CONTACT_PARTNER = "contact_partner"  # a named partner outside the school health service
    HOME_VISIT = "home_visit"
    TRANSFER_RECORDS = "transfer_records"  # from child health care (helsestasjon/BVC)
    OTHER = "other"


class ConsentMethod(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"


class ConsentState(StrEnum):
    ACTIVE = "active"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    id: int
    pupil_id: int
    given_by: ConsentGiver
    guardian_name: str
    purpose: ConsentPurpose
    partner: str
    method: ConsentMethod
    given_on: date
    valid_until: date | None
    withdrawn_on: date | None
    note: str
    # Sweden: whether the nurse judged the pupil mature enough to decide alone (None: not
    # judged, as in Norway, where age decides); see consent_rules.
    pupil_mature: bool | None = None

    def state(self, today: date) -> ConsentState:
        if self.withdrawn_on is not None and self.withdrawn_on <= today:
            return ConsentState.WITHDRAWN
        if self.given_on > today:
            return ConsentState.NOT_YET_VALID
        if self.valid_until is not None and self.valid_until < today:
            return ConsentState.EXPIRED
        return ConsentState.ACTIVE

    def covers(self, purpose: ConsentPurpose, partner: str, today: date) -> bool:
        if self.state(today) is not ConsentState.ACTIVE or self.purpose is not purpose:
            return False
        if purpose is ConsentPurpose.CONTACT_PARTNER:
            return self.partner.strip().casefold() == partner.strip().casefold()
        return True


class ConsentDateOutOfRange(NurseDeskError):
    """A consent is recorded once given: "Given on" is not after today, nor before the pupil was
    born (reason "after_today" or "before_birth", see happened_day_problem): a year typed wrong
    would make the consent count, or not count, on the wrong days."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_given_on(given_on: date, born: date, today: date) -> None:
    if reason := happened_day_problem(given_on, born, today):
        raise ConsentDateOutOfRange(reason)


class ConsentWithdrawalOutOfRange(NurseDeskError):
    """A withdrawal is recorded once made: not after today, nor before the consent was given
    (reason "after_today" or "before_given"). A day ahead would let the consent count until
    then; a day before it was given would say it never counted while the record shows it
    given."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_withdrawn_on(withdrawn_on: date, given_on: date, today: date) -> None:
    if withdrawn_on > today:
        raise ConsentWithdrawalOutOfRange("after_today")
    if withdrawn_on < given_on:
        raise ConsentWithdrawalOutOfRange("before_given")


class ConsentMissing(NurseDeskError):
    """Sharing about a named pupil needs an active consent for this purpose (and partner)."""

    def __init__(self, purpose: ConsentPurpose, partner: str = "") -> None:
        super().__init__(purpose.value)
        self.purpose = purpose
        self.partner = partner


def matching_consent(
    consents: list[ConsentRecord], purpose: ConsentPurpose, partner: str, today: date
) -> ConsentRecord:
    """The consent that allows it, or ConsentMissing. Withdrawn or expired counts as none."""
    for consent in consents:
        if consent.covers(purpose, partner, today):
            return consent
    raise ConsentMissing(purpose, partner)


def _consent_items(consents: Sequence[ConsentRecord]) -> Iterable[TimelineItem]:
    for consent in consents:
        yield TimelineItem(start_of(consent.given_on), TimelineKind.CONSENT, consent.id)
        if consent.withdrawn_on is not None:
            withdrawn = start_of(consent.withdrawn_on)
            yield TimelineItem(withdrawn, TimelineKind.CONSENT_WITHDRAWN, consent.id)


CONSENTS_ON_TIMELINE = TimelinePart(
    "consents",
    (TimelineKind.CONSENT, TimelineKind.CONSENT_WITHDRAWN),
    _consent_items,
    lambda consent: consent.id,
)
