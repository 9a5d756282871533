"""The unlocked app: a sidebar of sections and the page of the chosen one."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.preferences import Preferences
from nurse_desk.ui.absence.absence_page import AbsencePage
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.followups.follow_ups_page import FollowUpsPage
from nurse_desk.ui.followups.today_page import TodayPage
from nurse_desk.ui.importing.absence_import_dialog import AbsenceImportDialog
from nurse_desk.ui.pupils.pupils_page import PupilsPage
from nurse_desk.ui.referrals.referrals_page import ReferralsPage
from nurse_desk.ui.settings.settings_page import SettingsPage
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits.visits_page import HomeVisitsPage

# After an unlock, once Today is painted and the first clicks are answered (and before the
# integrity check, which starts later), the absence analysis is read ahead.
READ_AHEAD_MS = 1000


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


class Workspace(LanguageAware, QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, session: VaultSession, preferences: Preferences
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setStyleSheet("QListWidget::item { padding: 8px 10px; }")
        self.pages = QStackedWidget(objectName="pages")
        self.pupils_page = PupilsPage(self, session=session)
        self.settings_page = SettingsPage(self, preferences=preferences, session=session)
        self.absence_page = AbsencePage(self, session=session)
        self.absence_page.pupil_page_requested.connect(self.open_pupil)
        self.absence_page.set_import_handler(
            lambda parent: AbsenceImportDialog.import_absence(parent, session.vault)
        )
        self.visits_page = HomeVisitsPage(self, session=session)
        self.today_page = TodayPage(self, session=session)
        self.follow_ups_page = FollowUpsPage(self, session=session)
        self.referrals_page = ReferralsPage(self, session=session)
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
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)  # pages read on show
        self._badges: dict[Section, int] = {}
        self._connect_follow_up_pages()
        self.sidebar.setCurrentRow(Section.TODAY)
        self.retranslate_ui()

    def _page_for(self, section: Section) -> QWidget:
        return {
            Section.TODAY: self.today_page,
            Section.PUPILS: self.pupils_page,
            Section.HOME_VISITS: self.visits_page,
            Section.FOLLOW_UPS: self.follow_ups_page,
            Section.REFERRALS: self.referrals_page,
            Section.ABSENCE: self.absence_page,
            Section.SETTINGS: self.settings_page,
        }[section]

    def _connect_follow_up_pages(self) -> None:
        # A change on one page reaches the others when they are next shown (Freshness).
        today, follow_ups = self.today_page, self.follow_ups_page
        today.pupil_chosen.connect(self.open_pupil)
        follow_ups.pupil_chosen.connect(self.open_pupil)
        today.attention_changed.connect(lambda count: self.set_badge(Section.TODAY, count))

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
        self.pupils_page.open_pupil(pupil_id)  # first: the hidden list need not be read
        self.show_section(Section.PUPILS)

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

    def refresh_shown(self) -> None:
        """The page on screen reads the vault if what it shows changed since it last read."""
        if self._session.vault is not None:
            self.pages.currentWidget().freshness.refresh()

    def reload(self) -> None:
        """On unlock: every page will read when first shown; only the one on screen reads now
        (the caller shows a busy cursor meanwhile; showing it then finds it up to date). The
        absence analysis is read ahead a moment later, see `_read_ahead`."""
        for page in self.all_pages():
            page.freshness.forget()
        self.refresh_shown()
        QTimer.singleShot(READ_AHEAD_MS, self, self._read_ahead)

    def _read_ahead(self) -> None:
        """Every pupil's absence patterns take about a second of work at a school year's volume
        (200,000 entries). Done in the background once Today is on screen, the Absence section
        opens at once when the nurse gets to it; nothing is shown or logged before she does."""
        if self._session.vault is not None:
            self.absence_page.freshness.refresh()

    def clear_pupil_data(self) -> None:
        """On lock: every page lets go of every record it shows."""
        for page in self.all_pages():
            page.freshness.forget()
            page.clear_pupil_data()
