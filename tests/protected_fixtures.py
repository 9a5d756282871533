"""A protected pupil with a planned home visit and a follow-up: what must never leave the app
(the address, the way there, the guardians' phones) is written into the vault on purpose."""

from __future__ import annotations

import io
import re
from datetime import date, time

import pypdf
from visit_fixtures import TODAY, VISIT_DAY, full_plan, home_visit_consent

from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.records import GuardianRecord, NewPupil
from nurse_desk.services import consents, follow_up_work, home_visits, protected_identity, pupils
from nurse_desk.storage.vault import Vault

# Every way the secret may show: as written, and the phones' digits run together.
SECRETS = (
    "Granlyveien",
    "Lommedalen",
    "Buss 143",
    "gult hus",
    "+47 900 00 000",
    "+47 911 22 333",
)
SECRET_DIGITS = ("90000000", "91122333")


def add_protected_family(vault: Vault) -> tuple[int, int]:
    """(pupil id, visit id): Emil, protected, with a home visit planned and a follow-up due."""
    emil = pupils.add_pupil(
        vault,
        NewPupil(
            "Emil",
            "Aasen",
            date(2012, 10, 15),
            "Granly skole",
            "8B",
            guardians=(
                GuardianRecord("Anne Aasen", "mor", "+47 900 00 000"),
                GuardianRecord("Ole Aasen", "far", "+47 911 22 333"),
            ),
        ),
    )
    protected_identity.set_protected(vault, emil, True)
    consents.record_consent(vault, home_visit_consent(emil))
    visit = home_visits.plan_visit(vault, full_plan(emil), today=TODAY)
    follow_up_work.plan_follow_up(
        vault,
        NewFollowUp(
            pupil_id=emil,
            kind=FollowUpKind.GUARDIAN_CALL,
            due_on=VISIT_DAY,
            description="Ringe mor etter besøket",
            due_time=time(9, 0),
        ),
    )
    return emil, visit.id


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def leaked(text: str) -> list[str]:
    """The secrets found in `text` (case and spacing ignored); [] when none."""
    folded = " ".join(text.split()).casefold()
    digits = re.sub(r"(?<=\d)[\s+]+(?=\d)", "", text)  # "+47 900 00 000" -> "4790000000"
    found = [secret for secret in SECRETS if secret.casefold() in folded]
    return found + [number for number in SECRET_DIGITS if number in digits]
