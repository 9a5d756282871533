"""Who consents for a pupil, by the country whose law the vault follows (docs/CONSENT.md).

Norway (pasient- og brukerrettighetsloven § 4-3): from 16 the pupil consents alone to health
care (the health-related age of majority); below 16 the guardians consent, and the pupil is
heard. Sweden has no fixed age: the pupil decides alone once mature enough, and the nurse
judges that maturity for the question at hand (föräldrabalken 6 kap. 11 §, patientlagen); the
consent records her judgement. A consent given by both the pupil and the guardians holds in
either country, whatever the age or the judgement.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from nurse_desk.domain.consent import ConsentGiver, ConsentRecord

NORWAY, SWEDEN = "no", "se"
NORWAY_AGE_OF_OWN_CONSENT = 16

_PUPIL_DECIDES = frozenset({ConsentGiver.PUPIL, ConsentGiver.BOTH})
_GUARDIANS_DECIDE = frozenset({ConsentGiver.GUARDIAN, ConsentGiver.BOTH})
_BOTH_ONLY = frozenset({ConsentGiver.BOTH})


def age_on(birth_date: date, day: date) -> int:
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def givers_who_count(
    country: str, birth_date: date, day: date, pupil_mature: bool | None
) -> frozenset[ConsentGiver]:
    """Whose consent holds on `day`. In Sweden an unjudged consent holds only from both: the
    nurse has not said whether the pupil or the guardians decide."""
    if country == SWEDEN:
        if pupil_mature is None:
            return _BOTH_ONLY
        return _PUPIL_DECIDES if pupil_mature else _GUARDIANS_DECIDE
    if age_on(birth_date, day) >= NORWAY_AGE_OF_OWN_CONSENT:
        return _PUPIL_DECIDES
    return _GUARDIANS_DECIDE


def consent_counts(consent: ConsentRecord, country: str, birth_date: date, day: date) -> bool:
    return consent.given_by in givers_who_count(country, birth_date, day, consent.pupil_mature)


def consents_that_count(
    consents: Iterable[ConsentRecord], country: str, birth_date: date, day: date
) -> list[ConsentRecord]:
    """The consents given by whoever the law of `country` lets decide for this pupil."""
    return [c for c in consents if consent_counts(c, country, birth_date, day)]


def default_giver(country: str, birth_date: date, day: date) -> ConsentGiver:
    """Who a new consent is first said to come from: one whose consent counts on `day` before
    any judgement is made (in Sweden only both, as the nurse has not judged yet)."""
    if country == SWEDEN:
        return ConsentGiver.BOTH
    if age_on(birth_date, day) >= NORWAY_AGE_OF_OWN_CONSENT:
        return ConsentGiver.PUPIL
    return ConsentGiver.GUARDIAN


def needs_maturity_judgement(country: str, given_by: ConsentGiver) -> bool:
    """Sweden: a consent from the pupil alone or the guardians alone records whether the nurse
    judged the pupil mature enough to decide; without it, it would hold for nobody."""
    return country == SWEDEN and given_by is not ConsentGiver.BOTH
