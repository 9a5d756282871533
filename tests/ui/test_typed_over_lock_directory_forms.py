"""Ctrl+L (or the idle lock) while adding or editing a partner in the directory or a measure in
the catalogue: what was typed is kept in the vault (for no pupil: they are about none) and comes
back when the nurse opens the same entry, or a new one, again; a form with nothing typed keeps
nothing. The partner is driven through the real window, then the dialogs on their own."""

from __future__ import annotations

from journal_fixtures import vault  # noqa: F401  (pytest fixture)
from lock_fixtures import lock_notes, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from nurse_desk.domain.measures import MeasureDraft
from nurse_desk.domain.referrals import PartnerDraft, PartnerKind
from nurse_desk.services import measures, partners, pending_entries
from nurse_desk.ui.common.kept_over_lock import NO_PUPIL, no_pupil_place
from nurse_desk.ui.referrals.measure_dialog import MeasureDialog
from nurse_desk.ui.referrals.partner_dialog import PartnerDialog
from nurse_desk.ui.workspace import Section

BACK = "What you typed here before the vault locked is back."
KEPT = "what you had typed is kept in the vault. Open it again to go on."


def partners_tab(window):
    window.workspace.show_section(Section.REFERRALS)
    return window.workspace.pages.widget(Section.REFERRALS).partners_tab


# -- through the window ------------------------------------------------------------------------
def test_a_new_partner_typed_when_the_vault_locks_comes_back_in_the_next_new_partner(
    qtbot, demo_window, in_next_modal
):
    tab = partners_tab(demo_window)

    def type_then_lock(dialog) -> None:
        qtbot.keyClicks(dialog.name, "Barnevernet Vest")
        dialog.kind.setCurrentIndex(dialog.kind.findData(PartnerKind.CHILD_WELFARE.value))
        qtbot.keyClicks(dialog.notes, "Ring før kl. 11, spør etter inntaksteamet")
        demo_window.lock_now()

    seen = in_next_modal(type_then_lock)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen["dialog"].objectName() == "partner_dialog"
    qtbot.waitUntil(lambda: not demo_window.findChildren(PartnerDialog))
    unlock(qtbot, demo_window)
    assert f"A partner: {KEPT}" in lock_notes(qtbot)
    tab = partners_tab(demo_window)
    back = {}

    def read_then_save(dialog) -> None:
        back["draft"], back["said"] = dialog.draft(), dialog.brought_back.text()
        dialog.accept()

    in_next_modal(read_then_save)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    typed = PartnerDraft(
        "Barnevernet Vest",
        PartnerKind.CHILD_WELFARE,
        notes="Ring før kl. 11, spør etter inntaksteamet",
    )
    assert back["draft"] == typed and BACK in back["said"]
    added = tab.selected()
    assert (added.name, added.kind, added.notes) == (typed.name, typed.kind, typed.notes)


def test_a_partner_with_nothing_typed_keeps_nothing(qtbot, demo_window, in_next_modal):
    tab = partners_tab(demo_window)
    in_next_modal(lambda dialog: demo_window.lock_now())
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert demo_window.session.vault is None
    unlock(qtbot, demo_window)
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None  # no note: nothing was typed
    taken = pending_entries.take(
        demo_window.session.vault, pupil_id=NO_PUPIL, form="new_partner", subject=NO_PUPIL
    )
    assert taken is None


# -- the dialogs on their own ------------------------------------------------------------------
def test_an_edited_partner_comes_back_on_the_same_partner_only(
    qtbot,
    vault,  # noqa: F811
):
    made = [
        partners.add_partner(vault, PartnerDraft(name, PartnerKind.CHILD_PSYCHIATRY))
        for name in ("BUP Vest", "BUP Øst")
    ]
    listed = {p.id: p for p in partners.list_partners(vault)}

    def edit(partner_id: int) -> PartnerDialog:
        place = no_pupil_place(vault, "partner", partner_id)
        dialog = PartnerDialog(None, partner=listed[partner_id], place=place)
        qtbot.addWidget(dialog)
        return dialog

    first = edit(made[0])
    assert first.keep_before_lock() is None  # as opened: nothing to keep
    first.phone.setText("55 00 00 00")
    first.notes.setPlainText("Ny kontaktperson fra januar")
    typed = first.draft()
    assert f"A partner: {KEPT}" in first.keep_before_lock()
    other = edit(made[1])
    assert other.notes.toPlainText() == "" and other.brought_back.isHidden()
    again = edit(made[0])
    assert again.draft() == typed and again.has_unsaved_words()
    assert BACK in again.brought_back.text() and not again.brought_back.isHidden()
    third = edit(made[0])
    assert third.notes.toPlainText() == ""  # handed back once, then gone from the vault


def test_a_measure_comes_back_new_or_on_the_same_measure(
    qtbot,
    vault,  # noqa: F811
):
    def new() -> MeasureDialog:
        dialog = MeasureDialog(None, place=no_pupil_place(vault, "new_measure", None))
        qtbot.addWidget(dialog)
        return dialog

    first = new()
    assert first.keep_before_lock() is None
    first.name.setText("Søvnkurs")
    first.description.setPlainText("Fire samlinger for elever med søvnvansker")
    typed = first.draft()
    assert f"A measure: {KEPT}" in first.keep_before_lock()
    again = new()
    assert again.draft() == typed and BACK in again.brought_back.text()
    measure_id = measures.add_measure(vault, MeasureDraft("Leksehjelp", "Elever"))
    measure = next(m for m in measures.list_measures(vault) if m.id == measure_id)
    place = no_pupil_place(vault, "measure", measure_id)
    edited = MeasureDialog(None, measure=measure, place=place)
    qtbot.addWidget(edited)
    assert edited.draft() == MeasureDraft("Leksehjelp", "Elever")  # a new one's words: not here
    edited.link.setText("https://kommune.example/leksehjelp")
    typed = edited.draft()
    assert "kept in the vault" in edited.keep_before_lock()
    reopened = MeasureDialog(None, measure=measure, place=place)
    qtbot.addWidget(reopened)
    assert reopened.draft() == typed and reopened.has_unsaved_words()


def test_a_directory_form_opened_without_a_place_still_works_and_keeps_nothing(qtbot):
    """As the tests of the dialogs' layout open them: no vault, nothing to keep it in."""
    dialog = PartnerDialog(None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Helsestasjonen")
    assert dialog.has_unsaved_words()
    assert "could not be kept" in dialog.keep_before_lock()
    assert isinstance(dialog, QDialog)
