"""On the pupil's page: the pupil's referrals where they stand, a button to refer, and the
measures the chosen note cites with a button to cite one more (the page lays these out).

It shows what the page read (one unit of work for the whole page); after referring or citing it
tells the page, which reads again."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.measures import MeasureRecord
from nurse_desk.domain.referrals import ReferralRecord
from nurse_desk.services import measures
from nurse_desk.ui.common.language_aware import LanguageAware
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.journal.wording import day_text
from nurse_desk.ui.messages import describe
from nurse_desk.ui.referrals.measure_dialog import MeasurePickerDialog
from nurse_desk.ui.referrals.referrals_tab import ask_and_send
from nurse_desk.ui.referrals.wording import word
from nurse_desk.ui.vault_session import VaultSession


class PupilReferralsPanel(LanguageAware, QWidget):
    referral_sent = Signal(int)
    measure_cited = Signal()

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(parent)
        self._session = session
        self._pupil_id: int | None = None
        self._note_id: int | None = None
        self._referrals: tuple[ReferralRecord, ...] = ()
        self._cited: tuple[MeasureRecord, ...] = ()
        self.referrals_label = QLabel(objectName="pupil_referrals")
        self.referrals_label.setTextFormat(Qt.TextFormat.RichText)
        self.referrals_label.setWordWrap(True)
        self.refer_button = QPushButton(objectName="refer_pupil_button")
        self.measures_label = QLabel(objectName="note_measures")
        self.measures_label.setWordWrap(True)
        self.cite_button = QPushButton(objectName="cite_measure_button")
        # The page places the buttons and the measures line with its own (uncluttered).
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.referrals_label, 1)
        self.refer_button.clicked.connect(self._on_refer_clicked)
        self.cite_button.clicked.connect(self._on_cite_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.refer_button.setText(self.tr("&Refer…"))
        self.refer_button.setToolTip(
            self.tr("Send a referral to a partner (needs the pupil's consent for that partner)")
        )
        self.cite_button.setText(self.tr("Cite &measure…"))
        self.cite_button.setToolTip(self.tr("Link a measure from the catalogue to this note"))
        self._show()

    def show_for(
        self,
        pupil_id: int | None,
        referrals: Sequence[ReferralRecord] = (),
        note_id: int | None = None,
        cited: Sequence[MeasureRecord] = (),
    ) -> None:
        """The pupil's referrals and the chosen note's measures, as the page read them."""
        self._pupil_id, self._note_id = pupil_id, note_id
        self._referrals, self._cited = tuple(referrals), tuple(cited)
        self._show()

    def clear_pupil_data(self) -> None:
        self.show_for(None)

    def _show(self) -> None:
        vault = self._session.vault
        self.refer_button.setEnabled(vault is not None and self._pupil_id is not None)
        self.cite_button.setEnabled(vault is not None and self._note_id is not None)
        if vault is None or self._pupil_id is None:
            self.referrals_label.clear()
            self.measures_label.clear()
            return
        found = self._referrals
        parts = [
            f"<b>{escape(r.partner_name)}</b> {escape(word(r.status).lower())} "
            f"{escape(day_text(r.status_on))}"
            for r in found
        ]
        self.referrals_label.setText(
            escape(self.tr("Referrals:")) + " " + (" · ".join(parts) or escape(self.tr("none")))
        )
        cited = self._cited if self._note_id is not None else ()
        self.measures_label.setText(
            placed(self.tr("Measures in this note: %1"), ", ".join(m.name for m in cited))
            if cited
            else ""
        )

    def _on_refer_clicked(self) -> None:
        vault = self._session.vault
        if vault is None or self._pupil_id is None:
            return
        try:
            referral_id = ask_and_send(self, vault, pupil_id=self._pupil_id)
        except NurseDeskError as error:
            QMessageBox.warning(self, self.tr("Referral"), describe(error))
            return
        if referral_id is not None:
            self.referral_sent.emit(referral_id)

    def _on_cite_clicked(self) -> None:
        vault = self._session.vault
        if vault is None or self._note_id is None:
            return
        chosen = MeasurePickerDialog.choose(
            self, measures=measures.list_measures(vault, include_archived=False)
        )
        if chosen is not None:
            measures.cite_in_note(vault, chosen, self._note_id)
            self.measure_cited.emit()
