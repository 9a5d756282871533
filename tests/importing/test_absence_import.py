from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from import_fixtures import fodselsnummer
from openpyxl import Workbook

from nurse_desk.cli import main
from nurse_desk.domain.absence_import import ABSENCE_FIELDS
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.import_mapping import ColumnMapping, ImportKind, SavedMapping
from nurse_desk.domain.import_values import Problem
from nurse_desk.domain.records import NewPupil
from nurse_desk.services import access, importing, pupils
from nurse_desk.services.absence_import import (
    ImportHasErrors,
    import_absence,
    import_absence_file,
    preview_absence,
)
from nurse_desk.services.import_files import read_table
from nurse_desk.storage import absence

BORN = date(2013, 4, 9)
START = date(2025, 9, 1)
HEADER = "Fødselsnummer;Elev;Klasse;Dato;Time;Fag;Timer;Meldt;Gyldig fravær;Årsak"


@pytest.fixture
def school(vault):
    """Two pupils with national IDs and one without (matched by name and birth date)."""
    ids = [fodselsnummer(BORN, 500 + n * 7) for n in range(2)]
    for number, (given, family) in zip(ids, [("Ola", "Nordmann"), ("Åse", "Ødegård")], strict=True):
        pupils.add_pupil(
            vault, NewPupil(given, family, BORN, "Granly skole", "6B", national_id=number)
        )
    pupils.add_pupil(vault, NewPupil("Per", "Berg", BORN, "Granly skole", "6B"))
    return ids


def lines(ids: list[str], days: int, start: date = START) -> list[str]:
    rows = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        rows.append(f"{ids[0]};Ola Nordmann;6B;{day:%d.%m.%Y};2;Kroppsøving;1;ja;nei;syk")
        rows.append(f"{ids[1]};Åse Ødegård;6B;{day:%Y-%m-%d};3;Norsk;1,5;x;;")
    return rows


