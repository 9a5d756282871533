"""One pupil: the essentials on top, the timeline on the left, the chosen entry on the right."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nurse_desk.domain import errors
from nurse_desk.domain.consent import CONSENTS_ON_TIMELINE
from nurse_desk.domain.home_visits import VISITS_ON_TIMELINE
from nurse_desk.domain.journal import NOTES_ON_TIMELINE
from nurse_desk.domain.national_id import written as written_national_id
from nurse_desk.domain.timeline import TimelineItem, TimelineKind
from nurse_desk.services import (
    access,
    changes,
    consents,
    home_visits,
    journal,
    pupils,
    record_export,
)
from nurse_desk.services.access import PupilPage
from nurse_desk.services.settings import read_settings
from nurse_desk.ui.common.attempt import attempt
from nurse_desk.ui.common.flow_layout import FlowLayout
from nurse_desk.ui.common.focus_order import proxy_first
from nurse_desk.ui.common.freshness import Freshness
from nurse_desk.ui.common.kept_over_lock import PendingPlace
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.page_stack import WidthFreePage
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.followups.acting import FollowUpActions
from nurse_desk.ui.followups.note_follow_up import offer_follow_up, plan_for_pupil
from nurse_desk.ui.i18n import printout_language
from nurse_desk.ui.journal.amend_dialog import AmendDialog
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.journal.export_record_dialog import ExportRecordDialog
from nurse_desk.ui.journal.note_editor import NoteEditorDialog
from nurse_desk.ui.journal.open_follow_ups import OpenFollowUpsLabel
from nurse_desk.ui.journal.protected_bar import ProtectedIdentityBar
from nurse_desk.ui.journal.timeline_model import ITEM_ROLE, TimelineModel
from nurse_desk.ui.journal.timeline_parts import timeline_views, view_of
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.messages import describe
from nurse_desk.ui.pupils.pupil_dialog import PupilDialog
from nurse_desk.ui.records.hand_over_dialog import hand_over_pupil
from nurse_desk.ui.referrals.pupil_panel import PupilReferralsPanel
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits.visit_dialog import VisitDialog

NO_BREAK = "\u00a0"

# The filter's choices: everything, then each feature's part of the timeline.
_FILTERS = (None, *(set(view.kinds) for view in timeline_views()))


class PupilPageWidget(WidthFreePage, LanguageAware, QWidget):
    back_requested = Signal()
    pupil_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._session = session
        self.page: PupilPage | None = None
        self.freshness = Freshness(changes.PUPIL_PAGE, self._reload)
        self.back_button = QPushButton(objectName="back_button")
        self.header = QLabel(objectName="pupil_header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.protection = ProtectedIdentityBar(self, session=session)
        self.new_note_button = QPushButton(objectName="new_note_button")
        self.new_consent_button = QPushButton(objectName="new_consent_button")
        self.edit_pupil_button = QPushButton(objectName="edit_pupil_button")
        self.export_button = QPushButton(objectName="export_record_button")
        self.hand_over_button = QPushButton(objectName="hand_over_button")
        self.follow_up_button = QPushButton(objectName="plan_follow_up_button")
        self.visit_button = QPushButton(objectName="plan_home_visit_button")
        self.open_follow_ups = OpenFollowUpsLabel(self)
        self.follow_ups = FollowUpActions(self, session=session)
        self.filter = QComboBox(objectName="timeline_filter")
        self.model = TimelineModel(self)
        self.timeline = QListView(objectName="timeline")
        self.timeline.setModel(self.model)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSpacing(2)
        # Two lines per item, each cut short with … where too long (the tooltip has it all):
        # rows of one height need no measuring, where wrapped rows were each laid out.
        self.timeline.setWordWrap(False)
        self.timeline.setUniformItemSizes(True)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setResizeMode(QListView.ResizeMode.Adjust)
        self.detail = QTextBrowser(objectName="entry_detail")
        self.detail.setOpenLinks(False)
        self.edit_button = QPushButton(objectName="edit_draft_button")
        self.amend_button = QPushButton(objectName="amend_button")
        self.withdraw_button = QPushButton(objectName="withdraw_button")
        self.open_visit_button = QPushButton(objectName="open_visit_button")
        self.referrals_panel = PupilReferralsPanel(self, session=session)
        self._build_layout()
        self._connect_signals()
        self.retranslate_ui()
        self._update_buttons()

    def _build_layout(self) -> None:
        """Who the pupil is (and the pupil-wide acts); a row of what the nurse does next; what
        is waiting (referrals, follow-ups); then the timeline and the chosen entry."""
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.header, 1)
        top.addWidget(self.edit_pupil_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.hand_over_button, 0, Qt.AlignmentFlag.AlignTop)
        panel = self.referrals_panel
        doing = FlowLayout()  # a second line in a narrow window
        for button in (
            self.new_note_button,
            self.new_consent_button,
            self.follow_up_button,
            self.visit_button,
            panel.refer_button,
        ):
            doing.addWidget(button)
        waiting = QHBoxLayout()
        waiting.addWidget(panel, 1, Qt.AlignmentFlag.AlignTop)
        waiting.addWidget(self.open_follow_ups, 1, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.timeline, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(panel.measures_label)
        actions = QHBoxLayout()
        actions.addWidget(panel.cite_button)
        actions.addStretch(1)
        for button in (
            self.open_visit_button,
            self.withdraw_button,
            self.amend_button,
            self.edit_button,
        ):
            actions.addWidget(button)
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.protection)
        layout.addLayout(doing)
        layout.addLayout(waiting)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.timeline)
        proxy_first(self)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back_requested)
        QShortcut(QKeySequence("Alt+Left"), self, self.back_requested.emit)
        QShortcut(QKeySequence("Ctrl+N"), self, self._on_new_note_clicked)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self._on_plan_visit_clicked)
        self.visit_button.clicked.connect(self._on_plan_visit_clicked)
        self.follow_ups.changed.connect(lambda: self._reload())
        self.referrals_panel.referral_sent.connect(self._on_referral_sent)
        self.referrals_panel.measure_cited.connect(lambda: self._reload())
        self.new_note_button.clicked.connect(self._on_new_note_clicked)
        self.new_consent_button.clicked.connect(self._on_new_consent_clicked)
        self.follow_up_button.clicked.connect(self._on_follow_up_clicked)
        self.edit_pupil_button.clicked.connect(self._on_edit_pupil_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.protection.changed.connect(self._on_protection_changed)
        self.hand_over_button.clicked.connect(self._on_hand_over_clicked)
        self.filter.currentIndexChanged.connect(self._on_filter_changed)
        self.timeline.selectionModel().currentChanged.connect(self._on_current_changed)
        self.timeline.activated.connect(self._on_timeline_activated)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.amend_button.clicked.connect(self._on_amend_clicked)
        self.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        self.open_visit_button.clicked.connect(self._on_open_visit_clicked)

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("← &Pupils"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.new_note_button.setText(self.tr("&New note"))
        self.new_note_button.setToolTip(self.tr("Write a note (Ctrl+N)"))
        self.new_consent_button.setText(self.tr("New &consent"))
        self.follow_up_button.setText(self.tr("Plan follow-&up…"))
        self.visit_button.setText(self.tr("Plan home &visit…"))
        self.visit_button.setToolTip(self.tr("Plan a home visit for this pupil (Ctrl+Shift+N)"))
        self.edit_pupil_button.setText(self.tr("Ed&it pupil…"))
        self.export_button.setText(self.tr("E&xport record…"))
        self.export_button.setToolTip(
            self.tr("The whole record and its access log as a PDF, e.g. for an access request")
        )
        self.hand_over_button.setText(self.tr("Han&d over…"))
        self.hand_over_button.setToolTip(
            self.tr("The record in an encrypted file for the nurse at the pupil's new school")
        )
        self.edit_button.setText(self.tr("&Edit draft"))
        self.amend_button.setText(self.tr("&Amend…"))
        self.withdraw_button.setText(self.tr("&Withdraw consent…"))
        self.open_visit_button.setText(self.tr("&Open visit plan…"))
        self.open_visit_button.setToolTip(self.tr("The home visit's whole plan (Enter)"))
        current = max(self.filter.currentIndex(), 0)
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItems(
            [self.tr("Everything")]
            + [
                QCoreApplication.translate("PupilPageWidget", view.filter_name)
                for view in timeline_views()
            ]
        )
        self.filter.setCurrentIndex(current)
        self.filter.blockSignals(False)
        self._show_header()
        if self.page is not None:  # the entry shown, in the new language
            self._on_current_changed()

    # -- showing -----------------------------------------------------------------------
    def show_pupil(self, pupil_id: int) -> None:
        """Opening the page is an access: the service logs it."""
        vault = self._session.vault
        if vault is None:
            return
        self.freshness.reading()
        self.page = access.open_pupil_page(vault, pupil_id)
        self._refresh_views()
        if self.model.rowCount():
            self.timeline.setCurrentIndex(self.model.index(0, 0))  # shows it and its buttons
        else:
            self._on_current_changed()

    def _reload(
        self, select_note: int | None = None, *, select: tuple[TimelineKind, int] | None = None
    ) -> None:
        """Reads the page again after the nurse's own change (not a new access); the chosen
        entry stays chosen unless another is named."""
        vault = self._session.vault
        if vault is None or self.page is None:
            return
        self.freshness.reading()
        current = self.current_item()
        self.page = access.open_pupil_page(vault, self.page.pupil.id, log_access=False)
        self._refresh_views()
        if select_note is not None:
            select = (TimelineKind.NOTE, select_note)
        elif select is None and current is not None:
            select = (current.kind, current.ref_id)
        for row in range(self.model.rowCount()):
            item = self.model.index(row, 0).data(ITEM_ROLE)
            if select is not None and (item.kind, item.ref_id) == select:
                self.timeline.setCurrentIndex(self.model.index(row, 0))
                return
        self._on_current_changed()  # none chosen: the entry pane empty, its buttons hidden

    def _refresh_views(self) -> None:
        """All but the chosen entry, which the caller chooses next (or shows none): the entry
        pane and its buttons are filled once, for the entry chosen, not emptied first."""
        self.model.set_page(self.page, _FILTERS[max(self.filter.currentIndex(), 0)])
        self._show_header()
        self.protection.show_pupil(None if self.page is None else self.page.pupil)
        if self.page is not None:
            self.open_follow_ups.show_due(self.page.follow_ups, date.today())

    def _show_header(self) -> None:
        if self.page is None:
            self.header.clear()
            return
        pupil = self.page.pupil
        facts = [placed(self.tr("Born %1"), day_text(pupil.birth_date))]
        if pupil.national_id:
            facts.append(written_national_id(pupil.national_id))
        facts.append(f"{pupil.school_name}, {pupil.class_name}")
        if pupil.language:
            facts.append(
                pupil.language
                + (" · " + self.tr("needs interpreter") if pupil.needs_interpreter else "")
            )
        # A protected pupil's guardians are named, their phones shown only on request. A phone
        # number keeps its spaces unbreakable: "+47 912 34" above "567" was misread.
        phones = not pupil.protected_identity
        guardians = "; ".join(
            f"{g.name} ({g.relation}) {g.phone.replace(' ', NO_BREAK) if phones else ''}".strip()
            for g in pupil.guardians
        )
        left = "" if pupil.active else " · " + self.tr("left school")
        guardians_label = self.tr("Guardians")
        self.header.setText(
            f"<span style='font-size:16pt; font-weight:600'>{escape(pupil.full_name)}</span>"
            f"{escape(left)}<br>{escape(' · '.join(facts))}"
            + (f"<br>{escape(guardians_label)}: {escape(guardians)}" if guardians else "")
        )

    def current_item(self) -> TimelineItem | None:
        return self.timeline.currentIndex().data(ITEM_ROLE)

    def _current(self, kinds: Iterable[TimelineKind]):
        """The record of the chosen item if it is of one of these kinds."""
        item = self.current_item()
        if self.page is None or item is None or item.kind not in kinds:
            return None
        return self.page.record_of(item)

    def _current_note(self):
        return self._current(NOTES_ON_TIMELINE.kinds)

    def _current_consent(self):
        return self._current(CONSENTS_ON_TIMELINE.kinds)

    def _current_visit(self):
        return self._current(VISITS_ON_TIMELINE.kinds)

    def _on_current_changed(self, *_args) -> None:
        item = self.current_item()
        if self.page is None or item is None:
            self.detail.clear()
        else:
            record = self.page.record_of(item)
            self.detail.setHtml(view_of(item.kind).details(item, record, date.today()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        note, consent = self._current_note(), self._current_consent()
        self.edit_button.setVisible(note is not None and not note.is_signed)
        self.amend_button.setVisible(note is not None and note.is_signed)
        self.withdraw_button.setVisible(consent is not None and consent.withdrawn_on is None)
        self.open_visit_button.setVisible(self._current_visit() is not None)
        page = self.page
        if page is None:
            self.referrals_panel.show_for(None)
        else:
            note_id = note.id if note is not None else None
            self.referrals_panel.show_for(
                page.pupil.id, page.referrals, note_id, page.measures.get(note_id, ())
            )
        self.referrals_panel.cite_button.setVisible(note is not None)
        enabled = self.page is not None
        self.new_note_button.setEnabled(enabled)
        self.new_consent_button.setEnabled(enabled)
        self.follow_up_button.setEnabled(enabled)
        self.visit_button.setEnabled(enabled)
        self.edit_pupil_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled)
        self.hand_over_button.setEnabled(enabled)

    def clear_pupil_data(self) -> None:
        self.page = None
        self.model.clear()
        self.detail.clear()
        self.header.clear()
        # The bar keeps the pupil (her guardians' names and phones with it) and, after a click,
        # shows their contacts: neither may outlast the lock.
        self.protection.show_pupil(None)
        self.open_follow_ups.clear_pupil_data()
        self._update_buttons()

    # -- acting ------------------------------------------------------------------------
    def _on_filter_changed(self, index: int) -> None:
        self.model.set_kinds(_FILTERS[max(index, 0)])
        self._on_current_changed()

    def _on_new_note_clicked(self) -> None:
        vault = self._session.vault
        if vault is None or self.page is None:
            return
        pupil_id = self.page.pupil.id
        note_id = NoteEditorDialog.write(self, vault=vault, pupil=self.page.pupil)
        self._reload(select_note=note_id)
        offer_follow_up(self, self.follow_ups, pupil_id=pupil_id, note_id=note_id)

    def _on_timeline_activated(self, _index) -> None:
        note = self._current_note()
        if note is not None and not note.is_signed:
            self._on_edit_clicked()
        elif self._current_visit() is not None:
            self._on_open_visit_clicked()

    def _on_open_visit_clicked(self) -> None:
        """The visit's plan: to edit while it is a plan, to read once it has taken place."""
        vault, visit = self._session.vault, self._current_visit()
        if vault is None or visit is None:
            return
        try:
            record = home_visits.open_visit(vault, visit.visit_id, today=date.today())
        except errors.NurseDeskError as error:  # deleted meanwhile on the Home visits page
            QMessageBox.warning(self, self.tr("Home visit"), describe(error))
            self._reload()
            return
        VisitDialog.plan_visit(self, vault=vault, today=date.today(), visit=record)
        self._reload(select=(TimelineKind.HOME_VISIT, visit.visit_id))

    def _on_edit_clicked(self) -> None:
        vault, note = self._session.vault, self._current_note()
        if vault is None or note is None or note.is_signed or self.page is None:
            return
        pupil_id = self.page.pupil.id
        note_id = NoteEditorDialog.write(self, vault=vault, pupil=self.page.pupil, note=note)
        self._reload(select_note=note_id)
        offer_follow_up(self, self.follow_ups, pupil_id=pupil_id, note_id=note_id)

    def _on_amend_clicked(self) -> None:
        vault, note = self._session.vault, self._current_note()
        if vault is None or note is None:
            return
        place = PendingPlace(vault, self.page.pupil.id, "amendment", note.id)
        amendment = AmendDialog.ask(self, place)
        if amendment is None:
            return
        attempt(
            self,
            self.tr("Amend"),
            lambda: journal.amend_note(
                vault, note.id, reason=amendment.reason, text=amendment.text
            ),
        )
        self._reload(select_note=note.id)

    def _on_follow_up_clicked(self) -> None:
        if self.page is not None:
            note = self._current_note()
            plan_for_pupil(
                self.follow_ups, pupil_id=self.page.pupil.id, note_id=note.id if note else None
            )

    def _on_plan_visit_clicked(self) -> None:
        """The visits dialog for this pupil; the new visit shows on the timeline, chosen."""
        vault = self._session.vault
        if vault is None or self.page is None:
            return
        pupil = self.page.pupil
        visit = VisitDialog.plan_visit(
            self, vault=vault, today=date.today(), pupils=[pupil], pupil_id=pupil.id
        )
        if visit is not None:
            self._reload(select=(TimelineKind.HOME_VISIT, visit.id))

    def _on_referral_sent(self, referral_id: int) -> None:
        self._reload(select=(TimelineKind.REFERRAL_SENT, referral_id))

    def _on_new_consent_clicked(self) -> None:
        vault = self._session.vault
        if vault is None or self.page is None:
            return
        country = read_settings(vault).country
        pupil = self.page.pupil
        place = PendingPlace(vault, pupil.id, "consent", pupil.id)
        consent = ConsentDialog.ask(
            self,
            pupil=pupil,
            today=date.today(),
            country=country,
            place=place,
            save=lambda typed: consents.record_consent(vault, typed),
        )  # a refusal is said in the dialog, which stays open with what she filled in
        if consent is not None:
            self._reload()

    def _on_edit_pupil_clicked(self) -> None:
        vault = self._session.vault
        if vault is None or self.page is None:
            return
        pupil_id = self.page.pupil.id

        def save(answer) -> int:
            pupils.update_pupil(vault, pupil_id, answer)
            return pupil_id

        # Saved from inside the dialog: a refusal is said there, with what was typed kept.
        saved = PupilDialog.ask(
            self,
            schools=[s.name for s in pupils.list_schools(vault)],
            country=read_settings(vault).country,
            save=save,
            pupil=self.page.pupil,
            place=PendingPlace(vault, pupil_id, "pupil", pupil_id),
        )
        if saved is None:
            return
        self._reload()
        self.pupil_changed.emit()

    def _on_protection_changed(self) -> None:
        self._reload()
        self.pupil_changed.emit()

    def _on_export_clicked(self) -> None:
        """A deliberate act: who asks and why, the file, a word that it is not encrypted; the
        export is logged with the reason."""
        vault = self._session.vault
        if vault is None or self.page is None:
            return
        country = read_settings(vault).country
        asked = ExportRecordDialog.ask(self, self.page.pupil, country=country)
        if asked is None:
            return
        requester, reason = asked
        answer = QMessageBox.question(
            self,
            self.tr("Export record"),
            self.tr(
                "The PDF will not be encrypted. Save it only where it is safe, and delete "
                "it when it has been handed over. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pupil = self.page.pupil
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export record"),
            # no name in a file name: it shows in folders, recent files and backups
            str(Path.home() / f"record-{pupil.id}-{date.today():%Y-%m-%d}.pdf"),
            "PDF (*.pdf)",
        )
        if not target:
            return
        language = printout_language()

        def export() -> None:
            record_export.export_record(
                vault,
                pupil.id,
                reason=reason,
                requester=requester,
                language=language,
                out=Path(target),
            )

        attempt(self, self.tr("Export record"), export, also=(OSError,))

    def _on_hand_over_clicked(self) -> None:
        if self._session.vault is not None and self.page is not None:
            hand_over_pupil(self, self._session.vault, self.page.pupil)
            self._reload()

    def _on_withdraw_clicked(self) -> None:
        vault, consent = self._session.vault, self._current_consent()
        if vault is None or consent is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Record that this consent was withdrawn today? Nothing may be shared on it "
                "from now on."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            # Refused in words (a consent recorded as given on a later day), not with a crash.
            attempt(
                self,
                self.tr("Withdraw consent"),
                lambda: consents.withdraw_consent(vault, consent.id, date.today()),
            )
            self._reload()
