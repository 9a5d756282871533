"""The unlocked app: a sidebar of sections and the page of the chosen one."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.placeholder_page import PlaceholderPage
from nurse_desk.ui.followups.follow_ups_page import FollowUpsPage
from nurse_desk.ui.followups.today_page import TodayPage
from nurse_desk.ui.preferences import Preferences
from nurse_desk.ui.pupils.pupils_page import PupilsPage
from nurse_desk.ui.settings.settings_page import SettingsPage
from nurse_desk.ui.vault_session import VaultSession


class Section(IntEnum):
    TODAY = 0
    PUPILS = 1
    HOME_VISITS = 2
    FOLLOW_UPS = 3
    REFERRALS = 4
    ABSENCE = 5
    SETTINGS = 6


_SECTION_NAMES = {
    Section.TODAY: QT_TRANSLATE_NOOP("Workspace", "Today"),
    Section.PUPILS: QT_TRANSLATE_NOOP("Workspace", "Pupils"),
    Section.HOME_VISITS: QT_TRANSLATE_NOOP("Workspace", "Home visits"),
    Section.FOLLOW_UPS: QT_TRANSLATE_NOOP("Workspace", "Follow-ups"),
    Section.REFERRALS: QT_TRANSLATE_NOOP("Workspace", "Referrals"),
    Section.ABSENCE: QT_TRANSLATE_NOOP("Workspace", "Absence"),
    Section.SETTINGS: QT_TRANSLATE_NOOP("Workspace", "Settings"),
}

_COMING = {
    Section.TODAY: (
        QT_TRANSLATE_NOOP("Pages", "Today"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Your agenda will appear here: overdue follow-ups, what is "
            "due today and this week, and upcoming home visits.",
        ),
    ),
    Section.HOME_VISITS: (
        QT_TRANSLATE_NOOP("Pages", "Home visits"),
        QT_TRANSLATE_NOOP(
            "Pages", "Planning home visits and printing the preparation sheet will appear here."
        ),
    ),
    Section.FOLLOW_UPS: (
        QT_TRANSLATE_NOOP("Pages", "Follow-ups"),
        QT_TRANSLATE_NOOP("Pages", "Follow-ups and recurring check-ins will appear here."),
    ),
    Section.REFERRALS: (
        QT_TRANSLATE_NOOP("Pages", "Referrals"),
        QT_TRANSLATE_NOOP(
            "Pages", "Referrals, the partner directory and the measures catalogue will appear here."
        ),
    ),
    Section.ABSENCE: (
        QT_TRANSLATE_NOOP("Pages", "Absence"),
        QT_TRANSLATE_NOOP(
            "Pages",
            "Importing absence from the school system and the "
            "worrying-absence patterns will appear here.",
        ),
    ),
}


class Workspace(LanguageAware, QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, session: VaultSession, preferences: Preferences
    ) -> None:
        super().__init__(parent)
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.pages = QStackedWidget(objectName="pages")
        self.pupils_page = PupilsPage(self, session=session)
        self.settings_page = SettingsPage(self, preferences=preferences, session=session)
        self.today_page = TodayPage(self, session=session)
        self.follow_ups_page = FollowUpsPage(self, session=session)
        for section in Section:
            self.sidebar.addItem(QListWidgetItem())
            self.pages.addWidget(self._page_for(section))
        self.demo_banner = QLabel(objectName="demo_banner")
        self.demo_banner.setStyleSheet(
            "background: #fff3c4; color: #5c4400; padding: 6px 12px; font-weight: 600;"
        )
        self.demo_banner.setVisible(False)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_banner)
        layout.addLayout(body, 1)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._badges: dict[Section, int] = {}
        self._connect_follow_up_pages()
        self.sidebar.setCurrentRow(Section.TODAY)
        self.retranslate_ui()

    def _page_for(self, section: Section) -> QWidget:
        if section is Section.PUPILS:
            return self.pupils_page
        if section is Section.SETTINGS:
            return self.settings_page
        if section is Section.TODAY:
            return self.today_page
        if section is Section.FOLLOW_UPS:
            return self.follow_ups_page
        title, text = _COMING[section]
        page = PlaceholderPage(self, title=title, explanation=text)
        page.setObjectName(f"page_{section.name.lower()}")
        return page

    def _connect_follow_up_pages(self) -> None:
        today, follow_ups = self.today_page, self.follow_ups_page
        today.pupil_chosen.connect(self.open_pupil)
        follow_ups.pupil_chosen.connect(self.open_pupil)
        today.attention_changed.connect(lambda count: self.set_badge(Section.TODAY, count))
        today.follow_ups_changed.connect(follow_ups.reload)
        follow_ups.follow_ups_changed.connect(today.reload)

    def retranslate_ui(self) -> None:
        from PySide6.QtCore import QCoreApplication

        for section in Section:
            item = self.sidebar.item(section)
            name = QCoreApplication.translate("Workspace", _SECTION_NAMES[section])
            item.setText(f"{name} ({self._badges[section]})" if self._badges.get(section) else name)
            item.setToolTip(f"{name} (Ctrl+{section + 1})")
        self.demo_banner.setText(
            self.tr(
                "DEMO: fictional pupils only. This vault is thrown away when you close the app."
            )
        )

    def set_badge(self, section: Section, count: int) -> None:
        """A count after the section's name in the sidebar ("Today (3)")."""
        self._badges[section] = count
        self.retranslate_ui()

    def open_pupil(self, pupil_id: int) -> None:
        self.show_section(Section.PUPILS)
        self.pupils_page.open_pupil(pupil_id)

    def show_demo_banner(self, visible: bool) -> None:
        self.demo_banner.setVisible(visible)

    @property
    def current_section(self) -> Section:
        return Section(self.sidebar.currentRow())

    def show_section(self, section: Section) -> None:
        self.sidebar.setCurrentRow(section)
        self.pages.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def all_pages(self) -> list[QWidget]:
        return [self.pages.widget(i) for i in range(self.pages.count())]

    def reload(self) -> None:
        for page in self.all_pages():
            page.reload()

    def clear_pupil_data(self) -> None:
        """On lock: every page lets go of every record it shows."""
        for page in self.all_pages():
            page.clear_pupil_data()