def write(tmp_path: Path, rows: list[str], name: str = "fravær.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding=encoding)
    return path


def stored(vault) -> list:
    with vault.session() as session, session.begin():
        return absence.entries(session)


def test_rows_become_absence_entries_with_every_field(vault, school, tmp_path):
    preview, result = import_absence_file(vault, write(tmp_path, lines(school, 1)))
    assert (len(preview.accepted), preview.unknown, preview.errors) == (2, (), ())
    assert result.new == 2
    first, second = sorted(stored(vault), key=lambda e: e.period)
    assert (first.day, first.period, first.subject, first.lessons) == (START, "2", "Kroppsøving", 1)
    assert (first.reported, first.excused, first.reason) == (True, False, "syk")
    assert (second.lessons, second.reported, second.excused) == (1.5, True, False)


def test_a_bad_line_212_is_reported_as_line_212_and_nothing_is_written(vault, school, tmp_path):
    rows = lines(school, 150)
    rows[210] = rows[210].replace(f"{START + timedelta(days=105):%d.%m.%Y}", "31.02.2026")
    path = write(tmp_path, rows)
    preview, result = import_absence_file(vault, path)
    assert result is None
    assert [(e.line, e.problem) for e in preview.errors] == [(212, Problem.DATE_NOT_EXIST)]
    assert preview.errors[0].message == "line 212: date '31.02.2026' does not exist"
    assert stored(vault) == []
    with pytest.raises(ImportHasErrors):
        import_absence(vault, preview)
    assert stored(vault) == []


def test_skipping_bad_lines_imports_the_rest(vault, school, tmp_path):
    rows = lines(school, 3)
    rows[1] = rows[1].replace("1,5", "mye")
    preview, result = import_absence_file(vault, write(tmp_path, rows), skip_bad_lines=True)
    assert [(e.line, e.column) for e in preview.errors] == [(3, "Timer")]
    assert (result.saved, result.skipped_lines) == (5, 1)
    assert len(stored(vault)) == 5


def test_reimporting_the_same_or_an_overlapping_file_does_not_double_count(vault, school, tmp_path):
    _, first = import_absence_file(vault, write(tmp_path, lines(school, 10), "a.csv"))
    _, again = import_absence_file(vault, write(tmp_path, lines(school, 10), "a.csv"))
    overlap = lines(school, 10, START + timedelta(days=5))
    preview, third = import_absence_file(vault, write(tmp_path, overlap, "b.csv"))
    assert (first.new, first.updated) == (20, 0)
    assert (again.new, again.updated) == (0, 20)
    assert (preview.new, preview.already_known) == (10, 10)
    assert (third.new, third.updated) == (10, 10)
    assert len(stored(vault)) == 30


def test_unknown_pupils_are_listed_and_names_match_without_an_id(vault, school, tmp_path):
    stranger = fodselsnummer(BORN, 900)
    rows = [
        ";Per Berg;6B;01.09.25;1;Matte;1;;;",
        ";Berg, Per;6B;01.09.25;1;Matte;1;;;",  # the same lesson, written another way
        f"{stranger};Ukjent Elev;6B;01.09.25;1;Matte;1;;;",
    ]
    path = tmp_path / "names.csv"
    path.write_text(
        "Fødselsnummer;Elev;Klasse;Dato;Time;Fag;Timer;Meldt;Gyldig;Årsak;Født\n"
        + "\n".join(r + ";09.04.2013" for r in rows)
        + "\n",
        encoding="utf-8",
    )
    preview, result = import_absence_file(vault, path)
    assert len(preview.accepted) == 1 and preview.repeated == 1
    assert [(u.line, u.who) for u in preview.unknown] == [(4, f"Ukjent Elev 09.04.2013 {stranger}")]
    assert result.new == 1


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_windows_exports_import_the_same(vault, school, tmp_path, encoding):
    preview, result = import_absence_file(
        vault, write(tmp_path, lines(school, 2), encoding=encoding)
    )
    assert result.new == 4 and {e.subject for _, e in preview.accepted} == {"Kroppsøving", "Norsk"}


def test_a_remembered_mapping_is_used_by_name(vault, school, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text(f"A;B;C\n{school[0]};1.9.2025;Fys\n", encoding="utf-8")
    importing.remember_mapping(
        vault,
        SavedMapping(
            ImportKind.ABSENCE,
            "odd",
            ColumnMapping({"national_id": "A", "day": "B", "subject": "C"}),
        ),
    )
    preview, result = import_absence_file(vault, path, mapping_name="odd")
    assert result.new == 1 and preview.accepted[0][1].subject == "Fys"
    # Without the name the remembered mapping is still the one that fits this file.
    table = read_table(path)
    mapping, name = importing.mapping_for(vault, ABSENCE_FIELDS, table.headers)
    assert name == "odd"
    assert len(preview_absence(vault, table, mapping).accepted) == 1


def test_command_line_prints_errors_and_exits_non_zero_unless_skipping(
    vault, school, tmp_path, capsys
):
    secret = tmp_path / "secret.txt"
    secret.write_text("fjord tavle sykkel blåbær\n", encoding="utf-8")
    secret.chmod(0o600)
    rows = lines(school, 3)
    rows[3] = rows[3].replace("Norsk", "Norsk;ekstra;felt")
    path = write(tmp_path, rows)
    vault.lock()
    common = ["--vault", str(vault.path), "--passphrase-file", str(secret)]
    assert main(["absence", "import", str(path), *common]) == 1
    out, err = capsys.readouterr()
    assert "line 5:" in err and "lines with errors: 1" in out
    assert main(["absence", "import", str(path), "--skip-bad-lines", *common]) == 0
    out, _ = capsys.readouterr()
    assert "rows imported: 5 (new: 5, updated: 0, bad lines skipped: 1)" in out
    assert main(["absence", "import", str(path), "--mapping", "nope", *common]) == 1
    assert "no saved column mapping" in capsys.readouterr().err


def test_a_failure_while_saving_leaves_nothing_written(vault, school, tmp_path, monkeypatch):
    table = read_table(write(tmp_path, lines(school, 20)))
    mapping, _ = importing.mapping_for(vault, ABSENCE_FIELDS, table.headers)
    preview = preview_absence(vault, table, mapping)
    real_count = absence.count
    calls = []

    def count_then_fail(session):
        calls.append(real_count(session))
        if len(calls) == 2:  # after every row was written, before the commit
            raise OSError("disk full")
        return calls[-1]

    monkeypatch.setattr(absence, "count", count_then_fail)
    with pytest.raises(OSError):
        import_absence(vault, preview)
    assert calls == [0, 40]
    assert stored(vault) == []


def test_an_import_is_logged_once_with_its_counts_and_a_refused_one_not_at_all(
    vault, school, tmp_path
):
    rows = lines(school, 3)
    rows[1] = rows[1].replace("1,5", "mye")
    rows.append(f"{fodselsnummer(BORN, 900)};Kari Ukjent;6B;01.09.2025;2;Norsk;1;ja;nei;")
    path = write(tmp_path, rows)
    preview, result = import_absence_file(vault, path)
    assert result is None
    with pytest.raises(ImportHasErrors):
        import_absence(vault, preview)
    assert access.log_entries(vault, action=AccessAction.IMPORT) == []
    import_absence_file(vault, path, skip_bad_lines=True)
    import_absence_file(vault, write(tmp_path, lines(school, 4)))
    first, second = access.log_entries(vault, action=AccessAction.IMPORT)
    assert (first.pupil_id, first.detail) == (
        None,
        "absence: 5 rows saved (5 new, 0 updated), 1 lines skipped, 1 rows of unknown pupils",
    )
    assert second.detail == (
        "absence: 8 rows saved (3 new, 5 updated), 0 lines skipped, 0 rows of unknown pupils"
    )
    assert "Ukjent" not in first.detail + second.detail
    assert access.verify_log(vault) is None


def test_checking_and_saving_report_rising_progress_up_to_the_total(
    vault, school, tmp_path, monkeypatch
):
    monkeypatch.setattr(absence, "_CHUNK", 7)
    table = read_table(write(tmp_path, lines(school, 20)))
    mapping, _ = importing.mapping_for(vault, ABSENCE_FIELDS, table.headers)
    checked: list[tuple[int, int]] = []
    preview = preview_absence(vault, table, mapping, lambda *report: checked.append(report))
    saved: list[tuple[int, int]] = []
    result = import_absence(vault, preview, progress=lambda *report: saved.append(report))
    assert checked[0] == (0, 40) and checked[-1] == (40, 40)
    assert saved == [(0, 40), (7, 40), (14, 40), (21, 40), (28, 40), (35, 40), (40, 40)]
    assert result.new == 40 and len(stored(vault)) == 40


def test_an_import_stopped_by_its_progress_report_leaves_the_vault_as_it_was(
    vault, school, tmp_path, monkeypatch
):
    import_absence_file(vault, write(tmp_path, lines(school, 5), "a.csv"))
    before, entries_before = vault.row_counts(), stored(vault)
    logged_before = access.log_entries(vault, action=AccessAction.IMPORT)
    monkeypatch.setattr(absence, "_CHUNK", 7)
    table = read_table(write(tmp_path, lines(school, 20, START - timedelta(days=5)), "b.csv"))
    mapping, _ = importing.mapping_for(vault, ABSENCE_FIELDS, table.headers)
    preview = preview_absence(vault, table, mapping)
    assert (preview.new, preview.already_known) == (30, 10)

    class Stopped(Exception):
        pass

    written: list[int] = []

    def stop_after_two_chunks(done: int, total: int) -> None:
        written.append(done)
        if done >= 14:
            raise Stopped

    with pytest.raises(Stopped):
        import_absence(vault, preview, progress=stop_after_two_chunks)
    assert written == [0, 7, 14]  # rows were written in the transaction before it stopped
    assert vault.row_counts() == before
    assert stored(vault) == entries_before
    assert access.log_entries(vault, action=AccessAction.IMPORT) == logged_before


def test_rows_already_stored_are_told_by_all_four_parts_of_their_key(vault, school):
    from nurse_desk.domain.absence import AbsenceEntry

    [pupil_id, other_id, *_] = [p.id for p in pupils.list_pupils(vault)]
    day = START
    kept = [
        AbsenceEntry(pupil_id, day, "1:2", ""),
        AbsenceEntry(pupil_id, day, "1", "Norsk"),
        AbsenceEntry(pupil_id, day, "", ""),
    ]
    with vault.session() as session, session.begin():
        absence.save_entries(session, kept)
    asked = [
        *kept,  # all three stored
        AbsenceEntry(pupil_id, day, "1", ":2"),  # the same letters split elsewhere
        AbsenceEntry(pupil_id, day, "1N", "orsk"),
        AbsenceEntry(pupil_id, day + timedelta(days=1), "1", "Norsk"),
        AbsenceEntry(other_id, day, "1", "Norsk"),
        AbsenceEntry(pupil_id, day, "2", "Norsk"),
    ]
    with vault.session() as session, session.begin():
        assert absence.count_stored(session, asked) == 3
        assert absence.count_stored(session, asked[3:]) == 0
        assert absence.count_stored(session, []) == 0


def test_a_workbook_whose_days_carry_a_time_imports_every_row(vault, school, tmp_path):
    """An Excel datetime cell with a time of day (and the same typed as text in a CSV) was
    refused on every row as "not a date"."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.split(";"))
    sheet.append([school[0], "Ola Nordmann", "6B", datetime(2025, 9, 1, 8, 15), "2", "Norsk"])
    sheet.append([school[1], "Åse Ødegård", "6B", "2025-09-02 10:30:00", "3", "Norsk"])
    path = tmp_path / "fravær.xlsx"
    book.save(path)
    preview, result = import_absence_file(vault, path)
    assert (preview.errors, result.new) == ((), 2)
    assert sorted(entry.day for entry in stored(vault)) == [START, START + timedelta(days=1)]


def test_an_absence_day_far_from_today_is_a_line_error_at_its_line(vault, school, tmp_path):
    """Days in 1900 or 2200 (a year typed wrong) were imported and counted as absence."""
    today = date.today()
    rows = lines(school, 1)
    rows += [
        f"{school[0]};Ola Nordmann;6B;03.01.1900;2;Norsk;1;;;",
        f"{school[0]};Ola Nordmann;6B;03.01.2200;2;Norsk;1;;;",
        f"{school[0]};Ola Nordmann;6B;{today + timedelta(days=400):%d.%m.%Y};2;Norsk;1;;;",
        f"{school[0]};Ola Nordmann;6B;{date(today.year - 14, 6, 1):%d.%m.%Y};2;Norsk;1;;;",
        # Leave granted ahead (a family trip in the spring) and last school year are absence.
        f"{school[0]};Ola Nordmann;6B;{today + timedelta(days=150):%d.%m.%Y};2;Norsk;1;;;",
        f"{school[0]};Ola Nordmann;6B;{date(today.year - 1, 6, 1):%d.%m.%Y};2;Norsk;1;;;",
    ]
    preview, result = import_absence_file(vault, write(tmp_path, rows))
    assert result is None
    assert [(e.line, e.column, e.problem) for e in preview.errors] == [
        (4, "Dato", Problem.DATE_LONG_AGO),
        (5, "Dato", Problem.DATE_AHEAD),
        (6, "Dato", Problem.DATE_AHEAD),
        (7, "Dato", Problem.DATE_LONG_AGO),
    ]
    assert preview.errors[1].message == "line 5: date '03.01.2200' is more than a year ahead"
    assert len(preview.accepted) == 4
    assert stored(vault) == []
