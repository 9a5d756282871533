"""Bad input said in words where it happened: the pupil dialog, the import dialog, the search box,
in English, Norwegian and Swedish; and the settings file kept to the nurse's account."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QDate, QDateTime, QSettings, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTableWidgetItem

from nurse_desk.domain.follow_ups import MAX_DESCRIPTION
from nurse_desk.domain.journal import NoteDraft, NoteKind, Topic
from nurse_desk.domain.records import NewPupil
from nurse_desk.domain.school_calendar import SchoolCalendar
from nurse_desk.preferences import Preferences
from nurse_desk.services import journal, pupils
from nurse_desk.ui.followups.follow_up_dialog import FollowUpDialog
from nurse_desk.ui.importing.absence_import_dialog import AbsenceImportDialog
from nurse_desk.ui.journal.consent_dialog import ConsentDialog
from nurse_desk.ui.journal.note_editor import NoteEditorDialog
from nurse_desk.ui.journal.search_dialog import NoteSearchDialog
from nurse_desk.ui.pupils.class_list_dialog import ClassListFlow, ClassListImportDialog
from nurse_desk.ui.pupils.pupil_dialog import PupilDialog
from nurse_desk.ui.pupils.pupil_table_model import _class_key
from nurse_desk.ui.workspace import Section

IDA_ID = "15108695088"
IN_USE = {"en": "already has this national ID", "nb": "har allerede", "sv": "har redan"}
NOT_DIGITS = {"en": "digits 0–9 only", "nb": "sifrene 0–9", "sv": "siffrorna 0–9"}
NO_WORKBOOK = {"en": "not a readable Excel", "nb": "ikke en lesbar Excel", "sv": "inte en läsbar"}
WHICH_SCHOOL = {"en": "Which school", "nb": "Hvilken skole", "sv": "Vilken skola"}
CONFIG = QStandardPaths.StandardLocation.GenericConfigLocation
NO_WORDS = {"en": "Type a word", "nb": "Skriv et ord", "sv": "Skriv ett ord"}


def fill(qtbot, dialog: PupilDialog, national_id: str) -> None:
    qtbot.keyClicks(dialog.given, "Ola")
    qtbot.keyClicks(dialog.family, "Berg")
    qtbot.keyClicks(dialog.class_name, "5B")
    qtbot.keyClicks(dialog.national_id, national_id)


def save_button(dialog: PupilDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


# -- the pupil dialog -----------------------------------------------------------------------
def test_a_national_id_in_use_is_named_at_the_field_and_the_dialog_stays(qtbot, vault, language):
    pupils.add_pupil(
        vault, NewPupil("Ida", "Lie", date(1986, 10, 15), "Granly skole", "4A", IDA_ID)
    )
    dialog = PupilDialog(
        None,
        schools=["Granly skole"],
        country="no",
        save=lambda answer: pupils.add_pupil(vault, answer),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "151086 95088")
    save_button(dialog).click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "Ida Lie (4A, Granly skole)" in dialog.id_problem.text()
    assert IN_USE[language] in dialog.id_problem.text()
    assert (dialog.given.text(), dialog.family.text(), dialog.class_name.text()) == (
        "Ola",
        "Berg",
        "5B",
    )
    assert not save_button(dialog).isEnabled()  # the same ID again would be refused again
    qtbot.keyClicks(dialog.given, "v")  # typing elsewhere keeps the words
    assert IN_USE[language] in dialog.id_problem.text()
    dialog.national_id.setText("41018036736")
    assert dialog.id_problem.text() == ""
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(dialog.saved, int)


def test_a_superscript_digit_typed_in_a_swedish_id_is_explained(qtbot, language):
    dialog = PupilDialog(None, schools=["Solskolan"], country="se", save=lambda answer: 1)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, "1201²11234")
    assert NOT_DIGITS[language] in dialog.id_problem.text()
    assert not save_button(dialog).isEnabled()


BORN_LATER = {"en": "after today", "nb": "etter i dag", "sv": "efter i dag"}
BORN_LONG_AGO = {"en": "100 years", "nb": "100 år", "sv": "100 år"}


def test_a_birth_date_no_pupil_can_have_is_named_at_the_field(qtbot, language):
    """2062 typed for 2026 was saved as the pupil's birth date without a word."""
    saved = []
    dialog = PupilDialog(None, schools=["Granly skole"], country="no", save=saved.append)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, "")
    tomorrow = date.today() + timedelta(days=1)
    for day, words in ((tomorrow, BORN_LATER), (date(1900, 1, 1), BORN_LONG_AGO)):
        dialog.born.setDate(QDate(day.year, day.month, day.day))
        assert words[language] in dialog.born_problem.text()
        assert not save_button(dialog).isEnabled()
        dialog.accept()  # Ctrl+Enter or a default button could still ask
        assert saved == [] and dialog.result() != QDialog.DialogCode.Accepted
    dialog.born.setDate(QDate(2015, 3, 4))
    assert dialog.born_problem.text() == ""
    save_button(dialog).click()
    assert [pupil.birth_date for pupil in saved] == [date(2015, 3, 4)]


