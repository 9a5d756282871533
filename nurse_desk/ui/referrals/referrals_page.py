"""The Referrals section: referrals sent, the partner directory, the measures catalogue."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from nurse_desk.services import changes
from nurse_desk.services.referral_lists import referral_lists
from nurse_desk.ui.common.focus_order import proxy_first
from nurse_desk.ui.common.freshness import Freshness, ReadsWhenShown
from nurse_desk.ui.common.language_aware import LanguageAware, page_title
from nurse_desk.ui.common.page_stack import WidthFreePage
from nurse_desk.ui.referrals.measures_tab import MeasuresTab
from nurse_desk.ui.referrals.partners_tab import PartnersTab
from nurse_desk.ui.referrals.referrals_tab import ReferralsTab
from nurse_desk.ui.vault_session import VaultSession


class ReferralsPage(WidthFreePage, ReadsWhenShown, LanguageAware, QWidget):
    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self.setObjectName("page_referrals")
        self._session = session
        # Referrals sent from a pupil's page, or a pupil renamed there, show on the way in.
        self.freshness = Freshness(changes.REFERRALS, self.reload)
        self.title = page_title("page_title")
        self.tabs = QTabWidget(objectName="referrals_tabs")
        self.referrals_tab = ReferralsTab(self, session=session)
        self.partners_tab = PartnersTab(self, session=session)
        self.measures_tab = MeasuresTab(self, session=session)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        proxy_first(self)
        # A renamed or archived partner shows under its new name in the referrals list.
        self.partners_tab.partners_changed.connect(self.referrals_tab.reload)
        self.referrals_tab.referrals_changed.connect(self.partners_tab.reload)
        self.retranslate_ui()

    def all_tabs(self) -> list:
        return [self.referrals_tab, self.partners_tab, self.measures_tab]

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Referrals"))
        self.tabs.setTabText(0, self.tr("&Referrals"))
        self.tabs.setTabText(1, self.tr("&Partners"))
        self.tabs.setTabText(2, self.tr("&Measures"))

    def reload(self) -> None:
        """The three lists in one read of the vault (each tab reads its own after its acts)."""
        vault = self._session.vault
        if vault is None:
            return
        self.freshness.reading()
        lists = referral_lists(vault)
        self.referrals_tab.show_rows(list(lists.referrals))
        self.partners_tab.show_rows(list(lists.partners))
        self.measures_tab.show_rows(list(lists.measures))

    def clear_pupil_data(self) -> None:
        """On lock: drop every referral, partner and measure shown."""
        for tab in self.all_tabs():
            tab.clear_pupil_data()
