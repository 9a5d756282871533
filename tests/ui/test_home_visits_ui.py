"""The Home visits page, the plan dialog's readiness line, documenting and the sheet."""

from __future__ import annotations

import os
from datetime import date, time
from pathlib import Path

import pytest
from journal_fixtures import pupil_id, vault  # noqa: F401  (pytest fixtures)
from PySide6.QtCore import QDate, Qt, QTime
from visit_fixtures import TODAY, VISIT_DAY, full_plan, home_visit_consent

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import ConsentPurpose
from nurse_desk.domain.disclosure import DisclosureReason
from nurse_desk.domain.home_visits import (
    MissingItem,
    Notice,
    VisitDocumentation,
    VisitStatus,
    VisitSummary,
)
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, consents, home_visits, journal, pupils
from nurse_desk.ui.common.pdf_preview import PdfPreviewDialog, Released
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits import visits_page as page_module
from nurse_desk.ui.visits.documentation_dialog import DocumentationDialog
from nurse_desk.ui.visits.sheet_options_dialog import SheetChoice, SheetOptionsDialog
from nurse_desk.ui.visits.visit_dialog import VisitDialog
from nurse_desk.ui.visits.visit_table_model import (
    VisitFilterProxyModel,
    VisitTableModel,
    VisitTime,
)
from nurse_desk.ui.visits.wording import missing_text

# Screenshots to look at, when asked for: NURSE_DESK_SHOTS=/some/folder pytest tests/ui/…
SHOTS = os.environ.get("NURSE_DESK_SHOTS", "")


def summary(visit_id: int, day: date, status: VisitStatus, name: str = "Emil Aasen"):
    missing = (MissingItem.CONSENT,) if status is VisitStatus.DRAFT else ()
    return VisitSummary(visit_id, 1, name, day, time(10), 60, status, missing)


def shoot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def session(qtbot, vault):  # noqa: F811
    holder = VaultSession(path=vault.path)
    holder.adopt(vault)
    return holder


@pytest.fixture
def page(qtbot, session):
    widget = page_module.HomeVisitsPage(session=session, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1000, 640)
    widget.show()
    return widget


def test_the_visit_model_passes_the_model_tester(qtmodeltester):
    model = VisitTableModel()
    model.set_rows([summary(1, VISIT_DAY, VisitStatus.READY), summary(2, TODAY, VisitStatus.DRAFT)])
    qtmodeltester.check(model)


def test_the_filter_splits_upcoming_from_past_and_by_status_and_name(qtbot):
    model = VisitTableModel()
    model.set_rows(
        [
            summary(1, VISIT_DAY, VisitStatus.READY),
            summary(2, date(2026, 10, 1), VisitStatus.DOCUMENTED, "Ida Berg"),
            summary(3, date(2026, 11, 1), VisitStatus.DONE, "Ola Vik"),  # past, not documented
        ]
    )
    proxy = VisitFilterProxyModel(today=TODAY)
    proxy.setSourceModel(model)

    def shown() -> list[int]:
        return sorted(proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).visit_id
                      for r in range(proxy.rowCount()))  # fmt: skip

    assert shown() == [1, 3]
    proxy.set_time(VisitTime.PAST)
    assert shown() == [2, 3]
    proxy.set_time(VisitTime.ALL)
    proxy.set_status(VisitStatus.DOCUMENTED)
    assert shown() == [2]
    proxy.set_status(None)
    proxy.set_query("vik")
    assert shown() == [3]


