"""The consent dialog says who consents by the vault's country and, in Sweden, asks for the
nurse's judgement of the pupil's maturity before it saves."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from nurse_desk.domain.consent import ConsentGiver
from nurse_desk.domain.records import PupilRecord
from nurse_desk.ui.journal.consent_dialog import ConsentDialog

TODAY = date(2026, 11, 20)


def pupil(born: date) -> PupilRecord:
    return PupilRecord(7, "Emil", "Aasen", born, None, "Granly", "8B", True)


def choose_giver(dialog: ConsentDialog, giver: ConsentGiver) -> None:
    dialog.given_by.setCurrentIndex(dialog.given_by.findData(giver.value))


def test_norway_says_who_consents_by_age_and_asks_no_judgement(qtbot):
    dialog = ConsentDialog(None, pupil=pupil(date(2012, 10, 15)), today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.maturity.isHidden()
    assert "below 16 the guardians consent" in dialog.who_decides.text()
    older = ConsentDialog(None, pupil=pupil(date(2010, 1, 1)), today=TODAY)
    qtbot.addWidget(older)
    assert "from 16 the pupil consents alone" in older.who_decides.text()
    choose_giver(older, ConsentGiver.PUPIL)
    assert older.consent().pupil_mature is None


def test_sweden_asks_for_the_judgement_before_saving(qtbot):
    dialog = ConsentDialog(None, pupil=pupil(date(2014, 3, 1)), today=TODAY, country="se")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not dialog.maturity.isHidden() and "no fixed age" in dialog.who_decides.text()
    choose_giver(dialog, ConsentGiver.PUPIL)
    assert not save.isEnabled()
    dialog.maturity.setCurrentIndex(dialog.maturity.findData("mature"))
    assert save.isEnabled() and dialog.consent().pupil_mature is True
    choose_giver(dialog, ConsentGiver.BOTH)  # both consented: holds either way
    assert save.isEnabled() and not dialog.maturity.isEnabled()
    assert dialog.consent().pupil_mature is None


def test_norway_opens_on_whoever_consents_at_the_pupils_age_and_refuses_the_other(qtbot):
    young = ConsentDialog(None, pupil=pupil(date(2012, 10, 15)), today=TODAY)  # 14
    qtbot.addWidget(young)
    save = young.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert young.given_by.currentData() == ConsentGiver.GUARDIAN.value
    assert save.isEnabled() and young.not_counting.isHidden()
    choose_giver(young, ConsentGiver.PUPIL)
    assert not save.isEnabled()
    assert "Below 16 the pupil's consent alone does not count" in young.not_counting.text()
    assert not young.not_counting.isHidden()
    choose_giver(young, ConsentGiver.BOTH)
    assert save.isEnabled()
    older = ConsentDialog(None, pupil=pupil(date(2010, 1, 1)), today=TODAY)  # 16
    qtbot.addWidget(older)
    assert older.given_by.currentData() == ConsentGiver.PUPIL.value
    choose_giver(older, ConsentGiver.GUARDIAN)
    assert "From 16 the guardians' consent alone does not count" in older.not_counting.text()
    assert not older.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_sweden_opens_on_both_and_refuses_a_giver_the_judgement_rules_out(qtbot):
    dialog = ConsentDialog(None, pupil=pupil(date(2014, 3, 1)), today=TODAY, country="se")
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert dialog.given_by.currentData() == ConsentGiver.BOTH.value and save.isEnabled()
    choose_giver(dialog, ConsentGiver.PUPIL)
    dialog.maturity.setCurrentIndex(dialog.maturity.findData("not_mature"))
    assert not save.isEnabled() and "not mature enough" in dialog.not_counting.text()
    choose_giver(dialog, ConsentGiver.GUARDIAN)
    assert save.isEnabled() and dialog.not_counting.text() == ""
    dialog.maturity.setCurrentIndex(dialog.maturity.findData("mature"))
    assert not save.isEnabled() and "mature enough to decide alone" in dialog.not_counting.text()


def test_the_visit_plan_says_who_consents_by_the_vault_s_country():
    from types import SimpleNamespace

    from nurse_desk.ui.visits.visit_dialog import VisitDialog

    def said(country: str) -> str:
        dialog = SimpleNamespace(_context=SimpleNamespace(country=country), tr=lambda text: text)
        return VisitDialog._consent_text(dialog, None)

    assert "16" in said("no")
    assert "16" not in said("se") and "mature" in said("se")
