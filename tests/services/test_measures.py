from __future__ import annotations

import pytest

from nurse_desk.domain.errors import DuplicateName
from nurse_desk.domain.follow_ups import FollowUpKind, NewFollowUp
from nurse_desk.domain.journal import NoteDraft, NoteKind
from nurse_desk.domain.measures import (
    InvalidMeasure,
    LineError,
    LineProblem,
    MeasureDraft,
    MeasureFileRejected,
)
from nurse_desk.domain.referrals import Removal
from nurse_desk.services import follow_ups, journal, measures

GOOD = (
    "Tiltak;Målgruppe;Kort beskrivelse;Lenke\n"
    "Leksehjelp;Elever 5.–7. trinn;Gratis leksehjelp to dager i uken;https://example.no/lekser\n"
    '"Samtalegruppe; jenter";Jenter 8. trinn;"Gruppe om trivsel,\nvennskap og søvn";\n'
)


def _names(vault) -> set[str]:
    return {m.name for m in measures.list_measures(vault)}


def test_good_file_adds_every_measure(vault):
    before = _names(vault)
    result = measures.import_measures(vault, GOOD.encode("utf-8"))
    assert (result.added, result.updated) == (2, 0)
    found = {m.name: m for m in measures.list_measures(vault)}
    assert set(found) == before | {"Leksehjelp", "Samtalegruppe; jenter"}
    assert found["Samtalegruppe; jenter"].description == "Gruppe om trivsel,\nvennskap og søvn"
    assert found["Leksehjelp"].link == "https://example.no/lekser"


def test_a_bad_line_rejects_the_whole_file_and_says_which_line(vault):
    before = measures.list_measures(vault)
    data = (
        b"measure,target group,description,link\n"
        b"Leksehjelp,Elever,Hjelp med lekser,\n"
        b",Foreldre,Mangler navn,\n"
        b"Kurs,Foreldre,Kurs,ftp://example.no\n"
        b"Leksehjelp,Elever,Igjen,\n"
    )
    with pytest.raises(MeasureFileRejected) as rejected:
        measures.import_measures(vault, data)
    assert rejected.value.lines == (
        LineError(3, LineProblem.NAME_EMPTY),
        LineError(4, LineProblem.LINK_NOT_WEB),
        LineError(5, LineProblem.DUPLICATE),
    )
    assert measures.list_measures(vault) == before


def test_utf8_with_bom_and_windows_1252_files_are_read(vault):
    measures.import_measures(vault, "\ufeffTiltak;Målgruppe\nSøvnskole;Ungdom\n".encode())
    measures.import_measures(vault, "Åtgärd;Målgrupp\nNärvarogrupp;Högstadiet\n".encode("cp1252"))
    found = {m.name: m.target_group for m in measures.list_measures(vault)}
    assert found["Søvnskole"] == "Ungdom"
    assert found["Närvarogrupp"] == "Högstadiet"


def test_without_headings_columns_are_taken_in_catalogue_order(vault):
    measures.import_measures(vault, b"Aktivitetsgruppe,Elever med lite fysisk aktivitet,Tur\n")
    found = next(m for m in measures.list_measures(vault) if m.name == "Aktivitetsgruppe")
    assert (found.target_group, found.description) == ("Elever med lite fysisk aktivitet", "Tur")


def test_importing_a_known_name_updates_it(vault):
    measures.list_measures(vault)
    result = measures.import_measures(vault, "Anonym drøfting med PPT;Lærere\n".encode())
    assert (result.added, result.updated) == (0, 1)
    found = next(m for m in measures.list_measures(vault) if m.name == "Anonym drøfting med PPT")
    assert found.target_group == "Lærere"


def test_empty_file_is_rejected(vault):
    with pytest.raises(MeasureFileRejected) as rejected:
        measures.import_measures(vault, b"\xef\xbb\xbf\n \n")
    assert rejected.value.problem == "empty"


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
    follow_up = follow_ups.add_follow_up(
        vault, NewFollowUp(pupil_id, FollowUpKind.CONVERSATION, date(2026, 11, 1))
    )
    measures.cite_in_follow_up(vault, measure.id, follow_up)
    assert [m.id for m in measures.measures_of_notes(vault, [note_id])[note_id]] == [measure.id]
    assert [m.id for m in measures.measures_of_follow_up(vault, follow_up)] == [measure.id]
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
