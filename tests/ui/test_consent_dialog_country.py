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
