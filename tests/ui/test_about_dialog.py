"""Help → About: the version from its one place, the GPL, where the vault lives, and every
shipped package with its licence, in the window's language."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTreeWidget

from nurse_desk import __version__
from nurse_desk.cli import main
from nurse_desk.services import about

ROOT = Path(__file__).resolve().parents[2]


def open_about(window, in_next_modal) -> dict:
    seen: dict = {}

    def inspect(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        seen["about"] = dialog.findChild(QLabel, "about_text").text()
        seen["licence"] = dialog.findChild(QPlainTextEdit, "about_licence").toPlainText()
        software = dialog.findChild(QTreeWidget, "about_software")
        rows = [software.topLevelItem(i) for i in range(software.topLevelItemCount())]
        seen["software"] = {row.text(0): (row.text(1), row.text(2)) for row in rows}
        pyside = next(row for row in rows if row.text(0).lower().startswith("pyside6"))
        software.setCurrentItem(pyside)
        licence_view = dialog.findChild(QPlainTextEdit, "about_software_licence")
        seen["pyside_text"] = licence_view.toPlainText()
        dialog.reject()

    in_next_modal(inspect)
    assert window.about_action in window.help_menu.actions()
    window.about_action.trigger()
    return seen


def test_the_help_menu_opens_about_with_version_licence_vault_and_software(
    make_window, vault_folder, in_next_modal
):
    path = vault_folder / "mine.vault"
    window = make_window(path)
    seen = open_about(window, in_next_modal)
    assert seen["title"] == "About Nurse Desk"
    assert seen["tabs"] == ["About", "Licence", "Included software"]
    assert f"Version {__version__}" in seen["about"]
    assert "GPL-3.0-or-later" in seen["about"]
    assert str(path) in seen["about"]
    assert "GNU GENERAL PUBLIC LICENSE" in seen["licence"]
    assert "Version 3, 29 June 2007" in seen["licence"]
    software = seen["software"]
    assert {"Python", "SQLAlchemy", "reportlab", "holidays"} <= set(software)
    assert software["SQLAlchemy"][1] == "MIT"
    assert "LGPL-3.0" in software["PySide6_Essentials"][1]
    # Qt for Python ships no licence file: the LGPL's text comes with the app.
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in seen["pyside_text"]


@pytest.mark.parametrize(("language", "title"), [("nb", "Om Nurse Desk"), ("sv", "Om Nurse Desk")])
def test_about_speaks_the_windows_language(
    make_window, vault_folder, in_next_modal, language, title
):
    window = make_window(vault_folder / "mine.vault", language=language)
    try:
        assert window.help_menu.title() == {"nb": "&Hjelp", "sv": "&Hjälp"}[language]
        seen = open_about(window, in_next_modal)
    finally:
        window.translations.apply("en")  # translators are application-wide
    assert seen["title"] == title
    assert seen["tabs"][1] == {"nb": "Lisens", "sv": "Licens"}[language]
    assert __version__ in seen["about"]


def test_a_demo_says_it_is_thrown_away_and_where_real_vaults_go(
    make_window, vault_folder, in_next_modal
):
    window = make_window(vault_folder / "mine.vault", demo=True)
    seen = open_about(window, in_next_modal)
    assert "demo vault is open" in seen["about"]
    assert "New vaults are created in" in seen["about"]


def test_the_version_has_one_place(capsys):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "nurse_desk.__version__"}
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"nurse-desk {__version__}"
    assert __version__ == about.VERSION


def test_every_listed_package_has_a_licence_name_or_text():
    software = about.shipped_software()
    assert software[0].name == "Python"
    fonts = next(item for item in software if item.name == "DejaVu Sans")  # in the printouts
    assert "Bitstream Vera Fonts Copyright" in fonts.licence_text
    assert all(item.licence or item.licence_text for item in software), [
        item.name for item in software if not (item.licence or item.licence_text)
    ]
