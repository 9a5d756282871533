"""The Referrals section: referrals, partners and the measures catalogue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.referrals.referrals_page import ReferralsPage
from nurse_desk.ui.section_spec import SectionSpec, plain_page

SECTIONS = (
    SectionSpec(
        key="REFERRALS",
        name=QT_TRANSLATE_NOOP("Workspace", "Referrals"),
        order=50,
        attribute="referrals_page",
        page=plain_page(ReferralsPage),
    ),
)
