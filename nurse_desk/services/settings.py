"""Settings kept in the vault: who signs (name and title), which country's rules apply, and
the nurse's choices for printouts and reminders. Read as typed values through the unit of
work (services/unit_of_work.py, where each key and its default are written once); these
are the reads a window needs on their own, and the writes of the Settings page."""

from __future__ import annotations

from dataclasses import dataclass

from nurse_desk.domain.unsigned_drafts import REMINDER_DAYS_RANGE
from nurse_desk.services.unit_of_work import (
    AUTHOR_NAME,
    AUTHOR_TITLE,
    COUNTRIES,
    COUNTRY,
    DRAFT_DAYS,
    PRIVATE_PRINTS,
    SKIP_REASON_OWN_SHEET,
    Work,
    unit_of_work,
)
from nurse_desk.services.unit_of_work import AuthorMissing as AuthorMissing  # signing's error
from nurse_desk.storage import vault_settings
from nurse_desk.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class VaultSettings:
    author_name: str
    author_title: str
    country: str


def read_settings(vault: Vault) -> VaultSettings:
    with unit_of_work(vault) as work:
        return settings_of(work)


def settings_of(work: Work) -> VaultSettings:
    """read_settings inside a caller's unit of work."""
    return VaultSettings(work.author_name, work.author_title, work.country)


def save_settings(vault: Vault, settings: VaultSettings) -> None:
    if settings.country not in COUNTRIES:
        raise ValueError(settings.country)
    with unit_of_work(vault) as work:
        vault_settings.put(work.session, AUTHOR_NAME, settings.author_name.strip()[:200])
        vault_settings.put(work.session, AUTHOR_TITLE, settings.author_title.strip()[:200])
        vault_settings.put(work.session, COUNTRY, settings.country)


def prints_private_by_default(vault: Vault) -> bool:
    with unit_of_work(vault) as work:
        return work.prints_private


def set_prints_private_by_default(vault: Vault, private: bool) -> None:
    with unit_of_work(vault) as work:
        vault_settings.put(work.session, PRIVATE_PRINTS, "1" if private else "0")


def set_skips_reason_for_own_sheet(vault: Vault, skip: bool) -> None:
    with unit_of_work(vault) as work:
        vault_settings.put(work.session, SKIP_REASON_OWN_SHEET, "1" if skip else "0")


def set_draft_reminder_days(vault: Vault, days: int) -> None:
    low, high = REMINDER_DAYS_RANGE
    with unit_of_work(vault) as work:
        vault_settings.put(work.session, DRAFT_DAYS, str(min(max(int(days), low), high)))
