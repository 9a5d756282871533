"""A phone number that cannot be one is refused where she typed it, in her language: the form
stays open with what she typed, the problem said at the field (the guardians' table, the
partner's phone, who comes along on a home visit) and at the line of a class list. A number
already in the vault is kept as it is when the form is saved again."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from journal_fixtures import pupil_id  # noqa: F401  (pytest fixture)
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTableWidgetItem
from visit_dialogs import plan_dialog

from nurse_desk.domain.home_visits import Companion, CompanionRole
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.referrals import PartnerKind, PartnerRecord
from nurse_desk.services import follow_up_work, home_visits, partners, pupils
from nurse_desk.storage.orm import GuardianRow
from nurse_desk.storage.orm_visits import HomeVisitCompanionRow
from nurse_desk.ui.pupils.class_list_dialog import ClassListFlow, ClassListImportDialog
from nurse_desk.ui.pupils.pupil_dialog import PupilDialog
from nurse_desk.ui.referrals.partner_dialog import PartnerDialog

NOT_A_PHONE = {
    "en": "“abc” is not a phone number",
    "nb": "«abc» er ikke et telefonnummer",
    "sv": "”abc” är inte ett telefonnummer",
}
LINE_3 = {
    "en": "line 3: Telefon 'ring mor' is not a phone number",
    "nb": "linje 3: Telefon «ring mor» er ikke et telefonnummer",
    "sv": "rad 3: Telefon 'ring mor' är inte ett telefonnummer",
}
SHOTS = os.environ.get("NURSE_DESK_SHOTS", "")  # a folder for pictures to look at


def shoot(widget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()  # the layout has made room for the words
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def saved(dialog: QDialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def test_letters_in_a_guardian_phone_keep_the_pupil_form_open_with_the_words(
    qtbot, vault, language
):
    dialog = PupilDialog(
        None,
        schools=["Granly skole"],
        country="no",
        save=lambda answer: pupils.add_pupil(vault, answer),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.given, "Ola")
    qtbot.keyClicks(dialog.family, "Berg")
    qtbot.keyClicks(dialog.class_name, "5B")
    dialog.guardians.setItem(0, 0, QTableWidgetItem("Kari Berg"))
    dialog.guardians.setItem(0, 1, QTableWidgetItem("mor"))
    dialog.guardians.setItem(0, 2, QTableWidgetItem("abc"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and not saved(dialog)
    assert NOT_A_PHONE[language] in dialog.problem.text()
    assert dialog.guardians.item(0, 2).text() == "abc"  # what she typed, kept
    assert (dialog.guardians.currentRow(), dialog.guardians.currentColumn()) == (0, 2)
    shoot(dialog, f"pupil_phone_{language}")
    assert pupils.list_pupils(vault) == []
    dialog.guardians.item(0, 2).setText("+47 912 34 567")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved(dialog)
    assert follow_up_work.pupil_of(vault, dialog.saved).guardians[0].phone == "+47 912 34 567"


def test_a_phone_without_a_guardian_name_is_said_not_dropped(qtbot, vault):
    dialog = PupilDialog(
        None, schools=["Granly skole"], country="no", save=lambda p: pupils.add_pupil(vault, p)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for field, text in ((dialog.given, "Ola"), (dialog.family, "Berg"), (dialog.class_name, "5")):
        qtbot.keyClicks(field, text)
    dialog.guardians.setItem(1, 2, QTableWidgetItem("912 34 567"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and not saved(dialog)
    assert "Row 2 of the guardians has no name" in dialog.problem.text()
    assert pupils.list_pupils(vault) == []


def test_a_guardian_phone_stored_before_is_kept_when_the_pupil_is_saved_again(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    with vault.session() as session, session.begin():
        session.query(GuardianRow).filter_by(pupil_id=pupil_id).update({"phone": "ring mor"})
    record = follow_up_work.pupil_of(vault, pupil_id)
    dialog = PupilDialog(
        None,
        schools=["Granly skole"],
        country="no",
        pupil=record,
        save=lambda answer: pupils.update_pupil(vault, pupil_id, answer),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.class_name.setText("9B")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved(dialog)
    after = follow_up_work.pupil_of(vault, pupil_id)
    assert (after.class_name, after.guardians[0].phone) == ("9B", "ring mor")


def test_letters_in_a_partner_phone_keep_the_dialog_open_at_the_field(qtbot, language):
    dialog = PartnerDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Fastlege Berg")
    qtbot.keyClicks(dialog.phone, "abc")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and not saved(dialog)
    assert dialog.phone.text() == "abc" and dialog.phone_problem.isVisible()
    assert NOT_A_PHONE[language] in dialog.phone_problem.text()
    shoot(dialog, f"partner_phone_{language}")
    dialog.phone.setText("22 33 44 55")
    assert not dialog.phone_problem.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved(dialog) and dialog.draft().phone == "22 33 44 55"


def test_a_partner_phone_stored_before_is_kept_and_a_new_one_refused_by_the_service(qtbot, vault):
    from nurse_desk.domain.phone_numbers import InvalidPhone
    from nurse_desk.domain.referrals import PartnerDraft

    with pytest.raises(InvalidPhone):
        partners.add_partner(vault, PartnerDraft("Berg", PartnerKind.GP, phone="ring mor"))
    partner_id = partners.add_partner(vault, PartnerDraft("Berg", PartnerKind.GP))
    with vault.session() as session, session.begin():
        from nurse_desk.storage.orm_referrals import PartnerRow

        session.get(PartnerRow, partner_id).phone = "sentralbordet"
    stored = next(p for p in partners.list_partners(vault) if p.id == partner_id)
    assert isinstance(stored, PartnerRecord)
    dialog = PartnerDialog(None, partner=stored)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.organisation.setText("Granly legesenter")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved(dialog)
    partners.update_partner(vault, partner_id, dialog.draft())
    after = next(p for p in partners.list_partners(vault) if p.id == partner_id)
    assert (after.organisation, after.phone) == ("Granly legesenter", "sentralbordet")


def test_letters_in_a_companion_phone_keep_the_plan_open_at_the_table(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
    language,
):
    dialog = plan_dialog(qtbot, vault, pupil_id)
    dialog.form.companions.add(Companion(CompanionRole.INTERPRETER, "Per Lunde", phone="abc"))
    dialog.form.setCurrentIndex(0)
    dialog._on_save_clicked()
    assert dialog.isVisible() and not saved(dialog)
    companions = dialog.form.companions
    assert dialog.form.currentWidget().isAncestorOf(companions)
    assert companions.problem.isVisible() and NOT_A_PHONE[language] in companions.problem.text()
    assert companions.table.item(0, 3).text() == "abc" and companions.table.currentRow() == 0
    shoot(dialog, f"companion_phone_{language}")
    companions.table.item(0, 3).setText("+47 22 33 44 55")
    dialog._on_save_clicked()
    assert saved(dialog)
    plan = home_visits.get_visit(vault, dialog.saved.id).plan
    assert plan.companions[0].phone == "+47 22 33 44 55"


def test_a_companion_phone_stored_before_is_kept_when_the_plan_is_saved_again(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    first = plan_dialog(qtbot, vault, pupil_id)
    first.form.companions.add(Companion(CompanionRole.INTERPRETER, "Per Lunde", phone="22334455"))
    first._on_save_clicked()
    visit_id = first.saved.id
    with vault.session() as session, session.begin():
        session.query(HomeVisitCompanionRow).update({"phone": "via sentralbordet"})
    again = plan_dialog(qtbot, vault, pupil_id, visit=home_visits.get_visit(vault, visit_id))
    again.form.address.setText("Granlyveien 12")
    again._on_save_clicked()
    assert saved(again)
    plan = home_visits.get_visit(vault, visit_id).plan
    assert (plan.address, plan.companions[0].phone) == ("Granlyveien 12", "via sentralbordet")


def test_a_class_list_phone_that_is_no_number_is_named_at_its_line(
    qtbot, vault, tmp_path, language
):
    path = tmp_path / "klasseliste.csv"
    rows = [
        "Ida Lie;15.10.2014;4A;Granly skole;Kari Lie;912 34 567",
        "Ola Lie;15.10.2015;3A;Granly skole;Per Lie;ring mor",
    ]
    header = "Navn;Fødselsdato;Klasse;Skole;Foresatt;Telefon"
    path.write_text("\n".join([header, *rows]), encoding="utf-8")
    dialog = ClassListImportDialog(None, ClassListFlow(vault), ["Granly skole"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    lines = [dialog.errors_list.item(n).text() for n in range(dialog.errors_list.count())]
    assert len(lines) == 1 and LINE_3[language] in lines[0]
    shoot(dialog, f"class_list_phone_{language}")
    assert pupils.list_pupils(vault) == []


def test_the_services_refuse_a_new_guardian_phone_that_is_no_number(vault):
    from nurse_desk.domain.phone_numbers import InvalidPhone
    from nurse_desk.domain.records import GuardianRecord

    letters = GuardianRecord("Kari Berg", "mor", "ring mor")
    with pytest.raises(InvalidPhone):
        pupils.add_pupil(
            vault, NewPupil("Ola", "Berg", date(2014, 3, 1), "Granly", "5B", guardians=(letters,))
        )
    assert pupils.list_pupils(vault) == []


def test_a_plan_saved_at_the_lock_keeps_all_but_a_phone_that_is_no_number_and_says_so(
    qtbot,
    vault,
    pupil_id,  # noqa: F811
):
    """Saved as it stood when the vault locked, not lost for one bad phone: the phone is left
    out and named in the note she reads after unlocking."""
    from nurse_desk.ui.visits.plan_over_lock import keep_plan_before_lock

    dialog = plan_dialog(qtbot, vault, pupil_id)
    dialog.form.address.setText("Granlyveien 12")
    dialog.form.companions.add(Companion(CompanionRole.INTERPRETER, "Per Lunde", phone="abc"))
    note = keep_plan_before_lock(dialog)
    assert "without the phone “abc”, which is not a phone number" in note
    plan = home_visits.get_visit(vault, dialog.saved.id).plan
    assert plan.address == "Granlyveien 12"
    assert [(c.name, c.phone) for c in plan.companions] == [("Per Lunde", "")]
