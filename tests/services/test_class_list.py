"""Class-list import and new school year against a real vault: one transaction, all or nothing."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from class_list_fixtures import Guardian, class_list_text, made_up_pupils, with_changes

from nurse_desk.domain.class_list import ClassListField, ClassListLine, ClassListRejected
from nurse_desk.domain.class_list_plan import PlanKind
from nurse_desk.domain.school_year import MoveKind
from nurse_desk.services import class_list, pupils
from nurse_desk.services.access import open_pupil_page

F = ClassListField
HEADERS = {
    "Fødselsnummer": F.NATIONAL_ID,
    "Fornavn": F.GIVEN_NAME,
    "Etternavn": F.FAMILY_NAME,
    "Fødselsdato": F.BIRTH_DATE,
    "Skole": F.SCHOOL,
    "Klasse": F.CLASS_NAME,
    "Foresatt 1": F.GUARDIAN_NAME,
    "Relasjon 1": F.GUARDIAN_RELATION,
    "Telefon 1": F.GUARDIAN_PHONE,
    "Foresatt 2": F.GUARDIAN2_NAME,
    "Relasjon 2": F.GUARDIAN2_RELATION,
    "Telefon 2": F.GUARDIAN2_PHONE,
    "Skjermet": F.PROTECTED,
}


def lines_of(text: str) -> list[ClassListLine]:
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = [HEADERS[name] for name in rows[0]]
    return [
        ClassListLine(number, dict(zip(header, row, strict=True)))
        for number, row in enumerate(rows[1:], start=2)
    ]


def norwegian_date(text: str) -> date:
    return datetime.strptime(text, "%d.%m.%Y").date()


def run_import(vault, pupil_list, **options):
    return class_list.import_class_list(
        vault, lines_of(class_list_text(pupil_list)), parse_date=norwegian_date, **options
    )


def snapshot(vault):
    return [(p, open_pupil_page(vault, p.id).pupil.guardians) for p in pupils.list_pupils(vault)]


def test_importing_twice_changes_nothing(vault):
    listed = made_up_pupils(30)
    first = run_import(vault, listed)
    assert (first.new, first.changed, first.unchanged) == (30, 0, 0)
    before = snapshot(vault)
    second = run_import(vault, listed)
    assert (second.new, second.changed, second.unchanged) == (0, 0, 30)
    assert snapshot(vault) == before


def test_changed_class_and_new_guardian_are_picked_up(vault):
    listed = made_up_pupils(5)
    run_import(vault, listed)
    stepfather = Guardian("Per Steffen", "stefar", "98765432")
    listed[1] = with_changes(listed[1], klass="9C")
    listed[2] = with_changes(listed[2], guardians=(listed[2].guardians[0], stepfather))
    result = run_import(vault, listed)
    assert (result.new, result.changed, result.unchanged) == (0, 2, 3)
    by_id = {p.national_id: p for p in pupils.list_pupils(vault)}
    assert by_id[listed[1].national_id].class_name == "9C"
    guardians = open_pupil_page(vault, by_id[listed[2].national_id].id).pupil.guardians
    assert [g.name for g in guardians] == [listed[2].guardians[0].name, "Per Steffen"]
    assert len(pupils.list_pupils(vault)) == 5


def test_bad_id_on_line_17_writes_nothing(vault):
    listed = made_up_pupils(20)
    bad = listed[15].national_id[:-1] + str((int(listed[15].national_id[-1]) + 1) % 10)
    listed[15] = with_changes(listed[15], national_id=bad)
    with pytest.raises(ClassListRejected) as refused:
        run_import(vault, listed)
    assert [error.line for error in refused.value.errors] == [17]
    assert pupils.list_pupils(vault) == []
    skipped = run_import(vault, listed, skip_bad_lines=True)
    assert (skipped.new, len(skipped.errors)) == (19, 1)


def test_missing_pupils_are_archived_never_deleted(vault):
    listed = made_up_pupils(6)
    run_import(vault, listed)
    preview = class_list.preview_class_list(
        vault, lines_of(class_list_text(listed[:4])), parse_date=norwegian_date, full_school=True
    )
    missing = preview.plan.of_kind(PlanKind.MISSING)
    assert {p.existing.national_id for p in missing} == {p.national_id for p in listed[4:]}
    chosen = [missing[0].existing.id]
    result = run_import(vault, listed[:4], full_school=True, leaving=chosen, today=date(2026, 8, 1))
    assert result.left_school == 1
    everyone = {p.id: p for p in pupils.list_pupils(vault)}
    assert len(everyone) == 6
    assert everyone[chosen[0]].left_on == date(2026, 8, 1) and not everyone[chosen[0]].active
    assert sum(1 for p in everyone.values() if p.active) == 5
    back = run_import(vault, listed)
    assert back.changed == 1
    assert all(p.active for p in pupils.list_pupils(vault))


def test_protected_identity_is_kept(vault):
    listed = made_up_pupils(3)
    listed[1] = with_changes(listed[1], protected=True)
    run_import(vault, listed)
    listed[1] = with_changes(listed[1], protected=False, klass="9A")
    run_import(vault, listed)
    by_id = {p.national_id: p for p in pupils.list_pupils(vault)}
    assert by_id[listed[1].national_id].protected_identity
    assert by_id[listed[1].national_id].class_name == "9A"
    assert not by_id[listed[2].national_id].protected_identity


def test_new_school_year_moves_classes_up_and_archives_the_top_grade(vault):
    listed = made_up_pupils(20)
    run_import(vault, listed)
    before = pupils.list_pupils(vault)
    moves = class_list.preview_new_school_year(vault, "Granly skole", 10)
    assert pupils.list_pupils(vault) == before  # the preview writes nothing
    leavers = {m.pupil_id for m in moves if m.kind is MoveKind.LEAVES}
    assert len(leavers) == 2
    class_list.start_new_school_year(
        vault, "Granly skole", 10, archive_leavers=True, today=date(2026, 8, 17)
    )
    after = {p.id: p for p in pupils.list_pupils(vault)}
    for move in moves:
        if move.kind is MoveKind.MOVES_UP:
            assert after[move.pupil_id].class_name == move.after
        else:
            assert after[move.pupil_id].left_on == date(2026, 8, 17)
