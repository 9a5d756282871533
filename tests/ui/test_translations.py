"""Bokmål and Swedish: complete, compiled from the current sources, and switchable live."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nurse_desk.ui.i18n import QM_FOLDER
from nurse_desk.ui.screens.unlock_screen import UnlockScreen
from nurse_desk.ui.settings.vault_dialogs import BackupDialog, ChangePassphraseDialog, RestoreDialog
from nurse_desk.ui.workspace import Section

TS_FOLDER = QM_FOLDER.parent / "ts"
LANGUAGES = ("nb", "sv")
PLACEHOLDER = re.compile(r"%\d")


def messages(language: str):
    tree = ET.parse(TS_FOLDER / f"nurse_desk_{language}.ts")
    for message in tree.iter("message"):
        yield message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_every_text_is_translated_with_its_placeholders(language):
    problems = []
    for source, translation in messages(language):
        # A text with a count has one translation per plural form, each with every %1.
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts = forms or [translation.text or ""]
        if not all(texts) or translation.get("type") == "unfinished":
            problems.append(f"untranslated: {source!r}")
        elif any(
            sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
            for text in texts
        ):
            problems.append(f"placeholders differ: {source!r}")
    assert problems == []


def test_swedish_writes_today_one_way():
    """ "I dag" on the page, "Idag" in the sidebar beside it: one spelling, the page's."""
    spelled = {
        source: translation.text
        for source, translation in messages("sv")
        if re.search(r"\bidag\b", translation.text or "", re.IGNORECASE)
    }
    assert spelled == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tr_text_in_the_code_is_in_the_ts_file(language, tmp_path):
    """Fails when someone adds a tr() text and forgets `make translations`."""
    bin_folder = Path(sys.executable).parent
    sources = sorted(
        str(p) for p in (Path(__file__).parents[2] / "nurse_desk" / "ui").rglob("*.py")
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(bin_folder / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = {source for source, _ in messages_from(fresh)}
    in_ts = {source for source, _ in messages(language)}
    assert in_code - in_ts == set()
    # English keeps a catalogue of the texts with a count only (their singular forms).
    with_a_count = {
        message.findtext("source")
        for message in ET.parse(fresh).iter("message")
        if message.get("numerus") == "yes"
    }
    assert with_a_count and with_a_count - {source for source, _ in messages("en")} == set()


def messages_from(path: Path):
    for message in ET.parse(path).iter("message"):
        yield message.findtext("source"), message.find("translation")


@pytest.mark.parametrize("language", (*LANGUAGES, "en"))
def test_compiled_qm_matches_its_ts_source(language, tmp_path):
    bin_folder = Path(sys.executable).parent
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [
            str(bin_folder / "pyside6-lrelease"),
            str(TS_FOLDER / f"nurse_desk_{language}.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert compiled.read_bytes() == (QM_FOLDER / f"nurse_desk_{language}.qm").read_bytes()


def test_switching_language_retranslates_the_open_window(qtbot, make_window, vault_folder):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    pupils_item = window.workspace.sidebar.item(Section.PUPILS)
    assert pupils_item.text() == "Pupils"
    window.workspace.settings_page.language_chosen.emit("nb")
    qtbot.waitUntil(lambda: pupils_item.text() == "Elever")
    assert window.lock_action.text().replace("&", "") == "Lås"
    window.workspace.settings_page.language_chosen.emit("sv")
    qtbot.waitUntil(lambda: window.workspace.settings_page.title.text() == "Inställningar")
    assert window.preferences.language == "sv"
    window.workspace.settings_page.language_chosen.emit("en")
    qtbot.waitUntil(lambda: pupils_item.text() == "Pupils")


def test_switching_language_retranslates_the_drafts_line_and_the_entry_shown(
    qtbot, make_window, request
):
    """Texts a page composes from what it read (Today's line of late drafts, the entry shown
    on a pupil's page) stayed in the language they were made in until the page read again."""
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    request.addfinalizer(lambda: window.translations.apply("en"))
    workspace = window.workspace
    drafts = workspace.today_page.drafts
    assert drafts.text().startswith("Unsigned drafts older than")
    workspace.open_pupil(drafts.drafts[0].pupil_id)
    pupil_page = workspace.pupils_page.pupil_page
    assert "Agreed actions" in pupil_page.detail.toPlainText()
    workspace.settings_page.language_chosen.emit("nb")
    qtbot.waitUntil(lambda: window.lock_action.text().replace("&", "") == "Lås")
    assert drafts.text().startswith("Usignerte utkast eldre enn")
    assert "dager)" in drafts.text() and "days)" not in drafts.text()
    assert "Avtalte tiltak" in pupil_page.detail.toPlainText()
    assert "Agreed actions" not in pupil_page.detail.toPlainText()


def test_english_counts_one_in_the_singular_also_after_another_language():
    from PySide6.QtCore import QCoreApplication

    from nurse_desk.ui.i18n import Translations

    def found(count: int) -> str:
        return QCoreApplication.translate("NoteSearchDialog", "%n notes found", "", count)

    translations = Translations()
    try:
        assert translations.apply("en")
        assert (found(1), found(3)) == ("1 note found", "3 notes found")
        assert translations.apply("nb")
        assert found(1) != "1 note found"
        assert translations.apply("en")
        assert found(1) == "1 note found"
    finally:
        translations.apply("en")


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
@pytest.mark.parametrize(
    "make_dialog",
    [
        lambda: ChangePassphraseDialog(None),
        lambda: BackupDialog(None, suggested=Path("/tmp/b.vault")),
        lambda: RestoreDialog(None, folder=Path("/tmp")),
        lambda: UnlockScreen(None),
    ],
    ids=["change_passphrase", "backup", "restore", "unlock"],
)
def test_every_dialog_opens_in_every_language(qtbot, language, make_dialog):
    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    assert translations.apply(language)
    try:
        dialog = make_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isVisible()
    finally:
        translations.apply("en")


def test_english_windows_on_a_bare_c_locale_show_british_dates(monkeypatch):
    from PySide6.QtCore import QLocale

    from nurse_desk.ui.i18n import english_locale

    monkeypatch.setattr(QLocale, "system", staticmethod(QLocale.c))
    assert english_locale().name() == "en_GB"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("sv_SE")))
    assert english_locale().name() == "sv_SE"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "every 3 weeks, 4 times"),
        ("nb", "hver 3. uke, 4 ganger"),
        ("sv", "var 3:e vecka, 4 gånger"),
    ],
)
def test_plural_texts_survive_a_translation_update(qtbot, language, expected):
    """A plural text lupdate does not recognise is dropped from the .ts files without a word; the
    repeat of a follow-up is such a text."""
    from nurse_desk.ui.followups.follow_up_table_model import RepeatWords
    from nurse_desk.ui.i18n import Translations

    translations = Translations()
    assert translations.apply(language)
    try:
        assert RepeatWords().of("FREQ=WEEKLY;INTERVAL=3;COUNT=4") == expected
    finally:
        translations.apply("en")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "Home-visit sheet, with name, printed, for PPT Bærum. Reason: samarbeid"),
        ("nb", "Ark for hjemmebesøk, med navn, skrevet ut, til PPT Bærum. Grunn: samarbeid"),
        ("sv", "Blad för hembesök, med namn, utskrivet, till PPT Bærum. Skäl: samarbeid"),
    ],
)
def test_a_sheet_for_a_partner_names_the_partner_in_the_log_in_words(qtbot, language, words):
    """The log keeps whom a sheet outside the health service was for ('…, for PPT Bærum'):
    the access log shows it in the nurse's language, not the stored English 'for'."""
    from nurse_desk.ui.i18n import Translations
    from nurse_desk.ui.journal.access_log_words import detail_words

    translations = Translations()
    try:
        assert translations.apply(language)
        detail = "visit 3 sheet, named, printed, for PPT Bærum; reason: samarbeid"
        assert detail_words(detail, {}) == words
    finally:
        translations.apply("en")
