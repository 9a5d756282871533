"""Nothing the nurse typed is dropped without a word: a half-filled row, a field that does not
read as what it asks for, is refused at the field in her language, and the form stays open with
what she typed. Widgets are found by attribute or objectName, never by their text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from journal_fixtures import pupil_id  # noqa: F401  (pytest fixture)
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox
from visit_dialogs import plan_dialog
from visit_fixtures import TODAY, full_plan, home_visit_consent

from nurse_desk.domain import errors
from nurse_desk.domain.consent import ConsentGiver, ConsentMethod, ConsentPurpose, ConsentRecord
from nurse_desk.domain.home_visits import Companion, CompanionRole, VisitStatus
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.referrals import PartnerKind, PartnerRecord
from nurse_desk.services import consents, home_visits, journal, pupils
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.referrals.referral_dialog import ReferralDialog
from nurse_desk.ui.vault_session import VaultSession
from nurse_desk.ui.visits import visits_page as page_module
from nurse_desk.ui.visits.documentation_dialog import DocumentationDialog
from nurse_desk.ui.visits.visit_dialog import VisitDialog

COMPANION_NO_NAME = {
    "en": "Row 2 of who comes along has no name",
    "nb": "Rad 2 av dem som blir med, mangler navn",
    "sv": "Rad 2 av dem som följer med saknar namn",
}
FROM_THE_LIST = {
    "en": "Choose a pupil from the list",
    "nb": "Velg en elev fra listen",
    "sv": "Välj en elev i listan",
}


def saved(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize("typed", ["phone", "organisation", "role", "confirmed"])
def test_a_companion_row_without_a_name_is_said_at_the_table_not_dropped(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    language,
    typed,
):
    dialog = plan_dialog(qtbot, vault, pupil_id)
    companions = dialog.form.companions
    companions.add(Companion(CompanionRole.DOCTOR, "Per Lunde"))
    companions.add(None)
    if typed == "phone":
        companions.table.item(1, 3).setText("912 34 567")
    elif typed == "organisation":
        companions.table.item(1, 2).setText("Tolketjenesten")
    elif typed == "role":
        role = companions.table.cellWidget(1, 0)
        role.setCurrentIndex(role.findData(CompanionRole.INTERPRETER.value))
    else:
        companions.table.item(1, 4).setCheckState(Qt.CheckState.Checked)
    dialog.form.setCurrentIndex(0)
    dialog._on_save_clicked()
    assert dialog.isVisible() and not saved(dialog)
    assert home_visits.list_visits(vault) == []
    assert dialog.form.currentWidget().isAncestorOf(companions)
    assert companions.problem.isVisible()
    assert COMPANION_NO_NAME[language] in companions.problem.text()
    assert (companions.table.currentRow(), companions.table.currentColumn()) == (1, 1)
    companions.table.item(1, 1).setText("Ali Haddad")
    dialog._on_save_clicked()
    assert saved(dialog)
    plan = home_visits.get_visit(vault, dialog.saved.id).plan
    assert [c.name for c in plan.companions] == ["Per Lunde", "Ali Haddad"]


def test_an_added_companion_row_left_empty_is_no_person_and_no_problem(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    dialog = plan_dialog(qtbot, vault, pupil_id)
    dialog.form.companions.add(None)
    dialog.form.companions.table.item(0, 1).setText("   ")  # spaces are no name, and nothing
    dialog._on_save_clicked()
    assert saved(dialog)
    assert home_visits.get_visit(vault, dialog.saved.id).plan.companions == ()


def test_a_phone_typed_for_a_companion_without_a_name_counts_as_unsaved(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    dialog = plan_dialog(qtbot, vault, pupil_id)
    dialog._as_opened = dialog._typed()
    dialog.form.companions.add(None)
    assert not dialog.has_unsaved_words()  # an empty row is nothing typed
    dialog.form.companions.table.item(0, 3).setText("912 34 567")
    assert dialog.has_unsaved_words()  # Esc asks before the number is thrown away


@pytest.fixture
def ada(vault, pupil_id):  # noqa: F811
    return pupils.add_pupil(vault, NewPupil("Ada", "Aaberg", date(2013, 2, 1), "Granly", "7A"))


def test_a_plan_is_not_saved_for_the_pupil_chosen_before_other_words_were_typed(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    ada,
    language,
    monkeypatch,
):
    """She chose Ada, then typed another name over it without picking it from the list: the
    plan was saved for Ada while the field showed the other name."""
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    dialog = VisitDialog(None, vault=vault, today=TODAY, pupils=pupils.list_pupils(vault))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.day.setDate(QDate(2026, 12, 3))
    dialog.form.start.setTime(QTime(13, 30))
    dialog.pupil.setCurrentIndex(dialog.pupil.findData(ada))
    dialog.pupil.lineEdit().setText("Aasen, Emi")  # Emil's line, not finished nor picked
    dialog._on_save_clicked()
    assert not saved(dialog) and home_visits.list_visits(vault) == []
    assert len(said) == 1 and FROM_THE_LIST[language] in said[0]
    assert dialog.pupil.currentText() == "Aasen, Emi"  # what she typed, kept
    dialog.pupil.lineEdit().setText(dialog.pupil.itemText(dialog.pupil.findData(pupil_id)))
    dialog._on_save_clicked()  # a line typed in full counts as picked
    assert saved(dialog) and dialog.saved.plan.pupil_id == pupil_id


def test_a_referral_is_not_made_for_the_pupil_chosen_before_other_words_were_typed(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    ada,
    language,
):
    both = pupils.list_pupils(vault)
    ppt = PartnerRecord(7, "PPT", PartnerKind.EDUCATIONAL_PSYCHOLOGY, "", "", "", "", "", False)
    consent = ConsentRecord(
        1, ada, ConsentGiver.BOTH, "", ConsentPurpose.CONTACT_PARTNER, "PPT",
        ConsentMethod.WRITTEN, date(2026, 9, 1), None, None, "",
    )  # fmt: skip
    dialog = ReferralDialog(
        None,
        pupils=both,
        partners=[ppt],
        consent_for=lambda pupil, _partner, _on: consent if pupil == ada else None,
        today=date(2026, 11, 23),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.pupil.setCurrentIndex(dialog.pupil.findData(ada))
    dialog.reason.setPlainText("Lese- og skrivevansker")
    assert save.isEnabled()
    dialog.pupil.lineEdit().setText("Aasen")  # another pupil begun, not picked
    assert not save.isEnabled()
    assert FROM_THE_LIST[language] in dialog.consent_hint.text()
    dialog.pupil.lineEdit().setText(dialog.pupil.itemText(dialog.pupil.findData(ada)))
    assert save.isEnabled() and dialog.referral().pupil_id == ada


DISK_FULL = {"en": "disk is full", "nb": "Disken er full", "sv": "Disken är full"}


def test_documenting_a_visit_refused_by_a_full_disk_keeps_what_was_written(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    language,
    in_next_modal,
    monkeypatch,
):
    """The dialog closed before saving: a refusal was said in a box over the page and the
    observations, answers and summary she had written were gone."""
    consents.record_consent(vault, home_visit_consent(pupil_id))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    home_visits.mark_ready(vault, visit.id, today=TODAY)
    holder = VaultSession(path=vault.path)
    holder.adopt(vault)
    page = page_module.HomeVisitsPage(session=holder, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    page.reload(select=visit.id)
    real_document = home_visits.document_visit
    disk_full = True

    def document_visit(*args, **kwargs):
        if disk_full:
            raise errors.DiskRefused("full")
        return real_document(*args, **kwargs)

    monkeypatch.setattr(page_module.home_visits, "document_visit", document_visit)
    monkeypatch.setattr(page_module.QMessageBox, "warning", lambda *a: pytest.fail(a[2]))
    seen = {}

    def write_and_save(dialog: DocumentationDialog) -> None:
        nonlocal disk_full
        dialog.summary.setPlainText("Godt besøk, rolig hjem.")
        dialog.answers.item(0, 1).setText("Etter høstferien")
        dialog.keep_and_close()
        seen["open"] = dialog.isVisible()
        seen["said"] = dialog.problem.text()
        seen["summary"] = dialog.summary.toPlainText()
        disk_full = False  # room again: the same Save now goes through
        dialog.keep_and_close()

    in_next_modal(write_and_save)
    page.document_button.click()
    assert seen["open"] and DISK_FULL[language] in seen["said"]
    assert seen["summary"] == "Godt besøk, rolig hjem."
    done = home_visits.get_visit(vault, visit.id)
    assert done.status is VisitStatus.DOCUMENTED
    assert journal.get_note(vault, done.note_id).assessment == "Godt besøk, rolig hjem."


ENDS_BEFORE = {
    "en": "The consent ends before it starts",
    "nb": "Samtykket slutter før det begynner",
    "sv": "Samtycket slutar innan det börjar",
}


def test_a_consent_ending_before_it_was_given_is_said_at_the_field_and_the_dialog_stays(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    language,
):
    """Save took it and closed the dialog; the service then refused it in a box over the page,
    and the giver, the way it was given and the note she had filled in were gone."""
    pupil = next(p for p in pupils.list_pupils(vault) if p.id == pupil_id)
    dialog = ConsentDialog(None, pupil=pupil, today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.note.setText("Mor ringte, far enig")
    dialog.given_on.setDate(QDate(2026, 11, 20))
    dialog.has_end.setChecked(True)
    dialog.valid_until.setDate(QDate(2025, 6, 30))  # the year typed one too low
    assert not save.isEnabled()
    assert ENDS_BEFORE[language] in dialog.valid_until_problem.text()
    assert not dialog.valid_until_problem.isHidden()
    dialog.accept()  # Enter in a field still asks
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.valid_until.setDate(QDate(2027, 6, 30))
    assert save.isEnabled() and dialog.valid_until_problem.isHidden()
    dialog.has_end.setChecked(False)
    dialog.valid_until.setDate(QDate(2025, 6, 30))  # no end date: nothing to say
    assert save.isEnabled() and dialog.valid_until_problem.isHidden()


@pytest.fixture
def consent_disk(monkeypatch):
    """The vault refuses to record a consent (a full disk) until `room()` is called."""
    real = consents.record_consent
    state = {"full": True}

    def record_consent(*args, **kwargs):
        if state["full"]:
            raise errors.DiskRefused("full")
        return real(*args, **kwargs)

    monkeypatch.setattr(consents, "record_consent", record_consent)
    return state


def fill_and_save_twice(disk: dict, seen: dict):
    """For in_next_modal: fill in a consent, Save on a full disk, then again with room."""

    def act(dialog: ConsentDialog) -> None:
        dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.WRITTEN.value))
        dialog.note.setText("Mor ringte, far enig")
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.click()
        problem = dialog.findChild(QLabel, "consent_problem")
        seen.update(open=dialog.isVisible(), said=problem.text() if problem else "")
        seen.update(note=dialog.note.text(), method=dialog.method.currentData())
        disk["full"] = False  # room again: the same Save now goes through
        save.click()
        seen["closed"] = not dialog.isVisible()

    return act


def test_a_consent_refused_by_a_full_disk_on_the_pupil_page_keeps_what_was_filled_in(
    qtbot, demo_window, language, in_next_modal, consent_disk, monkeypatch
):
    """The dialog closed before saving: the refusal was said in a box over the page and the
    giver, the way it was given and the note were gone."""
    from nurse_desk.ui.journal import pupil_page as page_module

    monkeypatch.setattr(page_module.QMessageBox, "warning", lambda *a: pytest.fail(a[2]))
    vault = demo_window.session.vault
    pupils_page = demo_window.workspace.pupils_page
    chosen = pupils.list_pupils(vault)[0].id
    pupils_page.open_pupil(chosen)
    before = len(consents.consents_of(vault, chosen))
    seen: dict = {}
    in_next_modal(fill_and_save_twice(consent_disk, seen))
    pupils_page.pupil_page.new_consent_button.click()
    assert seen["open"] and DISK_FULL[language] in seen["said"]
    assert (seen["note"], seen["method"]) == ("Mor ringte, far enig", ConsentMethod.WRITTEN.value)
    assert seen["closed"]
    after = consents.consents_of(vault, chosen)
    assert len(after) == before + 1 and after[0].note == "Mor ringte, far enig"


def test_a_consent_refused_by_a_full_disk_from_the_visit_plan_keeps_what_was_filled_in(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    language,
    in_next_modal,
    consent_disk,
    monkeypatch,
):
    from nurse_desk.ui.visits import visit_dialog as dialog_module

    monkeypatch.setattr(dialog_module.QMessageBox, "warning", lambda *a: pytest.fail(a[2]))
    visit = home_visits.plan_visit(vault, full_plan(pupil_id))
    dialog = VisitDialog(None, vault=vault, today=TODAY, visit=visit)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: dict = {}
    in_next_modal(fill_and_save_twice(consent_disk, seen))
    dialog.form.consent_button.click()
    assert seen["open"] and DISK_FULL[language] in seen["said"]
    assert seen["note"] == "Mor ringte, far enig" and seen["closed"]
    assert [c.note for c in consents.consents_of(vault, pupil_id)] == ["Mor ringte, far enig"]
    assert dialog.missing == ()  # the plan saw the consent saved


FOLLOW_UP_NO_WHAT = {
    "en": "Row 2 of the agreed follow-ups has a date but nothing under What",
    "nb": "Rad 2 av de avtalte oppfølgingene har en dato, men ingenting under Hva",
    "sv": "Rad 2 av de överenskomna uppföljningarna har ett datum men inget under Vad",
}


def documentation_dialog(qtbot, vault, pupil_id, saved: list):  # noqa: F811
    visit = home_visits.plan_visit(vault, full_plan(pupil_id), today=TODAY)
    dialog = DocumentationDialog(None, visit=visit, today=TODAY, save=saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_agreed_follow_up_with_a_date_set_but_no_what_is_said_at_its_row_not_dropped(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    language,
):
    """Save left the row out without a word: the follow-up she had dated was gone."""
    saved: list = []
    dialog = documentation_dialog(qtbot, vault, pupil_id, saved)
    dialog.add_follow_up(None)
    dialog.follow_ups.commit_open_editor()
    dialog.follow_ups.item(0, 1).setText("Ringe mor")
    dialog.add_follow_up(None)
    dialog.follow_ups.commit_open_editor()
    dialog.follow_ups.cellWidget(1, 0).setDate(QDate(2027, 1, 11))  # dated, nothing under What
    assert dialog.has_unsaved_words()
    dialog.keep_and_close()
    assert saved == [] and dialog.isVisible() and not dialog.problem.isHidden()
    assert FOLLOW_UP_NO_WHAT[language] in dialog.problem.text()
    assert (dialog.follow_ups.currentRow(), dialog.follow_ups.currentColumn()) == (1, 1)
    dialog.follow_ups.item(1, 1).setText("Samtale med eleven")
    dialog.keep_and_close()
    assert [(f.due_on, f.what) for f in saved[0].follow_ups] == [
        (TODAY + timedelta(days=14), "Ringe mor"),
        (date(2027, 1, 11), "Samtale med eleven"),
    ]
    assert saved and dialog.problem.isHidden()


def test_an_agreed_follow_up_row_left_as_added_is_no_follow_up_and_no_problem(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    saved: list = []
    dialog = documentation_dialog(qtbot, vault, pupil_id, saved)
    dialog.add_follow_up(None)
    dialog.follow_ups.commit_open_editor()
    dialog.keep_and_close()
    assert len(saved) == 1 and saved[0].follow_ups == ()