def test_new_pupil_from_the_pupils_page_keeps_the_dialog_open_on_an_id_in_use(
    qtbot, make_window, in_next_modal
):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.PUPILS)
    vault = window.session.vault
    ida = NewPupil("Ida", "Lie", date(1986, 10, 15), "Granly skole", "4A", IDA_ID)
    holder = pupils.list_pupils(vault)[0]
    pupils.update_pupil(vault, holder.id, ida)  # a demo pupil, now with a national ID
    before = len(pupils.list_pupils(vault))
    seen = {}

    def try_the_taken_id(dialog) -> None:
        dialog.given.setText("Ola")
        dialog.family.setText("Berg")
        dialog.class_name.setText("5B")
        dialog.national_id.setText(IDA_ID)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["open"] = dialog.isVisible()
        seen["words"] = dialog.id_problem.text()
        dialog.reject()

    in_next_modal(try_the_taken_id)
    window.workspace.pupils_page.new_button.click()
    assert seen["open"] is True
    assert "Ida Lie (4A, Granly skole)" in seen["words"]
    assert len(pupils.list_pupils(vault)) == before


def test_editing_a_pupil_to_an_id_in_use_keeps_the_dialog_and_the_pupil_as_he_was(
    qtbot, make_window, in_next_modal
):
    window = make_window(Path("/nonexistent/never.vault"), demo=True)
    window.workspace.show_section(Section.PUPILS)
    vault = window.session.vault
    first, second = pupils.list_pupils(vault)[:2]
    ida = NewPupil("Ida", "Lie", date(1986, 10, 15), "Granly skole", "4A", IDA_ID)
    pupils.update_pupil(vault, first.id, ida)
    page = window.workspace.pupils_page
    page.open_pupil(second.id)
    seen = {}

    def give_him_idas_id(dialog) -> None:
        dialog.national_id.setText(IDA_ID)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["open"] = dialog.isVisible()
        seen["words"] = dialog.id_problem.text()
        dialog.reject()

    in_next_modal(give_him_idas_id)
    page.pupil_page.edit_pupil_button.click()
    assert seen["open"] is True
    assert "Ida Lie" in seen["words"]
    assert next(p for p in pupils.list_pupils(vault) if p.id == second.id) == second


def test_a_class_name_with_an_odd_digit_sorts_without_an_error():
    assert _class_key("4²B") == (4, "4²B")
    assert _class_key("²") == (0, "²")


