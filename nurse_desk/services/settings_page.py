"""What the Settings page shows from the vault, read together when the page is shown."""

from __future__ import annotations

from dataclasses import dataclass

from nurse_desk.domain.absence_patterns import Thresholds
from nurse_desk.services.absence import thresholds_in
from nurse_desk.services.settings import (
    VaultSettings,
    draft_reminder_days_in,
    private_by_default_in,
    settings_in,
    skips_reason_in,
)
from nurse_desk.storage.vault import Vault


@dataclass(frozen=True, slots=True)
class SettingsShown:
    settings: VaultSettings
    prints_private: bool
    thresholds: Thresholds
    skips_reason_own_sheet: bool = False
    draft_reminder_days: int = 3


def settings_shown(vault: Vault) -> SettingsShown:
    """The author, country, print default and absence thresholds in one unit of work."""
    with vault.session() as session, session.begin():
        return SettingsShown(
            settings_in(session),
            private_by_default_in(session),
            thresholds_in(session),
            skips_reason_in(session),
            draft_reminder_days_in(session),
        )
