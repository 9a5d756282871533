"""The referrals list: every referral sent, its status, and when an answer is due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.referrals import ReferralRecord
from nurse_desk.services import partners, pupils, referrals
from nurse_desk.ui.common.kept_over_lock import PendingPlace, new_entry_place
from nurse_desk.ui.referrals.list_tab import ListTab, sort_initially
from nurse_desk.ui.referrals.referral_dialog import ReferralDialog, ReferralEditDialog, StatusDialog
from nurse_desk.ui.referrals.table_models import ReferralColumn, ReferralTableModel
from nurse_desk.ui.vault_session import VaultSession


def ask_and_send(parent: QWidget, vault, *, pupil_id: int | None = None) -> int | None:
    """The referral form and the sending, shared by this tab and the pupil's page."""
    found = pupils.list_pupils(vault)
    choices = [p for p in found if p.id == pupil_id] if pupil_id is not None else found
    referral = ReferralDialog.ask(
        parent,
        pupils=[p for p in choices if p.active or p.id == pupil_id],
        partners=partners.list_partners(vault, include_archived=False),
        consent_for=lambda pupil, partner, on: referrals.consent_for_referral(
            vault, pupil, partner, on
        ),
        today=date.today(),
        place=new_entry_place(vault, "new_referral", pupil_id),
    )
    if referral is None:
        return None
    return referrals.send_referral(vault, referral)


class ReferralsTab(ListTab):
    referrals_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(
            parent,
            session=session,
            model=ReferralTableModel(),
            name="referrals",
            stretch_column=ReferralColumn.REASON,
        )
        self.model.setParent(self)
        self.new_button = self.add_button("new_referral_button")
        self.edit_button = self.add_button("edit_referral_button")
        self.status_button = self.add_button("referral_status_button")
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self.edit_selected)
        self.status_button.clicked.connect(self._on_status_clicked)
        sort_initially(self, ReferralColumn.SENT, Qt.SortOrder.DescendingOrder)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by pupil, partner, status or reason…"))
        self.show_archived.setText(self.tr("Show closed"))
        self.new_button.setText(self.tr("&New referral…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.status_button.setText(self.tr("Set &status…"))
        self._update()

    def reload(self) -> None:
        self.show_rows(referrals.list_referrals(self.vault) if self.vault else [])

    def update_buttons(self) -> None:
        referral: ReferralRecord | None = self.selected()
        self.new_button.setEnabled(self.vault is not None)
        self.edit_button.setEnabled(referral is not None)
        self.status_button.setEnabled(referral is not None and referral.status.value != "closed")

    def _on_new_clicked(self) -> None:
        if self.vault is None:
            return
        try:
            referral_id = ask_and_send(self, self.vault)
        except NurseDeskError as error:
            self.report(self.tr("New referral"), error)
            return
        if referral_id is not None:
            self._changed(referral_id)

    def edit_selected(self) -> None:
        referral = self.selected()
        if self.vault is None or referral is None:
            return
        place = PendingPlace(self.vault, referral.pupil_id, "referral", referral.id)
        change = ReferralEditDialog.edit(self, referral=referral, place=place)
        if change is None:
            return
        try:
            referrals.change_referral(
                self.vault,
                referral.id,
                reason=change.reason,
                expected_answer_on=change.expected_answer_on,
            )
        except NurseDeskError as error:
            self.report(self.tr("Edit referral"), error)
        self._changed(referral.id)

    def _on_status_clicked(self) -> None:
        referral = self.selected()
        if self.vault is None or referral is None:
            return
        answer = StatusDialog.ask(self, referral=referral, today=date.today())
        if answer is None:
            return
        try:
            referrals.set_referral_status(self.vault, referral.id, *answer)
        except NurseDeskError as error:
            self.report(self.tr("Referral status"), error)
        self._changed(referral.id)

    def _changed(self, referral_id: int) -> None:
        self.reload()
        self.select_id(referral_id)
        self.referrals_changed.emit()
