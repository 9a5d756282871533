"""The unlocked app: a sidebar of sections and the page of the chosen one."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.preferences import Preferences
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.page_stack import PageStack
from nurse_desk.ui.sections import SECTIONS, Section
from nurse_desk.ui.vault_session import VaultSession

__all__ = ["Section", "Workspace"]

# After an unlock, once Today is painted and the first clicks are answered (and before the
# integrity check, which starts later), the sections that read ahead are read.
READ_AHEAD_MS = 1000
# The sidebar is as wide as its longest name with a count this long after it ("Today (1150)"),
# and no wider: on a laptop 1,024 pixels wide every point it keeps is taken from the lists.
WIDEST_BADGE = " (0000)"
SIDEBAR_PADDING = 10  # each side of a name (the items' style sheet)


class Workspace(LanguageAware, QWidget):
    def __init__(
        self, parent: QWidget | None = None, *, session: VaultSession, preferences: Preferences
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.preferences = preferences
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setStyleSheet(f"QListWidget::item {{ padding: 8px {SIDEBAR_PADDING}px; }}")
        self.pages = PageStack(objectName="pages")
        self._badges: dict[Section, int] = {}
        self.demo_banner = QLabel(objectName="demo_banner")
        self.demo_banner.setStyleSheet(
            "background: #fff3c4; color: #5c4400; padding: 6px 12px; font-weight: 600;"
        )
        self.demo_banner.setVisible(False)
        for spec in SECTIONS:  # each page also as the attribute it names (self.today_page…)
            page = spec.page(self, partial(self.set_badge, Section[spec.key]))
            setattr(self, spec.attribute, page)
            self.sidebar.addItem(QListWidgetItem())
            self.pages.addWidget(page)
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
        self.sidebar.currentRowChanged.connect(self.refresh_badges)
        self.sidebar.setCurrentRow(Section.TODAY)
        self.retranslate_ui()

    def page(self, section: Section) -> QWidget:
        return self.pages.widget(section)

    def retranslate_ui(self) -> None:
        for section, spec in zip(Section, SECTIONS, strict=True):
            item = self.sidebar.item(section)
            name = QCoreApplication.translate("Workspace", spec.name)
            item.setText(f"{name} ({self._badges[section]})" if self._badges.get(section) else name)
            item.setToolTip(f"{name} (Ctrl+{section + 1})")
        self._fit_sidebar()
        self.demo_banner.setText(
            self.tr(
                "DEMO: fictional pupils only. This vault is thrown away when you close the app."
            )
        )

    def _fit_sidebar(self) -> None:
        """As wide as the longest name in the language on show with a four-digit count, so a
        count that grows never widens it and the page beside it keeps its width."""
        metrics = self.sidebar.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(
                QCoreApplication.translate("Workspace", spec.name) + WIDEST_BADGE
            )
            for spec in SECTIONS
        )
        frame = 2 * self.sidebar.frameWidth()
        self.sidebar.setFixedWidth(
            widest + 2 * SIDEBAR_PADDING + frame + metrics.averageCharWidth()
        )

    def set_badge(self, section: Section, count: int) -> None:
        """A count after the section's name in the sidebar ("Today (3)")."""
        self._badges[section] = count
        self.retranslate_ui()

    def refresh_badges(self, *_args) -> None:
        """A hidden page whose count is in the sidebar (Today's) reads again when what it shows
        was written since it last read: on every change of section, and when a page says it
        changed follow-ups or visits. A page not read since the unlock stays unread."""
        if self.session.vault is None:
            return
        shown = self.pages.currentWidget()
        for section in self._badges:
            page = self.page(section)
            if page is not shown and page.freshness.has_read:
                page.freshness.refresh()

    def open_pupil(self, pupil_id: int) -> None:
        self.page(Section.PUPILS).open_pupil(pupil_id)  # first: the hidden list need not be read
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
        if self.session.vault is not None:
            self.pages.currentWidget().freshness.refresh()

    def reload(self) -> None:
        """On unlock: every page will read when first shown; only the one on screen reads now
        (the caller shows a busy cursor meanwhile; showing it then finds it up to date). The
        sections that read ahead are read a moment later, see `_read_ahead`."""
        for page in self.all_pages():
            page.freshness.forget()
        self.refresh_shown()
        QTimer.singleShot(READ_AHEAD_MS, self, self._read_ahead)

    def _read_ahead(self) -> None:
        """A section whose first reading is slow (Absence: every pupil's absence patterns take
        about a second at a school year's volume) is read in the background once Today is on
        screen, so it opens at once when the nurse gets to it; nothing is shown or logged
        before she does."""
        if self.session.vault is not None:
            for spec in SECTIONS:
                if spec.read_ahead:
                    self.page(Section[spec.key]).freshness.refresh()

    def clear_pupil_data(self) -> None:
        """On lock: every page lets go of every record it shows."""
        for page in self.all_pages():
            page.freshness.forget()
            page.clear_pupil_data()
