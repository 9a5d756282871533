"""Why pupils' data leaves the app, and who asked for it.

Every print, save or export about named pupils carries a short reason that the access log
keeps beside the act: an auditor, the pupil or a guardian reading the log later must be able
to see not only that a record left the vault but why. (A protected pupil's whereabouts never
leave at all: services/visit_sheet.py and services/record_export.py take them out.)
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from nurse_desk.domain.consent_rules import NORWAY_AGE_OF_OWN_CONSENT, SWEDEN, age_on
from nurse_desk.domain.errors import NurseDeskError

# Room for the reason inside a log entry's detail (200 characters in all).
MAX_REASON = 120
# Between what left the app and why, in a log entry's detail (domain/access_log_details reads it).
REASON_TAIL = "; reason: "


class DisclosureReason(StrEnum):
    """The reasons offered in a list; the nurse may add words of her own to any of them."""

    HOME_VISIT = "home_visit"  # her own preparation sheet for a visit
    CARE = "care"  # the pupil's follow-up by the school health service
    ACCESS_REQUEST = "access_request"  # the pupil or a guardian asked to see the record
    AUTHORITY = "authority"  # a supervisory authority or a court asked for it
    COOPERATION = "cooperation"  # work with a named partner, on the consent it needs
    OTHER = "other"


class Requester(StrEnum):
    """Who asked for a copy of the whole record."""

    PUPIL = "pupil"
    GUARDIAN = "guardian"
    AUTHORITY = "authority"


class ReasonMissing(NurseDeskError):
    """A print, save or export about named pupils was asked for without a reason."""


def checked_reason(reason: str) -> str:
    """The reason on one line, cut to fit the log; ReasonMissing when there is none."""
    text = " ".join(reason.split())
    if not text:
        raise ReasonMissing()
    return text[:MAX_REASON]


def with_reason(detail: str, reason: str) -> str:
    """The log entry's detail: what left the app, then why (the reason is kept whole)."""
    if not reason:
        return detail[:200]
    tail = f"{REASON_TAIL}{reason}"
    return detail[: max(0, 200 - len(tail))] + tail


def guardian_request_warns(
    requester: Requester, birth_date: date, today: date, *, country: str
) -> bool:
    """A guardian asking for the record of a pupil who may decide alone: the pupil may have
    told the nurse things in confidence that the guardian has no right to read. Who decides
    follows the vault's country (consent_rules, docs/CARE-RULES.md "Consent and
    confidentiality"): in Norway a pupil of 16 or more; in Sweden no age settles it, the nurse
    judges the pupil's maturity for the question at hand, so every guardian's request is one
    to weigh (a judgement recorded on an earlier consent was for that question, not this)."""
    if requester is not Requester.GUARDIAN:
        return False
    if country == SWEDEN:
        return True
    return age_on(birth_date, today) >= NORWAY_AGE_OF_OWN_CONSENT
