"""The Settings section: the vault's and this computer's settings, and the vault's care."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.section_spec import SectionHost, SectionSpec
from nurse_desk.ui.settings.settings_page import SettingsPage


def _settings(host: SectionHost, _badge: Callable[[int], None]) -> SettingsPage:
    return SettingsPage(host, preferences=host.preferences, session=host.session)


SECTIONS = (
    SectionSpec(
        key="SETTINGS",
        name=QT_TRANSLATE_NOOP("Workspace", "Settings"),
        order=70,
        attribute="settings_page",
        page=_settings,
    ),
)
