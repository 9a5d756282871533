"""The Referrals section: referrals, partners and the measures catalogue."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.referrals.referrals_page import ReferralsPage
from nurse_desk.ui.section_spec import SectionHost, SectionSpec


def _referrals(host: SectionHost, _badge: Callable[[int], None]) -> ReferralsPage:
    return ReferralsPage(host, session=host.session)


SECTIONS = (
    SectionSpec(
        key="REFERRALS",
        name=QT_TRANSLATE_NOOP("Workspace", "Referrals"),
        order=50,
        attribute="referrals_page",
        page=_referrals,
    ),
)
