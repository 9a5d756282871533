"""The hand-over dialog and its one-time passphrase, receiving a record, and the Left school
dialog with the retention rule, the deposit and the removal."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.consent import (
    ConsentGiver,
    ConsentMethod,
    ConsentPurpose,
    ConsentRecord,
)
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, consents, journal, pupils, retention, settings
from nurse_desk.storage.vault import Vault
from nurse_desk.ui.records import hand_over_dialog
from nurse_desk.ui.records.hand_over_dialog import HandOverDialog, PassphraseShown
from nurse_desk.ui.records.left_school_dialog import LeftSchoolDialog

FNR = "15108695088"


def add_pupil(vault: Vault, *, left_on: date | None = None) -> int:
    pupil_id = pupils.add_pupil(
        vault,
        NewPupil("Emil", "Aasen", date(1986, 10, 15), "Granly skole", "8B", FNR, left_on=left_on),
    )
    draft = NoteDraft(pupil_id, datetime(2012, 3, 2, 10), NoteKind.PLANNED, conversation="Søvn.")
    journal.sign_note(vault, journal.save_draft(vault, draft).id)
    return pupil_id


def consent_to_transfer(vault: Vault, pupil_id: int) -> None:
    consents.record_consent(
        vault,
        ConsentRecord(
            0,
            pupil_id,
            ConsentGiver.BOTH,
            "Anne Aasen",
            ConsentPurpose.TRANSFER_RECORDS,
            "",
            ConsentMethod.WRITTEN,
            date(2026, 1, 5),
            None,
            None,
            "",
        ),
    )


@pytest.fixture
def answers(monkeypatch):
    """The dialog filled in and accepted once, then cancelled; what was shown, collected."""
    shown: dict[str, list] = {"warnings": [], "passphrases": [], "infos": []}

    def fill(reason: str, target) -> None:
        calls = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])

        def exec_(dialog: HandOverDialog) -> QDialog.DialogCode:
            dialog.reason.setText(reason)
            dialog.destination.setText(str(target))
            return next(calls)

        monkeypatch.setattr(HandOverDialog, "exec", exec_)

    monkeypatch.setattr(
        PassphraseShown, "exec", lambda d: shown["passphrases"].append(d.passphrase.text())
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown["warnings"].append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown["infos"].append(a[2]))
    shown["fill"] = fill
    return shown


def test_without_consent_the_nurse_is_told_and_nothing_is_written(qtbot, vault, answers, tmp_path):
    pupil_id = add_pupil(vault)
    pupil = pupils.list_pupils(vault)[0]
    answers["fill"]("flyttet til Bergen", tmp_path / "e.transfer")
    assert not hand_over_dialog.hand_over_pupil(None, vault, pupil)
    assert answers["warnings"] == [
        "There is no active consent for this. Record the consent first, or share an "
        "anonymised version."
    ]
    assert not (tmp_path / "e.transfer").exists() and answers["passphrases"] == []
    assert pupil.id == pupil_id


def test_the_passphrase_is_shown_once_and_opens_the_file_elsewhere(
    qtbot, vault, answers, tmp_path, vault_folder, monkeypatch
):
    pupil_id = add_pupil(vault)
    consent_to_transfer(vault, pupil_id)
    answers["fill"]("flyttet til Bergen", tmp_path / "e.transfer")
    assert hand_over_dialog.hand_over_pupil(None, vault, pupils.list_pupils(vault)[0])
    [passphrase] = answers["passphrases"]
    assert len(passphrase.split("-")) == 6 and answers["warnings"] == []

    other = Vault.create(vault_folder / "other.vault", "en annen lang passfrase")
    try:
        settings.save_settings(other, settings.VaultSettings("Siri Berg", "", "no"))
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "e.transfer"), "")
        )
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (passphrase, True))
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
        receipt = hand_over_dialog.receive_interactively(None, other)
        assert receipt is not None and receipt.new_pupil
        assert answers["infos"][-1].startswith(
            "The record from Kari Nordmann, helsesykepleier was received: "
        )
        assert [p.national_id for p in pupils.list_pupils(other)] == [FNR]
        assert hand_over_dialog.receive_interactively(None, other) is not None
        assert answers["infos"][-1] == (
            "Everything in the file from Kari Nordmann, helsesykepleier was already here; "
            "nothing was added."
        )
    finally:
        other.lock()


def test_a_wrong_passphrase_is_said_in_words(qtbot, vault, answers, tmp_path, monkeypatch):
    pupil_id = add_pupil(vault)
    consent_to_transfer(vault, pupil_id)
    answers["fill"]("flyttet", tmp_path / "e.transfer")
    hand_over_dialog.hand_over_pupil(None, vault, pupils.list_pupils(vault)[0])
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "e.transfer"), "")
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("feil-feil", True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    assert hand_over_dialog.receive_interactively(None, vault) is None
    assert answers["warnings"] and "passphrase" in answers["warnings"][-1].lower()


def test_left_school_rule_deposit_and_removal(qtbot, vault, answers, tmp_path, monkeypatch):
    gone = add_pupil(vault, left_on=date(2013, 6, 20))
    dialog = LeftSchoolDialog(None, vault=vault)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Emil Aasen"
    assert dialog.keep.isChecked() and not dialog.years.isEnabled()  # Norway: kept
    assert dialog.table.item(0, 6).text() == "kept"
    dialog.table.selectRow(0)
    assert dialog.deposit_button.isEnabled() and not dialog.remove_button.isEnabled()

    dialog.keep.setChecked(False)
    dialog.years.setValue(5)
    assert retention.retention_rule(vault, "no").years == 5
    dialog.table.selectRow(0)
    assert not dialog.remove_button.isEnabled()  # not deposited yet

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog.deposit_button.click()
    assert answers["infos"] and list(tmp_path.glob("pupil-*-record-*.pdf"))
    assert dialog.table.item(0, 5).text() != "–"
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 0 and pupils.list_pupils(vault) == []
    removed = access.log_entries(vault, pupil_id=gone, action=AccessAction.REMOVED)
    assert len(removed) == 1


def test_hand_over_and_retention_errors_in_the_nurses_words():
    from nurse_desk.domain.retention import NoSuchPupil, RemovalRefused
    from nurse_desk.services.hand_over import HandOverReasonMissing
    from nurse_desk.services.open_export import ExportNotReadable
    from nurse_desk.ui.messages import describe

    said = {
        reason: describe(RemovalRefused(reason))
        for reason in ("still_at_school", "not_archived", "kept", "too_early")
    }
    assert len(set(said.values())) == 4 and "archive first" in said["not_archived"]
    assert "no pupil" in describe(NoSuchPupil("7"))
    assert "why the record is handed over" in describe(HandOverReasonMissing())
    assert "one pupil's handed-over record" in describe(ExportNotReadable("not_record"))
    assert "changed or is damaged" in describe(ExportNotReadable("content"))


def test_the_suggested_file_names_do_not_name_the_pupil(qtbot, vault, monkeypatch):
    from nurse_desk.ui.records.hand_over_dialog import HandOverDialog

    add_pupil(vault)
    pupil = pupils.list_pupils(vault)[0]
    dialog = HandOverDialog(None, pupil=pupil)
    qtbot.addWidget(dialog)
    suggested = Path(dialog.destination.text()).name
    assert str(pupil.id) in suggested
    for name in (pupil.given_name, pupil.family_name):
        assert name.casefold() not in suggested.casefold()


def test_handing_over_a_protected_pupil_says_what_stays_behind(qtbot, vault):
    from PySide6.QtWidgets import QLabel

    from nurse_desk.ui.records.hand_over_dialog import HandOverDialog

    add_pupil(vault)
    pupil = pupils.list_pupils(vault)[0]
    notes = {}
    for protected in (False, True):
        dialog = HandOverDialog(None, pupil=pupil._replace(protected_identity=protected))
        qtbot.addWidget(dialog)
        notes[protected] = dialog.findChild(QLabel, "hand_over_protected_note")
    assert notes[False] is None
    assert "without their phone numbers" in notes[True].text()


def test_a_typed_name_of_a_file_there_is_replaced_only_when_the_nurse_says_so(
    qtbot, vault, answers, tmp_path, monkeypatch
):
    """The file field is typed in, not asked about by a save dialog: yesterday's transfer file
    (its passphrase already given by phone) was replaced without a word."""
    pupil_id = add_pupil(vault)
    consent_to_transfer(vault, pupil_id)
    target = tmp_path / "e.transfer"
    target.write_bytes(b"yesterday's transfer file")
    asked = []

    def question(parent, title, text, *buttons):
        asked.append(text)
        return said

    monkeypatch.setattr(QMessageBox, "question", question)
    said = QMessageBox.StandardButton.No
    answers["fill"]("flyttet til Bergen", target)
    assert not hand_over_dialog.hand_over_pupil(None, vault, pupils.list_pupils(vault)[0])
    assert asked == ["e.transfer is already there. Replace it? What it holds will be lost."]
    assert target.read_bytes() == b"yesterday's transfer file"
    assert answers["passphrases"] == [] and answers["warnings"] == []
    assert access.log_entries(vault, action=AccessAction.HAND_OVER) == []
    said = QMessageBox.StandardButton.Yes
    answers["fill"]("flyttet til Bergen", target)
    assert hand_over_dialog.hand_over_pupil(None, vault, pupils.list_pupils(vault)[0])
    assert target.read_bytes() != b"yesterday's transfer file" and answers["passphrases"]
    assert len(access.log_entries(vault, action=AccessAction.HAND_OVER)) == 1
