"""Before any vault: the language can be chosen, a new vault asks its country, the unlock
screen's error shows whole; a Swedish demo is Swedish; an ID of the other country says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from nurse_desk.cli import main
from nurse_desk.domain.national_id import InvalidNationalId, parse_national_id
from nurse_desk.services import settings
from nurse_desk.services.vault_access import create_vault, unlock_vault

PASSPHRASE = "fjord tavle sykkel blåbær"
SWEDISH_ID = "20120923-3434"  # a valid personnummer, not a valid fødselsnummer


def create_through_welcome(qtbot, window) -> None:
    welcome = window.welcome
    qtbot.keyClicks(welcome.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(welcome.passphrase.second, PASSPHRASE)
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)


def test_the_welcome_screen_chooses_the_language_and_the_country_follows(
    qtbot, make_window, vault_folder
):
    window = make_window(vault_folder / "new.vault")
    welcome = window.welcome
    assert welcome.country.currentData() == "no"
    welcome.language.chosen.emit("sv")
    qtbot.waitUntil(lambda: welcome.heading.text() == "Välkommen till Nurse Desk")
    assert window.preferences.language == "sv"
    assert welcome.country.currentData() == "se"
    assert welcome.country.currentText() == "Sverige"
    create_through_welcome(qtbot, window)
    assert settings.read_settings(window.session.vault).country == "se"
    window.workspace.settings_page.language_chosen.emit("en")  # leave English for the next test


def test_a_country_chosen_by_hand_stays_when_the_language_changes(qtbot, make_window, vault_folder):
    window = make_window(vault_folder / "new.vault", language="nb")
    welcome = window.welcome
    welcome.country.setCurrentIndex(welcome.country.findData("se"))
    welcome.country.activated.emit(welcome.country.currentIndex())
    welcome.language.chosen.emit("en")
    assert welcome.country.currentData() == "se"
    create_through_welcome(qtbot, window)
    assert settings.read_settings(window.session.vault).country == "se"


def test_the_unlock_screen_chooses_the_language_too(qtbot, make_window, vault_folder):
    path = vault_folder / "kept.vault"
    create_vault(path, PASSPHRASE, PASSPHRASE).lock()
    window = make_window(path)
    assert window.screens.currentWidget() is window.unlock
    window.unlock.language.chosen.emit("nb")
    qtbot.waitUntil(lambda: window.unlock.heading.text() == "Hvelvet er låst")
    assert window.unlock.language.choice.currentData() == "nb"
    assert window.welcome.language.choice.currentData() == "nb"
    window.unlock.language.chosen.emit("en")


@pytest.mark.parametrize("language", ["nb", "sv"])  # in English it fits on one line
def test_the_wrong_passphrase_message_shows_every_line(qtbot, make_window, vault_folder, language):
    path = vault_folder / "kept.vault"
    create_vault(path, PASSPHRASE, PASSPHRASE).lock()
    window = make_window(path, language=language)
    window.resize(1024, 700)
    assert window.unlock.heading.text() != "The vault is locked"
    qtbot.keyClicks(window.unlock.passphrase, "not the passphrase at all")
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    error = window.unlock.error
    qtbot.waitUntil(lambda: error.text() != "")
    qtbot.wait(50)
    lines = error.heightForWidth(error.width()) // error.fontMetrics().lineSpacing()
    assert lines >= 2  # the message needs two lines at this width …
    try:
        assert error.height() >= error.heightForWidth(error.width())  # … and gets them
    finally:
        window.translations.apply("en")


def test_a_swedish_demo_is_set_to_sweden_with_swedish_schools(make_window):
    window = make_window(Path("/nonexistent/never.vault"), language="sv", demo=True)
    vault = window.session.vault
    assert settings.read_settings(vault).country == "se"
    from nurse_desk.services import pupils

    schools = {pupil.school_name for pupil in pupils.list_pupils(vault)}
    assert schools and not any("skole" in school for school in schools)
    window.translations.apply("en")


def test_a_bokmal_demo_stays_norwegian(make_window):
    window = make_window(Path("/nonexistent/never.vault"), language="nb", demo=True)
    assert settings.read_settings(window.session.vault).country == "no"
    window.translations.apply("en")


def test_init_takes_the_country(vault_folder, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    for country in ("se", "no"):
        path = vault_folder / f"{country}.vault"
        command = ["init", "--vault", str(path), "--passphrase-file", str(secret)]
        assert main([*command, "--country", country]) == 0
        vault = unlock_vault(path, PASSPHRASE)
        assert settings.read_settings(vault).country == country
        vault.lock()


def test_init_refuses_an_unknown_country(vault_folder, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    path = vault_folder / "dk.vault"
    with pytest.raises(SystemExit):
        main(["init", "--vault", str(path), "--passphrase-file", str(secret), "--country", "dk"])
    assert not path.exists()


def test_an_id_of_the_other_country_names_the_setting(qtbot):
    from nurse_desk.ui.messages import describe

    with pytest.raises(InvalidNationalId) as refused:
        parse_national_id(SWEDISH_ID, "no")
    assert refused.value.valid_in == "se"
    assert "Settings → Country" in describe(refused.value)
    assert "Swedish" in describe(refused.value)
    with pytest.raises(InvalidNationalId) as plain:
        parse_national_id("20120923-3435", "no")  # valid nowhere: the usual words
    assert plain.value.valid_in == ""
    assert "Settings" not in describe(plain.value)


def test_a_class_list_line_with_an_id_of_the_other_country_says_so():
    from nurse_desk.domain.class_list import national_id_reader
    from nurse_desk.domain.import_values import Problem, ValueRejected

    with pytest.raises(ValueRejected) as rejected:
        national_id_reader("no")(SWEDISH_ID)
    assert rejected.value.problem is Problem.NATIONAL_ID_OTHER_COUNTRY
    assert national_id_reader("no")("20120923-3435") is None  # valid nowhere: not valid


def test_standard_template_names_follow_the_windows_language(qtbot):
    from nurse_desk.ui.i18n import Translations
    from nurse_desk.ui.visits.template_names import template_name

    translations = Translations()
    try:
        assert template_name("Kronisk sykdom") == "Chronic illness"
        assert template_name("Långvarig frånvaro") == "Long-term absence"
        assert template_name("Mitt eget") == "Mitt eget"
        translations.apply("sv")
        assert template_name("Kronisk sykdom") == "Kronisk sjukdom"
        translations.apply("nb")
        assert template_name("Nyanländ familj") == "Nyankommet familie"
    finally:
        translations.apply("en")


def test_the_pupil_dialog_says_when_an_id_belongs_to_the_other_country(qtbot):
    from nurse_desk.ui.pupils.pupil_dialog import PupilDialog

    dialog = PupilDialog(None, schools=["Granly skole"], country="no")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.national_id, SWEDISH_ID)
    qtbot.waitUntil(lambda: "Settings → Country" in dialog.id_problem.text())
    assert "Swedish" in dialog.id_problem.text()


def test_an_absence_line_with_an_id_of_the_other_country_says_so():
    from nurse_desk.domain.import_mapping import NATIONAL_ID, ColumnMapping, convert_rows
    from nurse_desk.domain.import_values import Problem
    from nurse_desk.domain.pupil_matching import PupilMatcher
    from nurse_desk.domain.tabular import parse_csv_text

    matcher = PupilMatcher([], "no")
    table = parse_csv_text(f"Fnr;Dato\n{SWEDISH_ID};1.9.25\n20120923-3435;1.9.25\n")
    result = convert_rows(table, ColumnMapping({NATIONAL_ID: "Fnr"}), matcher.find_row)
    assert [(e.line, e.problem) for e in result.errors] == [
        (2, Problem.NATIONAL_ID_OTHER_COUNTRY),
        (3, Problem.NATIONAL_ID),
    ]
