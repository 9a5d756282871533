"""The Referrals section (referrals, partners, measures) and the pupil page's referral panel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from nurse_desk.domain.consent import (
    ConsentGiver,
    ConsentMethod,
    ConsentMissing,
    ConsentPurpose,
    ConsentRecord,
)
from nurse_desk.domain.import_values import LineError, Problem
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.referrals import NewReferral, PartnerKind, ReferralStatus
from nurse_desk.services import consents, journal, measures, partners, pupils, referrals
from nurse_desk.ui.importing.wording import line_error_text
from nurse_desk.ui.journal.timeline_model import ITEM_ROLE
from nurse_desk.ui.messages import describe
from nurse_desk.ui.referrals.measure_dialog import MeasurePickerDialog
from nurse_desk.ui.referrals.referral_dialog import ReferralDialog
from nurse_desk.ui.referrals.table_models import RECORD_ROLE
from nurse_desk.ui.workspace import Section


@pytest.fixture
def demo_window(make_window):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.REFERRALS)
    return window


@pytest.fixture
def page(demo_window):
    return demo_window.workspace.pages.widget(Section.REFERRALS)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    return shown


def _shown(tab) -> list:
    return [tab.proxy.index(r, 0).data(RECORD_ROLE) for r in range(tab.proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, page):
    for tab in page.all_tabs():
        assert tab.model.rowCount() > 0
        qtmodeltester.check(tab.model)
        qtmodeltester.check(tab.proxy)


def test_referrals_tab_hides_closed_ones_until_asked_and_filters(qtbot, page):
    tab = page.referrals_tab
    assert {r.status for r in _shown(tab)} == {
        ReferralStatus.SENT,
        ReferralStatus.ACKNOWLEDGED,
        ReferralStatus.ANSWERED,
    }
    tab.show_archived.setChecked(True)
    assert ReferralStatus.CLOSED in {r.status for r in _shown(tab)}
    qtbot.keyClicks(tab.filter, "fysio")
    assert _shown(tab) and all(r.partner_name == "Fysioterapeut" for r in _shown(tab))


@pytest.fixture
def nav_referral(page, monkeypatch) -> int:
    """The referral form stands in with a referral to NAV for a pupil with no NAV consent
    (the demo records no NAV consents); returns the pupil's id."""
    vault = page.referrals_tab.vault
    pupil_id = pupils.list_pupils(vault)[0].id
    nav = next(p for p in partners.list_partners(vault) if p.name == "NAV")
    monkeypatch.setattr(
        ReferralDialog,
        "ask",
        classmethod(lambda cls, *a, **k: NewReferral(pupil_id, nav.id, date.today(), "Grunn")),
    )
    return pupil_id


def test_new_referral_without_consent_is_refused_with_a_message(page, nav_referral, warnings):
    before = page.referrals_tab.model.rowCount()
    page.referrals_tab.new_button.click()
    assert warnings == [describe(ConsentMissing(ConsentPurpose.CONTACT_PARTNER, "NAV"))]
    assert page.referrals_tab.model.rowCount() == before


def test_new_referral_with_consent_is_listed_and_selected(page, nav_referral, warnings):
    consents.record_consent(
        page.referrals_tab.vault,
        ConsentRecord(
            0, nav_referral, ConsentGiver.GUARDIAN, "", ConsentPurpose.CONTACT_PARTNER, "NAV",
            ConsentMethod.ORAL, date.today(), None, None, "",
        ),
    )  # fmt: skip
    page.referrals_tab.new_button.click()
    assert warnings == []
    chosen = page.referrals_tab.selected()
    assert (chosen.pupil_id, chosen.partner_name) == (nav_referral, "NAV")


def test_referral_form_saves_only_with_consent_and_a_reason(qtbot, page):
    vault = page.referrals_tab.vault
    pupil = pupils.list_pupils(vault)[0]
    found = [p for p in partners.list_partners(vault) if p.name in ("BUP", "PPT")]
    consents_by_partner = {"PPT": ConsentRecord(
        1, pupil.id, ConsentGiver.BOTH, "", ConsentPurpose.CONTACT_PARTNER, "PPT",
        ConsentMethod.WRITTEN, date(2026, 9, 1), None, None, "",
    )}  # fmt: skip
    dialog = ReferralDialog(
        None,
        pupils=[pupil],
        partners=found,
        consent_for=lambda _pupil, partner, _on: consents_by_partner.get(partner),
        today=date(2026, 11, 23),
    )
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.partner.setCurrentIndex(
        dialog.partner.findText("BUP", flags=Qt.MatchFlag.MatchStartsWith)
    )
    dialog.reason.setPlainText("Søvnvansker over tid")
    assert not save.isEnabled()
    dialog.partner.setCurrentIndex(
        dialog.partner.findText("PPT", flags=Qt.MatchFlag.MatchStartsWith)
    )
    assert save.isEnabled()
    made = dialog.referral()
    assert made.expected_answer_on == date(2026, 12, 21)
    assert made.reason == "Søvnvansker over tid"


