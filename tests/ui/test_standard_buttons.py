"""No English Save / Cancel / Close / Yes / No on a dialog's buttons in bokmål or Swedish."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox

from nurse_desk.ui.common.standard_buttons import PLATFORM_TEXTS, standard_button_text

ENGLISH = {text.replace("&", "") for text in PLATFORM_TEXTS.values()} - {"OK"}


def shown_button_texts(widget) -> set[str]:
    return {button.text().replace("&", "") for button in widget.findChildren(QAbstractButton)}


def test_every_standard_button_has_the_apps_words(qtbot, translated_language):
    every = QDialogButtonBox.StandardButton(0)
    for button in PLATFORM_TEXTS:
        every |= button
    box = QDialogButtonBox(every)
    qtbot.addWidget(box)
    assert shown_button_texts(box) & ENGLISH == set()
    assert standard_button_text(QDialogButtonBox.StandardButton.Cancel) == "Avbryt"
    assert standard_button_text(QDialogButtonBox.StandardButton.No).replace("&", "") in {
        "Nei",
        "Nej",
    }


def test_a_question_box_says_yes_and_no_in_the_language(qtbot, translated_language, in_next_modal):
    seen: dict[str, set[str]] = {}

    def answer(box) -> None:
        seen["texts"] = shown_button_texts(box)
        box.reject()

    in_next_modal(answer)
    QMessageBox.question(None, "?", "?", QMessageBox.StandardButton.Save | QMessageBox.Discard)
    assert seen["texts"]
    assert seen["texts"] & ENGLISH == set()
    assert {"Lagre", "Spara"} & seen["texts"]


def test_the_apps_dialogs_show_no_english_button(qtbot, translated_language, make_window):
    window = make_window(Path("/nonexistent/never.vault"), language=translated_language, demo=True)
    try:
        show_every_dialog(window)
    finally:
        window.translations.apply("en")  # the window's translators: later tests read English


def show_every_dialog(window) -> None:
    from nurse_desk.ui.about_dialog import AboutDialog
    from nurse_desk.ui.absence.acknowledge_dialog import AcknowledgeDialog
    from nurse_desk.ui.referrals.partner_dialog import PartnerDialog
    from nurse_desk.ui.settings.schools_dialog import SchoolsDialog
    from nurse_desk.ui.settings.vault_dialogs import (
        BackupDialog,
        ChangePassphraseDialog,
        RestoreDialog,
    )

    vault = window.session.vault
    dialogs = [
        ChangePassphraseDialog(window),
        BackupDialog(window, suggested=Path("/tmp/b.vault")),
        RestoreDialog(window, folder=Path("/tmp")),
        AboutDialog(window, vault_path=Path("/tmp/x.vault"), demo=True),
        AcknowledgeDialog(window, sentence="…"),
        PartnerDialog(window),
        SchoolsDialog(window, vault=vault),
    ]
    for dialog in dialogs:
        dialog.show()
        texts = shown_button_texts(dialog)
        assert texts, dialog
        assert texts & ENGLISH == set(), type(dialog).__name__
        dialog.close()
