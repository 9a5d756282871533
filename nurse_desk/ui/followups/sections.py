"""The follow-ups' two sections: Today (the agenda, its badge the tasks needing attention) and
the list of every follow-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nurse_desk.ui.followups.follow_ups_page import FollowUpsPage
from nurse_desk.ui.followups.today_page import TodayPage
from nurse_desk.ui.section_spec import SectionHost, SectionSpec


def _today(host: SectionHost, badge: Callable[[int], None]) -> TodayPage:
    page = TodayPage(host, session=host.session)
    page.pupil_chosen.connect(host.open_pupil)
    page.attention_changed.connect(badge)
    return page


def _follow_ups(host: SectionHost, _badge: Callable[[int], None]) -> FollowUpsPage:
    page = FollowUpsPage(host, session=host.session)
    page.pupil_chosen.connect(host.open_pupil)
    page.follow_ups_changed.connect(host.refresh_badges)  # Today's count in the sidebar
    return page


SECTIONS = (
    SectionSpec(
        key="TODAY",
        name=QT_TRANSLATE_NOOP("Workspace", "Today"),
        order=10,
        attribute="today_page",
        page=_today,
    ),
    SectionSpec(
        key="FOLLOW_UPS",
        name=QT_TRANSLATE_NOOP("Workspace", "Follow-ups"),
        order=40,
        attribute="follow_ups_page",
        page=_follow_ups,
    ),
)