def test_the_plan_dialog_says_what_is_missing_and_updates_as_the_nurse_types(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    empty = VisitDialog(None, vault=vault, today=TODAY, pupils=[])
    qtbot.addWidget(empty)
    assert empty.plan() is None  # no pupil chosen yet: nothing to judge
    visit = home_visits.plan_visit(
        vault, full_plan(pupil_id, notice=Notice(), purposes=frozenset(), purpose_text="")
    )
    dialog = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    qtbot.addWidget(dialog)
    dialog.show()
    everything = (MissingItem.NOTICE, MissingItem.CONSENT, MissingItem.PURPOSE)
    assert dialog.missing == everything
    assert missing_text(everything) in dialog.readiness.text()
    dialog.form.notice_given.setChecked(True)
    dialog.form.purpose_text.setText("Bli kjent med familien")
    assert dialog.missing == (MissingItem.CONSENT,)
    shoot(dialog, "plan_dialog_missing")
    consents.record_consent(vault, home_visit_consent(pupil_id))
    dialog._use_context(home_visits.visit_context(vault, pupil_id))
    assert dialog.missing == ()
    dialog.form.setCurrentIndex(1)
    shoot(dialog, "plan_dialog_home_and_notice")


def test_a_new_plan_is_filled_from_a_template_and_saved(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    from nurse_desk.services import pupils

    dialog = VisitDialog(
        None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault), pupil_id=pupil_id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.home_of.currentText() == "Anne Aasen"
    dialog.template.setCurrentIndex(dialog.template.findText("Long-term absence"))  # in English
    dialog.fill_button.click()
    assert dialog.form.observations.items()[0] == "Barnets rom og soveforhold"
    dialog.form.standard_button.click()
    dialog.form.day.setDate(QDate(2026, 12, 3))
    dialog.form.start.setTime(QTime(13, 30))  # a new plan starts with no time chosen
    dialog.form.address.setText("Granlyveien 12")
    dialog.form.companions.add(None)
    dialog.form.companions.table.item(0, 1).setText("Per Lunde")
    dialog.form.setCurrentIndex(3)
    shoot(dialog, "plan_dialog_conversation")
    dialog._on_save_clicked()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = home_visits.get_visit(vault, dialog.saved.id)
    assert saved.plan.planned_on == date(2026, 12, 3) and saved.plan.address == "Granlyveien 12"
    assert saved.plan.starts_at == time(13, 30)
    assert saved.plan.companions[0].name == "Per Lunde"
    assert len(saved.plan.observation_points) > 4 and saved.status is VisitStatus.DRAFT


def test_the_page_lists_visits_marks_one_ready_and_documents_it(
    qtbot,
    page,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    monkeypatch,
):
    consents.record_consent(vault, home_visit_consent(pupil_id))
    ready = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    home_visits.plan_visit(vault, full_plan(pupil_id, notice=Notice()), today=TODAY)
    page.reload(select=ready.id)
    assert page.proxy.rowCount() == 2
    assert page.current_visit().visit_id == ready.id
    assert page.ready_button.isEnabled() and not page.document_button.isEnabled()
    page.ready_button.click()
    assert page.current_visit().status is VisitStatus.READY
    shoot(page, "visits_page")
    plan = ready.plan
    typed = VisitDocumentation(summary="Godt besøk")
    monkeypatch.setattr(  # the dialog saves through `save` before it closes
        DocumentationDialog,
        "document",
        classmethod(lambda cls, parent, *, save, **kw: (save(typed), typed)[1]),
    )
    page.document_button.click()
    done = home_visits.get_visit(vault, ready.id)
    assert done.status is VisitStatus.DOCUMENTED and plan == done.plan
    assert journal.get_note(vault, done.note_id).assessment == "Godt besøk"
    page.time_filter.setCurrentIndex(2)
    page.status_filter.setCurrentIndex(page.status_filter.findData("documented"))
    assert page.proxy.rowCount() == 1


def test_withdrawing_the_consent_on_the_pupil_page_leaves_the_visit_a_draft_here(
    qtbot,
    page,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    consents.record_consent(vault, home_visit_consent(pupil_id))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    home_visits.mark_ready(vault, visit.id, today=TODAY)
    consents.withdraw_consent(vault, consents.consents_of(vault, pupil_id)[0].id, TODAY)
    page.reload(select=visit.id)
    shown = page.current_visit()
    assert shown.status is VisitStatus.DRAFT and shown.missing == (MissingItem.CONSENT,)
    assert not page.done_button.isEnabled() and not page.document_button.isEnabled()


def test_the_documentation_dialog_reads_ticks_notes_answers_and_follow_ups(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    dialog = DocumentationDialog(None, visit=visit, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.observations.item(0, 0).setCheckState(Qt.CheckState.Checked)
    dialog.observations.item(0, 1).setText("Eget rom, mørkt og rolig")
    dialog.answers.item(0, 1).setText("Etter høstferien")
    dialog.add_follow_up(None)
    dialog.follow_ups.item(0, 1).setText("Ring mor")
    dialog.add_follow_up(None)  # an empty line is no follow-up
    shoot(dialog, "documentation_dialog")
    documentation = dialog.documentation()
    assert documentation.observations[0].observed and not documentation.observations[1].observed
    assert documentation.observations[0].note == "Eget rom, mørkt og rolig"
    assert documentation.answers[0].answer == "Etter høstferien"
    assert [f.what for f in documentation.follow_ups] == ["Ring mor"]


def test_printing_from_the_page_shows_the_preview_and_logs_each_release(
    qtbot,
    page,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    monkeypatch,
):
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    page.reload(select=visit.id)
    shown = {}

    def fake_show(cls, parent, *, pdf, title, file_name, on_released, **asking):
        shown.update(pdf=pdf, file_name=file_name, **asking)
        on_released(Released.PRINTED, "Office printer", "Forberede besøket")

    monkeypatch.setattr(
        SheetOptionsDialog, "ask", classmethod(lambda cls, parent, **kw: SheetChoice(True))
    )
    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", classmethod(fake_show))
    page.print_button.click()
    assert shown["pdf"].startswith(b"%PDF") and "Aasen" not in shown["file_name"]
    prints = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.PRINT)
    assert [entry.detail for entry in prints] == [
        f"visit {visit.id} sheet, private, printed; reason: Forberede besøket"
    ]
    assert shown["needs_reason"] and shown["reason_preset"] is DisclosureReason.HOME_VISIT


def named_sheet_for_ppt_warns(page, monkeypatch) -> list[str]:
    """Asks for a named sheet for PPT Bærum from the page; the warnings shown instead."""
    warnings = []
    monkeypatch.setattr(
        SheetOptionsDialog,
        "ask",
        classmethod(lambda cls, parent, **kw: SheetChoice(False, "PPT Bærum")),
    )
    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", classmethod(lambda *a, **k: 1 / 0))
    monkeypatch.setattr(
        page_module.QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
    )
    page.print_button.click()
    return warnings


def test_a_named_sheet_for_outside_use_without_consent_is_stopped_with_words(
    qtbot,
    page,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    monkeypatch,
):
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    page.reload(select=visit.id)
    warnings = named_sheet_for_ppt_warns(page, monkeypatch)
    assert len(warnings) == 1
    assert access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.PRINT) == []


def test_a_sheet_with_a_sibling_saved_from_the_page_is_an_export_for_both_children(
    qtbot,
    page,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    monkeypatch,
):
    ida = pupils.add_pupil(vault, NewPupil("Ida", "Aasen", date(2015, 3, 2), "Solbakken", "5A"))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id, sibling_ids=(ida,)), today=TODAY)
    page.reload(select=visit.id)

    def fake_show(cls, parent, *, on_released, **_asking):
        on_released(Released.SAVED, "/tmp/home-visit.pdf", "Forberede besøket")

    monkeypatch.setattr(
        SheetOptionsDialog, "ask", classmethod(lambda cls, parent, **kw: SheetChoice(False))
    )
    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", classmethod(fake_show))
    page.print_button.click()
    assert access.log_entries(vault, action=AccessAction.PRINT) == []
    saved = access.log_entries(vault, action=AccessAction.EXPORT)
    assert sorted((e.pupil_id, e.detail) for e in saved) == sorted(
        [
            (pupil_id, f"visit {visit.id} sheet, named, saved; reason: Forberede besøket"),
            (ida, f"visit {visit.id} sheet, named, saved, as sibling; reason: Forberede besøket"),
        ]
    )


def test_a_named_sheet_for_a_partner_without_the_siblings_consent_says_so(
    qtbot,
    page,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    monkeypatch,
):
    ida = pupils.add_pupil(vault, NewPupil("Ida", "Aasen", date(2015, 3, 2), "Solbakken", "5A"))
    consents.record_consent(
        vault,
        home_visit_consent(pupil_id, purpose=ConsentPurpose.CONTACT_PARTNER, partner="PPT Bærum"),
    )
    visit = home_visits.plan_visit(vault, full_plan(pupil_id, sibling_ids=(ida,)), today=TODAY)
    page.reload(select=visit.id)
    warnings = named_sheet_for_ppt_warns(page, monkeypatch)
    assert len(warnings) == 1 and "sibling" in warnings[0]
    refused = access.log_entries(vault, action=AccessAction.SHARE_REFUSED)
    assert [e.pupil_id for e in refused] == [ida]


def test_a_named_sheet_printed_for_a_partner_from_the_page_logs_whom_it_was_for(
    qtbot,
    page,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    monkeypatch,
):
    consents.record_consent(
        vault,
        home_visit_consent(pupil_id, purpose=ConsentPurpose.CONTACT_PARTNER, partner="PPT Bærum"),
    )
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    page.reload(select=visit.id)

    def fake_show(cls, parent, *, on_released, **_asking):
        on_released(Released.PRINTED, "Office printer", "samarbeid")

    monkeypatch.setattr(
        SheetOptionsDialog,
        "ask",
        classmethod(lambda cls, parent, **kw: SheetChoice(False, "PPT Bærum")),
    )
    monkeypatch.setattr(PdfPreviewDialog, "show_pdf", classmethod(fake_show))
    page.print_button.click()
    prints = access.log_entries(vault, pupil_id=pupil_id, action=AccessAction.PRINT)
    assert [entry.detail for entry in prints] == [
        f"visit {visit.id} sheet, named, printed, for PPT Bærum; reason: samarbeid"
    ]


def test_the_sheet_options_need_a_recipient_for_outside_use(qtbot):
    dialog = SheetOptionsDialog(None, private=True, partners=["PPT Bærum"])
    qtbot.addWidget(dialog)
    assert dialog.choice() == SheetChoice(True, "")
    dialog.outside.setChecked(True)
    dialog.partner.setCurrentText("")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.partner.setCurrentText("PPT Bærum")
    dialog.private.setChecked(False)
    assert dialog.choice() == SheetChoice(False, "PPT Bærum")


def test_every_home_visit_value_has_words_on_screen():
    from nurse_desk.ui.visits import wording

    for enum_type, words in wording._WORDS.items():
        assert set(words) == set(enum_type)
        assert all(wording.visit_word(value) for value in enum_type)


def test_the_settings_checkbox_keeps_the_private_default_in_the_vault(
    qtbot,
    session,
    vault,  # noqa: F811
):
    from nurse_desk.services.settings import prints_private_by_default
    from nurse_desk.ui.settings.print_privacy import PrintPrivacyCheckBox

    box = PrintPrivacyCheckBox(session=session)
    qtbot.addWidget(box)
    box.reload()
    assert not box.isChecked()
    box.setChecked(True)
    assert prints_private_by_default(vault)
    again = PrintPrivacyCheckBox(session=session)
    qtbot.addWidget(again)
    again.reload()
    assert again.isChecked()


def test_the_page_reads_what_is_missing_afresh_when_shown(
    qtbot,
    page,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    page.reload(select=visit.id)
    assert page.current_visit().missing == (MissingItem.CONSENT,)
    page.hide()
    consents.record_consent(vault, home_visit_consent(pupil_id))  # on the pupil's page
    page.show()
    assert page.current_visit().missing == ()


@pytest.mark.parametrize("language", ("en", "nb", "sv"))
def test_every_visit_dialog_opens_in_every_language(
    qtbot,
    language,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
):
    from nurse_desk.ui.i18n import Translations

    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    translations = Translations()
    assert translations.apply(language)
    try:
        dialogs = [
            VisitDialog(None, vault=vault, today=TODAY, visit=visit),
            VisitDialog(None, vault=vault, today=TODAY, pupils=[]),
            DocumentationDialog(None, visit=visit, today=TODAY),
            SheetOptionsDialog(None, private=False, partners=["PPT"]),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.isVisible() and dialog.windowTitle()
        english = {
            "Home visit: Emil Aasen",
            "New home visit",
            "Document the visit: Emil Aasen",
            "Preparation sheet",
        }
        translated = {d.windowTitle() for d in dialogs} - english
        assert len(translated) == (0 if language == "en" else len(dialogs))
    finally:
        translations.apply("en")


GIVEN_BY = {
    "en": "by a guardian (Anne Aasen), oral",
    "nb": "av en foresatt (Anne Aasen), muntlig",
    "sv": "av en vårdnadshavare (Anne Aasen), muntligt",
}


def test_the_plan_dialog_names_who_gave_the_consent_in_a_sentence(
    qtbot,
    vault,  # noqa: F811
    pupil_id,  # noqa: F811
    language,
):
    consents.record_consent(vault, home_visit_consent(pupil_id))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    dialog = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    qtbot.addWidget(dialog)
    assert GIVEN_BY[language] in dialog.form.consent_status.text()
