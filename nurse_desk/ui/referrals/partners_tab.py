"""The partner directory: services and the nurse's own contacts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from nurse_desk.domain.errors import NurseDeskError
from nurse_desk.domain.referrals import PartnerRecord, Removal
from nurse_desk.services import partners
from nurse_desk.services.settings import read_settings
from nurse_desk.ui.common.kept_over_lock import no_pupil_place
from nurse_desk.ui.common.text import placed
from nurse_desk.ui.referrals.list_tab import ListTab, sort_initially
from nurse_desk.ui.referrals.partner_dialog import PartnerDialog
from nurse_desk.ui.referrals.table_models import PartnerColumn, PartnerTableModel
from nurse_desk.ui.vault_session import VaultSession


class PartnersTab(ListTab):
    partners_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, session: VaultSession) -> None:
        super().__init__(
            parent,
            session=session,
            model=PartnerTableModel(),
            name="partners",
            stretch_column=PartnerColumn.ORGANISATION,
        )
        self.model.setParent(self)
        self.standard_button = self.add_button("standard_partners_button")
        self.new_button = self.add_button("new_partner_button")
        self.edit_button = self.add_button("edit_partner_button")
        self.remove_button = self.add_button("remove_partner_button")
        self.standard_button.clicked.connect(self._on_standard_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        sort_initially(self, PartnerColumn.NAME)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name, kind, organisation…"))
        self.show_archived.setText(self.tr("Show archived"))
        self.standard_button.setText(self.tr("Add standard services"))
        self.standard_button.setToolTip(
            self.tr("Adds the usual services of the country chosen in Settings that are missing")
        )
        self.new_button.setText(self.tr("&New partner…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self._update()

    def reload(self) -> None:
        self.show_rows(partners.list_partners(self.vault) if self.vault else [])

    def update_buttons(self) -> None:
        partner: PartnerRecord | None = self.selected()
        self.edit_button.setEnabled(partner is not None)
        self.remove_button.setEnabled(partner is not None)
        if partner is not None and partner.archived:
            self.remove_button.setText(self.tr("&Restore"))
        elif partner is not None and partner.referral_count:
            self.remove_button.setText(self.tr("&Archive…"))
        else:
            self.remove_button.setText(self.tr("&Delete…"))

    def _on_new_clicked(self) -> None:
        vault = self.vault
        if vault is None:
            return
        draft = PartnerDialog.ask(self, place=no_pupil_place(vault, "new_partner", None))
        if draft is None or self.vault is None:
            return
        try:
            self._changed(partners.add_partner(self.vault, draft))
        except NurseDeskError as error:
            self.report(self.tr("New partner"), error)

    def edit_selected(self) -> None:
        partner = self.selected()
        if partner is None or self.vault is None:
            return
        place = no_pupil_place(self.vault, "partner", partner.id)
        draft = PartnerDialog.ask(self, partner=partner, place=place)
        if draft is None:
            return
        try:
            partners.update_partner(self.vault, partner.id, draft)
        except NurseDeskError as error:
            self.report(self.tr("Edit partner"), error)
        self._changed(partner.id)

    def _on_remove_clicked(self) -> None:
        partner = self.selected()
        if partner is None or self.vault is None:
            return
        if partner.archived:
            partners.restore_partner(self.vault, partner.id)
            self._changed(partner.id)
            return
        if partner.referral_count:
            question = self.tr(
                "%1 has referrals, so it is archived instead of deleted: hidden from new "
                "referrals, kept in the ones sent. Archive it?"
            )
        else:
            question = self.tr("Delete %1 from the directory?")
        if not self.confirm(self.tr("Partner"), placed(question, partner.name)):
            return
        removal = partners.remove_partner(self.vault, partner.id)
        self._changed(partner.id if removal is Removal.ARCHIVED else None)

    def _on_standard_clicked(self) -> None:
        if self.vault is None:
            return
        added = partners.add_standard_partners(self.vault, read_settings(self.vault).country)
        QMessageBox.information(
            self, self.tr("Partners"), placed(self.tr("Partners added: %1."), str(added))
        )
        self._changed(None)

    def _changed(self, partner_id: int | None) -> None:
        self.reload()
        if partner_id is not None:
            self.select_id(partner_id)
        self.partners_changed.emit()