# -- the import dialog ----------------------------------------------------------------------
def open_import(qtbot, vault, path: Path) -> ClassListImportDialog:
    dialog = ClassListImportDialog(None, ClassListFlow(vault), ["Granly skole"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    return dialog


def test_a_damaged_workbook_is_named_in_the_import_dialog(qtbot, vault, tmp_path, language):
    book = Workbook()
    book.active.append(["Fødselsnummer", "Navn", "Klasse"])
    good = io.BytesIO()
    book.save(good)
    damaged = io.BytesIO()
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("xl/worksheets/"):
                data = data.replace(b"<sheetData>", b"<sheetData><row><c>&oops;")
            target.writestr(name, data)
    path = tmp_path / "klasse 4A.xlsx"
    path.write_bytes(damaged.getvalue())
    dialog = open_import(qtbot, vault, path)
    assert "klasse 4A.xlsx" in dialog.status_label.text()
    assert NO_WORKBOOK[language] in dialog.status_label.text()
    assert dialog.table is None and not dialog.import_button.isEnabled()


def test_a_class_list_without_a_school_asks_once_for_the_school(qtbot, vault, tmp_path, language):
    path = tmp_path / "uten skole.csv"
    rows = [f"Elev {n};{n:02d}.01.2015;4A" for n in range(1, 29)]
    path.write_text("\n".join(["Navn;Fødselsdato;Klasse", *rows]), encoding="utf-8")
    dialog = open_import(qtbot, vault, path)
    assert WHICH_SCHOOL[language] in dialog.status_label.text()
    assert dialog.errors_list.count() == 0  # one question, not 28 "school is empty" lines
    dialog.school_combo.setCurrentText("Granly skole")
    qtbot.waitUntil(lambda: dialog.preview is not None and not dialog.is_busy(), timeout=5000)
    assert dialog.preview.errors == ()
    assert len(dialog.preview.accepted) == 28


QUOTE_AT_LINE_3 = {"en": "Line 3 of the file", "nb": "Linje 3 i filen", "sv": "Rad 3 i filen"}


def test_a_stray_quote_in_a_long_class_list_is_named_at_its_line(qtbot, vault, tmp_path, language):
    """Past 128 KB after the quote the csv reader gave up first: the nurse was told to save
    the file as CSV, which it was, instead of where the quote is."""
    rows = [f"Elev {n};{n % 28 + 1:02d}.01.2015;4A;Granly skole" for n in range(6000)]
    rows[1] = rows[1].replace("Elev", '"Elev')
    path = tmp_path / "klasseliste.csv"
    path.write_text("\n".join(["Navn;Fødselsdato;Klasse;Skole", *rows]), encoding="utf-8")
    dialog = open_import(qtbot, vault, path)
    assert QUOTE_AT_LINE_3[language] in dialog.status_label.text()
    assert dialog.table is None and not dialog.import_button.isEnabled()
    assert pupils.list_pupils(vault) == []


SAME_PUPIL_ON_LINE_2 = {
    "en": "line 3: the same pupil is on line 2",
    "nb": "linje 3: samme elev står på linje 2",
    "sv": "rad 3: samma elev finns på rad 2",
}


def test_a_pupil_twice_in_two_classes_names_the_other_line(qtbot, vault, tmp_path, language):
    path = tmp_path / "klasseliste.csv"
    rows = [f"{IDA_ID};Ida Lie;4A;Granly skole", f"{IDA_ID};Ida Lie;4B;Granly skole"]
    path.write_text("\n".join(["Fødselsnummer;Navn;Klasse;Skole", *rows]), encoding="utf-8")
    dialog = open_import(qtbot, vault, path)
    assert [dialog.errors_list.item(0).text()] == [
        dialog.errors_list.item(n).text() for n in range(dialog.errors_list.count())
    ]
    assert SAME_PUPIL_ON_LINE_2[language] in dialog.errors_list.item(0).text()
    assert not dialog.import_button.isEnabled()
    assert pupils.list_pupils(vault) == []


# -- the search box -------------------------------------------------------------------------
def test_search_signs_and_nul_are_plain_text_in_the_search_box(qtbot, vault, language):
    emil = NewPupil("Emil", "Aasen", date(2012, 10, 15), "Granly skole", "8B")
    pupil_id = pupils.add_pupil(vault, emil)
    journal.save_draft(
        vault,
        NoteDraft(
            pupil_id=pupil_id,
            occurred_at=datetime(2026, 11, 20, 10, 15),
            kind=NoteKind.PLANNED,
            topics=frozenset({Topic.SLEEP}),
            conversation="Snakket om mobbing.",
            assessment="",
            actions="",
        ),
    )
    dialog = NoteSearchDialog(None, vault=vault)
    qtbot.addWidget(dialog)
    for query in ('mobb\x00"', "(mobb)", '"mobb*', "-mobb", "^mobb:"):
        dialog.query.setText(query)
        dialog.run_search()
        assert dialog.model.rowCount() == 1, query
    dialog.query.setText('"*-() \x00')
    dialog.run_search()
    assert dialog.model.rowCount() == 0
    assert NO_WORDS[language] in dialog.summary.text()


# -- the settings file ----------------------------------------------------------------------
def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def user_settings_folder(tmp_path):
    """QSettings("NurseDesk", "Nurse Desk") writes below this folder instead of ~/.config."""
    native, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    QSettings.setPath(native, scope, str(tmp_path / "config"))
    yield tmp_path / "config"
    QSettings.setPath(native, scope, QStandardPaths.writableLocation(CONFIG))


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_settings_file_is_the_nurses_alone_from_creation(user_settings_folder):
    previous = os.umask(0o022)
    try:
        preferences = Preferences()
        preferences.language = "nb"
        preferences.sync()
    finally:
        os.umask(previous)
    path = Path(QSettings("NurseDesk", "Nurse Desk").fileName())
    assert path.parent == user_settings_folder / "NurseDesk"
    assert "nb" in path.read_text()
    assert (mode(path), mode(path.parent)) == (0o600, 0o700)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_open_settings_file_is_made_private_at_start(user_settings_folder):
    folder = user_settings_folder / "NurseDesk"
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    path = folder / "Nurse Desk.conf"
    path.write_text("[security]\nidle_minutes=²\n")
    os.chmod(path, 0o644)
    preferences = Preferences()
    assert (mode(path), mode(folder)) == (0o600, 0o700)
    assert preferences.idle_minutes == 5  # a hand-edited '²' is not a number of minutes


def test_editing_a_pupil_keeps_every_guardian_and_offers_a_row_for_one_more(qtbot, vault):
    from nurse_desk.domain.records import GuardianRecord
    from nurse_desk.services import follow_up_work

    four = tuple(
        GuardianRecord(name, relation, f"+47 9000000{n}")
        for n, (name, relation) in enumerate(
            [
                ("Kari Berg", "mor"),
                ("Per Berg", "far"),
                ("Anne Lie", "bonusmor"),
                ("Ola Lie", "verge"),
            ]
        )
    )
    pupil_id = pupils.add_pupil(
        vault,
        NewPupil("Ola", "Berg", date(2014, 3, 1), "Granly skole", "5B", guardians=four),
    )
    record = follow_up_work.pupil_of(vault, pupil_id)
    assert len(record.guardians) == 4
    dialog = PupilDialog(
        None,
        schools=["Granly skole"],
        country="no",
        pupil=record,
        save=lambda answer: pupils.update_pupil(vault, pupil_id, answer),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.guardians.rowCount() == 5  # all four, and an empty row
    dialog.class_name.setText("6B")
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert follow_up_work.pupil_of(vault, pupil_id).guardians == four
    dialog.guardians.setItem(4, 0, QTableWidgetItem("X"))
    assert dialog.guardians.rowCount() == 6  # a fifth guardian typed: one more empty row


# -- days that record what already happened ------------------------------------------------

NOTE_AHEAD = {"en": "dated after today", "nb": "datert etter i dag", "sv": "daterat efter i dag"}
CONSENT_AHEAD = {"en": "after today", "nb": "etter i dag", "sv": "efter i dag"}
BEFORE_BIRTH = {"en": "before the pupil was born", "nb": "før eleven ble født",
                "sv": "innan eleven föddes"}  # fmt: skip


def emil(vault):
    born = date(2012, 10, 15)
    pupil_id = pupils.add_pupil(vault, NewPupil("Emil", "Aasen", born, "Granly skole", "8B"))
    return next(p for p in pupils.list_pupils(vault) if p.id == pupil_id)


def test_a_note_dated_years_ahead_is_said_in_the_editor_and_not_signed(
    qtbot, vault, language, monkeypatch
):
    """A note dated 2062 for 2026 was signed, and could then only be amended."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    editor = NoteEditorDialog(None, vault=vault, pupil=emil(vault))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.conversation, "Sover dårlig.")
    editor.occurred.setDateTime(QDateTime(datetime(2062, 3, 4, 10, 15)))
    assert NOTE_AHEAD[language] in editor.status.text()  # said as she types it
    editor.sign_button.click()
    assert NOTE_AHEAD[language] in editor.status.text()
    assert asked == []  # never asked to sign a note it would refuse
    note = journal.get_note(vault, editor.note_id)
    assert not note.is_signed and note.occurred_at.year == 2062  # the draft is kept
    editor.occurred.setDateTime(QDateTime(datetime(1900, 3, 4, 10, 15)))
    editor.sign_button.click()
    assert BEFORE_BIRTH[language] in editor.status.text()
    assert not journal.get_note(vault, editor.note_id).is_signed
    editor.keep_and_close()
    assert not editor.isVisible()


def test_a_consent_given_on_a_day_ahead_is_said_at_the_field(qtbot, vault, language):
    dialog = ConsentDialog(None, pupil=emil(vault), today=date.today())
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    for day, words in ((date(2200, 1, 1), CONSENT_AHEAD), (date(1900, 1, 1), BEFORE_BIRTH)):
        dialog.given_on.setDate(QDate(day.year, day.month, day.day))
        assert words[language] in dialog.given_on_problem.text()
        assert not dialog.given_on_problem.isHidden() and not save.isEnabled()
        dialog.accept()  # Enter in a field still asks
        assert dialog.result() != QDialog.DialogCode.Accepted
    today = date.today()
    dialog.given_on.setDate(QDate(today.year, today.month, today.day))
    assert dialog.given_on_problem.isHidden() and save.isEnabled()


# -- a file with its header line only ------------------------------------------------------

NO_ROWS = {"en": "no rows", "nb": "ingen rader", "sv": "inga rader"}


@pytest.mark.parametrize("name", ["klasse 4A.csv", "klasse 4A.xlsx"])
def test_a_class_list_with_its_header_only_says_it_has_no_rows(
    qtbot, vault, tmp_path, language, name
):
    """0 rows and a disabled Import button, without a sentence saying why."""
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text("Fødselsnummer;Navn;Klasse\r\n\r\n", encoding="utf-8")
    else:
        book = Workbook()
        book.active.append(["Fødselsnummer", "Navn", "Klasse"])
        book.save(path)
    dialog = open_import(qtbot, vault, path)
    assert NO_ROWS[language] in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


def test_an_absence_export_with_its_header_only_says_it_has_no_rows(
    qtbot, vault, tmp_path, language
):
    path = tmp_path / "fravær.csv"
    path.write_text("Fødselsnummer;Elev;Klasse;Dato;Time;Fag;Timer\r\n", encoding="utf-8")
    dialog = AbsenceImportDialog(None, vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.table is not None and not dialog.is_busy(), timeout=10000)
    assert NO_ROWS[language] in dialog.status_label.text()
    assert not dialog.import_button.isEnabled()


# -- the follow-up form ---------------------------------------------------------------------

YEARS_AHEAD = {"en": "10 years ahead", "nb": "10 år fram i tid", "sv": "10 år fram i tiden"}
YEARS_AGO = {"en": "10 years ago", "nb": "10 år tilbake", "sv": "10 år tillbaka"}


def test_a_follow_up_due_years_away_is_said_in_the_form_and_the_form_stays(qtbot, language):
    """Due on 2200 or 1900 (a year typed wrong) it was saved, and shown in no week."""
    today = date.today()
    dialog = FollowUpDialog(
        None, pupils=[(7, "Emil Aasen")], calendar=SchoolCalendar("no"), today=today, pupil_id=7
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setText("Ny samtale \x00 om søvn ")
    typed = dialog.description.text()
    QGuiApplication.clipboard().setText("x" * 10_000)
    dialog.description.paste()  # more than the field holds: refused with words, not cut
    assert dialog.description.text() == typed and len(typed) < MAX_DESCRIPTION
    for day, words in ((date(2200, 1, 1), YEARS_AHEAD), (date(1900, 1, 1), YEARS_AGO)):
        dialog.due.setDate(QDate(day.year, day.month, day.day))
        dialog.accept()
        assert dialog.isVisible() and words[language] in dialog.problem.text()
    dialog.due.setDate(QDate(today.year, today.month, today.day))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
