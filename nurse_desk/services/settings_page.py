"""What the Settings page shows from the vault, read together when the page is shown."""

from __future__ import annotations

from dataclasses import dataclass

from nurse_desk.domain.absence_patterns import Thresholds
from nurse_desk.services.settings import VaultSettings, settings_of
from nurse_desk.services.unit_of_work import unit_of_work
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
    with unit_of_work(vault) as work:
        return SettingsShown(
            settings_of(work),
            work.prints_private,
            work.absence_thresholds,
            work.skips_reason_for_own_sheet,
            work.draft_reminder_days,
        )
