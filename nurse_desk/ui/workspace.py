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

from nurse_desk.ui.absence.absence_page import AbsencePage
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.placeholder_page import PlaceholderPage
from nurse_desk.ui.importing.absence_import_dialog import AbsenceImportDialog
from nurse_desk.ui.preferences import Preferences
from nurse_desk.ui.pupils.pupils_page import PupilsPage
from nurse_desk.ui.referrals.referrals_page import ReferralsPage
from nurse_desk.ui.settings.settings_page import SettingsPage
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits.visits_page import HomeVisitsPage


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
    Section.FOLLOW_UPS: (
        QT_TRANSLATE_NOOP("Pages", "Follow-ups"),
        QT_TRANSLATE_NOOP("Pages", "Follow-ups and recurring check-ins will appear here."),
    ),
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
        self.absence_page.pupil_page_requested.connect(self._on_absence_pupil_page_requested)
        self.absence_page.set_import_handler(
            lambda parent: AbsenceImportDialog.import_absence(parent, session.vault)
        )
        self.visits_page = HomeVisitsPage(self, session=session)
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
        self.sidebar.setCurrentRow(Section.TODAY)
        self.retranslate_ui()

    def _page_for(self, section: Section) -> QWidget:
        if section is Section.PUPILS:
            return self.pupils_page
        if section is Section.SETTINGS:
            return self.settings_page
        if section is Section.REFERRALS:
            return ReferralsPage(self, session=self._session)
        if section is Section.ABSENCE:
            return self.absence_page
        if section is Section.HOME_VISITS:
            return self.visits_page
        title, text = _COMING[section]
        page = PlaceholderPage(self, title=title, explanation=text)
        page.setObjectName(f"page_{section.name.lower()}")
        return page

    def _on_absence_pupil_page_requested(self, pupil_id: int) -> None:
        self.show_section(Section.PUPILS)
        self.pupils_page.open_pupil(pupil_id)

    def retranslate_ui(self) -> None:
        from PySide6.QtCore import QCoreApplication

        for section in Section:
            item = self.sidebar.item(section)
            name = QCoreApplication.translate("Workspace", _SECTION_NAMES[section])
            item.setText(name)
            item.setToolTip(f"{name} (Ctrl+{section + 1})")
        self.demo_banner.setText(
            self.tr(
                "DEMO: fictional pupils only. This vault is thrown away when you close the app."
            )
        )

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