def test_partner_with_referrals_is_archived_after_confirming(page, monkeypatch):
    tab = page.partners_tab
    used = next(p for p in _shown(tab) if p.referral_count)
    tab.select_id(used.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.remove_button.click()
    assert used.id in {p.id for p in _shown(tab)}  # said no: nothing happened
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.remove_button.click()
    assert used.id not in {p.id for p in _shown(tab)}
    kept = next(p for p in partners.list_partners(tab.vault) if p.id == used.id)
    assert kept.archived
    tab.show_archived.setChecked(True)
    tab.select_id(used.id)
    tab.remove_button.click()  # now "Restore"
    assert not next(p for p in partners.list_partners(tab.vault) if p.id == used.id).archived


def test_local_contact_added_through_the_dialog(qtbot, page, in_next_modal):
    tab = page.partners_tab

    def fill(dialog) -> None:
        dialog.name.setText("Skolepsykolog Anna")
        dialog.phone.setText("000 00 009")
        dialog.accept()

    in_next_modal(fill)
    tab.new_button.click()
    added = tab.selected()
    assert (added.name, added.kind, added.phone) == (
        "Skolepsykolog Anna",
        PartnerKind.LOCAL_CONTACT,
        "000 00 009",
    )


def test_bad_measures_file_shows_the_line_and_adds_nothing(page, tmp_path, warnings):
    tab = page.measures_tab
    before = tab.model.rowCount()
    bad = tmp_path / "tiltak.csv"
    bad.write_bytes("Tiltak;Målgruppe\nLeksehjelp;Elever\n;Foreldre\n".encode("cp1252"))
    tab.import_file(bad)
    assert warnings[-1].splitlines()[1:] == [
        line_error_text(LineError(3, "Tiltak", Problem.REQUIRED))
    ]
    assert tab.model.rowCount() == before
    good = tmp_path / "good.csv"
    good.write_bytes("\ufeffTiltak;Målgruppe\nLeksehjelp;Elever\nSøvnkurs;Ungdom\n".encode())
    tab.import_file(good)
    assert tab.model.rowCount() == before + 2


def test_pupil_page_shows_referrals_and_cites_a_measure(qtbot, demo_window, monkeypatch):
    vault = demo_window.session.vault
    referral = referrals.list_referrals(vault)[0]
    pupils_page = demo_window.workspace.pupils_page
    demo_window.workspace.show_section(Section.PUPILS)
    pupils_page.open_pupil(referral.pupil_id)
    pupil_page = pupils_page.pupil_page
    panel = pupil_page.referrals_panel
    assert referral.partner_name in panel.referrals_label.text()
    note = journal_note(vault, referral.pupil_id)
    pupil_page.show_pupil(referral.pupil_id)
    for row in range(pupil_page.model.rowCount()):
        index = pupil_page.model.index(row, 0)
        if pupil_page.model.data(index, ITEM_ROLE).ref_id == note:
            pupil_page.timeline.setCurrentIndex(index)
            break
    measure = measures.list_measures(vault)[0]
    monkeypatch.setattr(MeasurePickerDialog, "choose", classmethod(lambda cls, *a, **k: measure.id))
    assert panel.cite_button.isEnabled()
    panel.cite_button.click()
    assert measure.name in panel.measures_label.text()
    assert measure.id in [m.id for m in measures.measures_of_notes(vault, [note])[note]]


def journal_note(vault, pupil_id: int) -> int:
    return journal.save_draft(
        vault, NoteDraft(pupil_id, datetime(2026, 11, 2, 10, 0), NoteKind.PLANNED)
    ).id


def test_lock_drops_everything_shown(page):
    page.clear_pupil_data()
    assert all(tab.model.rowCount() == 0 for tab in page.all_tabs())


def test_referral_sent_elsewhere_shows_when_the_section_is_opened_again(
    demo_window, page, nav_referral
):
    vault = page.referrals_tab.vault
    consents.record_consent(
        vault,
        ConsentRecord(
            0,
            nav_referral,
            ConsentGiver.BOTH,
            "",
            ConsentPurpose.CONTACT_PARTNER,
            "NAV",
            ConsentMethod.ORAL,
            date.today(),
            None,
            None,
            "",
        ),
    )  # fmt: skip  (pupil and guardians: it holds at any age, whoever the rule lets decide)
    demo_window.workspace.show_section(Section.PUPILS)
    before = page.referrals_tab.model.rowCount()
    referrals.send_referral(vault, ReferralDialog.ask(None))
    demo_window.workspace.show_section(Section.REFERRALS)
    assert page.referrals_tab.model.rowCount() == before + 1
