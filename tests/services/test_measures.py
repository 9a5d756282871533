from __future__ import annotations

import pytest
from probes import measures_of_follow_up

from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.errors import DuplicateName
from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.import_values import LineError, Problem
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.measures import InvalidMeasure, MeasureDraft, MeasureFileRejected
from nurse_desk.domain.referrals import Removal
from nurse_desk.domain.tabular import EmptyImportFile
from nurse_desk.services import access, follow_up_work, journal, measures

GOOD = (
    "Tiltak;Målgruppe;Kort beskrivelse;Lenke\n"
    "Leksehjelp;Elever 5.–7. trinn;Gratis leksehjelp to dager i uken;https://example.no/lekser\n"
    '"Samtalegruppe; jenter";Jenter 8. trinn;"Gruppe om trivsel,\nvennskap og søvn";\n'
)


def _names(vault) -> set[str]:
    return {m.name for m in measures.list_measures(vault)}


def _import(vault, tmp_path, data: bytes, name: str = "tiltak.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return measures.import_measures_file(vault, path)


def _import_entries(vault):
    return access.log_entries(vault, action=AccessAction.IMPORT)


def test_good_file_adds_every_measure_and_is_logged_once(vault, tmp_path):
    before = _names(vault)
    result = _import(vault, tmp_path, GOOD.encode("utf-8"))
    assert (result.added, result.updated) == (2, 0)
    found = {m.name: m for m in measures.list_measures(vault)}
    assert set(found) == before | {"Leksehjelp", "Samtalegruppe; jenter"}
    assert found["Samtalegruppe; jenter"].description == "Gruppe om trivsel,\nvennskap og søvn"
    assert found["Leksehjelp"].link == "https://example.no/lekser"
    [entry] = _import_entries(vault)
    assert (entry.pupil_id, entry.detail) == (None, "measures catalogue: 2 added, 0 updated")
    assert access.verify_log(vault) is None


def test_a_bad_line_rejects_the_whole_file_says_which_line_and_logs_nothing(vault, tmp_path):
    before = measures.list_measures(vault)
    data = (
        b"measure,target group,description,link\n"
        b"Leksehjelp,Elever,Hjelp med lekser,\n"
        b",Foreldre,Mangler navn,\n"
        b"Kurs,Foreldre,Kurs,ftp://example.no\n"
        b"Leksehjelp,Elever,Igjen,\n"
        b"Tur,Alle,Tur,,for mye\n"
    )
    with pytest.raises(MeasureFileRejected) as rejected:
        _import(vault, tmp_path, data)
    assert rejected.value.lines == (
        LineError(3, "measure", Problem.REQUIRED),
        LineError(4, "link", Problem.WEB_ADDRESS, "ftp://example.no"),
        LineError(5, "measure", Problem.REPEATED, "Leksehjelp"),
        LineError(6, "", Problem.TOO_MANY_VALUES),
    )
    assert [line.message for line in rejected.value.lines[:2]] == [
        "line 3: measure is empty",
        "line 4: link 'ftp://example.no' is not a web address (start with http:// or https://)",
    ]
    assert measures.list_measures(vault) == before
    assert _import_entries(vault) == []


def test_line_numbers_count_line_breaks_inside_cells(vault, tmp_path):
    data = b'Tiltak;Kort beskrivelse\nA;"to\nlinjer"\n;tom\n'
    with pytest.raises(MeasureFileRejected) as rejected:
        _import(vault, tmp_path, data)
    assert [line.line for line in rejected.value.lines] == [4]


def test_utf8_with_bom_and_windows_1252_files_are_read(vault, tmp_path):
    _import(vault, tmp_path, "\ufeffTiltak;Målgruppe\nSøvnskole;Ungdom\n".encode())
    _import(vault, tmp_path, "Åtgärd;Målgrupp\nNärvarogrupp;Högstadiet\n".encode("cp1252"))
    found = {m.name: m.target_group for m in measures.list_measures(vault)}
    assert found["Søvnskole"] == "Ungdom"
    assert found["Närvarogrupp"] == "Högstadiet"
    assert len(_import_entries(vault)) == 2
    assert access.verify_log(vault) is None


def test_an_excel_workbook_is_read(vault, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Tiltak", "Målgruppe", "Lenke", "Kontaktperson"])
    sheet.append(["Aktivitetsgruppe", "Elever med lite fysisk aktivitet", None, "Kari"])
    sheet.append(["Kurs", None, "https://example.se/kurs", None])
    book.save(tmp_path / "tiltak.xlsx")
    result = measures.import_measures_file(vault, tmp_path / "tiltak.xlsx")
    assert (result.added, result.updated) == (2, 0)
    found = {m.name: m for m in measures.list_measures(vault)}
    assert found["Aktivitetsgruppe"].target_group == "Elever med lite fysisk aktivitet"
    assert found["Kurs"].link == "https://example.se/kurs"


def test_a_file_without_headings_is_refused_not_read_as_measures(vault, tmp_path):
    """Every import needs a header line; a headerless file's first measure would otherwise
    be taken for headings (or headings for a measure)."""
    before = measures.list_measures(vault)
    with pytest.raises(MeasureFileRejected) as rejected:
        _import(vault, tmp_path, b"Aktivitetsgruppe,Elever med lite fysisk aktivitet,Tur\n")
    assert rejected.value.problem == "no_headings"
    assert measures.list_measures(vault) == before
    assert _import_entries(vault) == []


def test_headings_without_measures_are_refused(vault, tmp_path):
    with pytest.raises(MeasureFileRejected) as rejected:
        _import(vault, tmp_path, "Tiltak;Målgruppe\n;\n".encode())
    assert rejected.value.problem == "no_measures"


def test_importing_a_known_name_updates_it(vault, tmp_path):
    measures.list_measures(vault)
    result = _import(vault, tmp_path, "Tiltak;Målgruppe\nAnonym drøfting med PPT;Lærere\n".encode())
    assert (result.added, result.updated) == (0, 1)
    found = next(m for m in measures.list_measures(vault) if m.name == "Anonym drøfting med PPT")
    assert found.target_group == "Lærere"
    [entry] = _import_entries(vault)
    assert entry.detail == "measures catalogue: 0 added, 1 updated"


def test_empty_file_is_rejected(vault, tmp_path):
    with pytest.raises(EmptyImportFile):
        _import(vault, tmp_path, b"\xef\xbb\xbf\n \n")
    assert _import_entries(vault) == []


def test_measure_edit_refuses_empty_name_and_duplicates(vault):
    new_id = measures.add_measure(vault, MeasureDraft("Søvnskole", "8. trinn"))
    with pytest.raises(InvalidMeasure):
        measures.update_measure(vault, new_id, MeasureDraft(" "))
    with pytest.raises(DuplicateName):
        measures.add_measure(vault, MeasureDraft("søvnskole"))


def _signed_note(vault, pupil_id) -> int:
    from datetime import datetime

    note = journal.save_draft(
        vault,
        NoteDraft(pupil_id, datetime(2026, 10, 1, 10, 0), NoteKind.PLANNED, conversation="Samtale"),
    )
    journal.sign_note(vault, note.id)
    return note.id


def test_a_signed_note_and_a_follow_up_can_cite_a_measure(vault, pupil_id):
    from datetime import date

    measure = next(m for m in measures.list_measures(vault) if m.name == "Ressursteam på skolen")
    note_id = _signed_note(vault, pupil_id)
    measures.cite_in_note(vault, measure.id, note_id)
    measures.cite_in_note(vault, measure.id, note_id)  # citing twice keeps one link
    follow_up = follow_up_work.plan_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, date(2026, 11, 1))
    )
    measures.cite_in_follow_up(vault, measure.id, follow_up)
    assert [m.id for m in measures.measures_of_notes(vault, [note_id])[note_id]] == [measure.id]
    assert [m.id for m in measures_of_follow_up(vault, follow_up)] == [measure.id]
    cited = next(m for m in measures.list_measures(vault) if m.id == measure.id)
    assert cited.citations == 2
    # A cited measure is archived, not deleted, so the journal keeps what it cited.
    assert measures.remove_measure(vault, measure.id) is Removal.ARCHIVED
    assert measures.measures_of_notes(vault, [note_id])[note_id][0].archived
    measures.uncite_in_note(vault, measure.id, note_id)
    assert measures.measures_of_notes(vault, [note_id]) == {}


def test_an_uncited_measure_is_deleted(vault):
    new_id = measures.add_measure(vault, MeasureDraft("Søvnskole"))
    assert measures.remove_measure(vault, new_id) is Removal.DELETED
    assert "Søvnskole" not in _names(vault)
