"""Settings kept in the vault: who signs (name and title) and which country's rules apply."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.journal import Author
from nurse_desk.domain.unsigned_drafts import REMINDER_DAYS_RANGE, reminder_days
from nurse_desk.storage import vault_settings
from nurse_desk.storage.vault import Vault

COUNTRIES = ("no", "se")
_NO_NAME = "(no name in Settings)"


class AuthorMissing(NurseDeskError):
    """Signing needs the nurse's name in Settings first."""


@dataclass(frozen=True, slots=True)
class VaultSettings:
    author_name: str
    author_title: str
    country: str


def read_settings(vault: Vault) -> VaultSettings:
    with vault.session() as session, session.begin():
        return settings_in(session)


def settings_in(session: Session) -> VaultSettings:
    """read_settings inside a caller's transaction."""
    return VaultSettings(
        vault_settings.get(session, "author_name"),
        vault_settings.get(session, "author_title"),
        vault_settings.country(session),
    )


def save_settings(vault: Vault, settings: VaultSettings) -> None:
    if settings.country not in COUNTRIES:
        raise ValueError(settings.country)
    with vault.session() as session, session.begin():
        vault_settings.put(session, "author_name", settings.author_name.strip()[:200])
        vault_settings.put(session, "author_title", settings.author_title.strip()[:200])
        vault_settings.put(session, vault_settings.COUNTRY, settings.country)


def current_author(vault: Vault) -> Author:
    settings = read_settings(vault)
    if not settings.author_name:
        raise AuthorMissing()
    return Author(settings.author_name, settings.author_title)


def actor_name(vault: Vault) -> str:
    """Who the access log names: the author, or a placeholder until Settings has a name."""
    with vault.session() as session, session.begin():
        return actor_in(session)


def actor_in(session: Session) -> str:
    """actor_name inside a caller's transaction (one unit of work per user action)."""
    return vault_settings.get(session, "author_name") or _NO_NAME


# Printouts (visit sheet, agenda) may be seen by others: the nurse chooses whether they show
# initials and year of birth instead of full names, IDs and addresses by default.
_PRIVATE_PRINTS = "printing.private_by_default"


def prints_private_by_default(vault: Vault) -> bool:
    with vault.session() as session, session.begin():
        return private_by_default_in(session)


def private_by_default_in(session: Session) -> bool:
    return vault_settings.get(session, _PRIVATE_PRINTS, "0") == "1"


def set_prints_private_by_default(vault: Vault, private: bool) -> None:
    with vault.session() as session, session.begin():
        vault_settings.put(session, _PRIVATE_PRINTS, "1" if private else "0")


# Every print or export about named pupils asks why (the access log keeps the reason); the
# nurse may spare herself the question for her own visit sheet, the one printout she makes
# for nobody but herself. A sheet meant for a partner always asks.
_SKIP_REASON_OWN_SHEET = "disclosure.skip_reason_own_visit_sheet"


def skips_reason_for_own_sheet(vault: Vault) -> bool:
    with vault.session() as session, session.begin():
        return skips_reason_in(session)


def skips_reason_in(session: Session) -> bool:
    return vault_settings.get(session, _SKIP_REASON_OWN_SHEET, "0") == "1"


def set_skips_reason_for_own_sheet(vault: Vault, skip: bool) -> None:
    with vault.session() as session, session.begin():
        vault_settings.put(session, _SKIP_REASON_OWN_SHEET, "1" if skip else "0")


# Today lists unsigned drafts about conversations more than so many days back.
_DRAFT_DAYS = "journal.draft_reminder_days"


def draft_reminder_days_in(session: Session) -> int:
    return reminder_days(vault_settings.get(session, _DRAFT_DAYS))


def set_draft_reminder_days(vault: Vault, days: int) -> None:
    low, high = REMINDER_DAYS_RANGE
    with vault.session() as session, session.begin():
        vault_settings.put(session, _DRAFT_DAYS, str(min(max(int(days), low), high)))
