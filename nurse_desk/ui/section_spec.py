"""What a feature declares for the sidebar: a section's name, place and page.

A feature's `ui/<folder>/sections.py` holds SECTIONS, a tuple of these, and names that module
under `sections` in nurse_desk/features.py; ui/sections.py gathers them and the workspace
builds its sidebar and pages from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from nurse_desk.preferences import Preferences
from nurse_desk.ui.vault_session import VaultSession


class SectionHost(Protocol):
    """What a page's maker may use of the workspace it is made for."""

    session: VaultSession
    preferences: Preferences

    def open_pupil(self, pupil_id: int) -> None: ...

    def refresh_badges(self) -> None: ...


# Makes the page: the workspace as its parent and host, and how to set the section's badge.
PageMaker = Callable[[SectionHost, Callable[[int], None]], QWidget]


def plain_page(page_type: Callable[..., QWidget]) -> PageMaker:
    """A page that needs nothing of the workspace but the vault session, and has no badge."""
    return lambda host, _badge: page_type(host, session=host.session)


@dataclass(frozen=True, slots=True)
class SectionSpec:
    key: str  # its member of ui.sections.Section ("TODAY")
    name: str  # QT_TRANSLATE_NOOP("Workspace", …): the sidebar's text
    # Its place in the sidebar: sections are sorted by it. Spaced by tens (Today 10, Settings
    # 70), so a new section fits in between without the others changing theirs.
    order: int
    attribute: str  # the workspace's attribute holding its page ("today_page")
    page: PageMaker
    # Read in the background a moment after an unlock, before the nurse first opens it.
    read_ahead: bool = False
