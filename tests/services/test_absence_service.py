"""Absence analysis over a real vault: flags, acknowledgement, settings, acting on a flag."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from absence_fixtures import START, TODAY
from probes import follow_ups_for_pupil

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import InvalidThreshold, PatternKind, Thresholds
from nurse_desk.domain.follow_ups import FollowUpKind, FollowUpSource
from nurse_desk.domain.journal import MissingReason, NoteKind, Topic
from nurse_desk.domain.records import NewPupil, SchoolRecord
from nurse_desk.services import absence, journal, pupils
from nurse_desk.storage import absence as absence_store
from nurse_desk.storage import pupils as pupil_store


def test_every_flagged_pupil_carries_the_pattern_put_there(school_vault):
    vault, kinds = school_vault
    overview = absence.analyse_all(vault, today=TODAY)
    found = {item.pupil.id: [f.kind for f in item.absence.flags] for item in overview.pupils}
    assert found == {pid: [kind] for pid, kind in kinds.items() if kind is not None}
    assert overview.analysed == 60
    assert overview.pupils[0].absence.flags[0].kind is PatternKind.TOTAL  # most serious first


def test_an_acknowledged_flag_is_hidden_until_its_pattern_changes(school_vault):
    vault, kinds = school_vault
    pupil_id = next(pid for pid, kind in kinds.items() if kind is PatternKind.WEEKDAY)
    [flag] = absence.pupil_absence(vault, pupil_id, today=TODAY).absence.flags
    with pytest.raises(MissingReason):
        absence.acknowledge_flag(vault, flag, "  ")
    absence.acknowledge_flag(vault, flag, "Known: physiotherapy on Mondays")
    overview = absence.analyse_all(vault, today=TODAY)
    assert pupil_id not in {item.pupil.id for item in overview.pupils}
    shown = absence.analyse_all(vault, today=TODAY, show_acknowledged=True)
    assert pupil_id in {item.pupil.id for item in shown.pupils}
    assert absence.pupil_absence(vault, pupil_id, today=TODAY).acknowledged == {"weekday"}
    # Another Monday away: the pattern has changed, so the flag shows again.
    with vault.session() as session, session.begin():
        absence_store.save_entries(session, [AbsenceEntry(pupil_id, date(2026, 11, 23))])
    again = absence.analyse_all(vault, today=TODAY)
    [item] = [i for i in again.pupils if i.pupil.id == pupil_id]
    assert [f.count for f in item.absence.flags] == [6]


def test_thresholds_are_kept_in_the_vault_and_used(school_vault):
    vault, _ = school_vault
    assert absence.read_thresholds(vault) == Thresholds()
    absence.save_thresholds(vault, Thresholds(frequent_episodes=6))
    assert absence.read_thresholds(vault).frequent_episodes == 6
    overview = absence.analyse_all(vault, today=TODAY)
    assert PatternKind.FREQUENT not in {f.kind for i in overview.pupils for f in i.absence.flags}
    with pytest.raises(InvalidThreshold):
        absence.save_thresholds(vault, Thresholds(total_percent=0))


def test_leaving_out_reported_absence_drops_flags_built_on_it(school_vault):
    vault, _ = school_vault
    everything = absence.analyse_all(vault, today=TODAY)
    unreported = absence.analyse_all(vault, today=TODAY, include_excused=False)
    assert 0 < len(unreported.pupils) < len(everything.pupils)


def test_a_flag_becomes_a_follow_up_or_a_note_draft(school_vault):
    vault, kinds = school_vault
    pupil_id = next(pid for pid, kind in kinds.items() if kind is PatternKind.SUBJECT)
    [flag] = absence.pupil_absence(vault, pupil_id, today=TODAY).absence.flags
    follow_up_id = absence.follow_up_from_flag(
        vault, flag, description="10 of 10 missed lessons were PE", due_on=date(2026, 12, 1)
    )
    [follow_up] = follow_ups_for_pupil(vault, pupil_id)
    assert follow_up.id == follow_up_id
    assert (follow_up.kind, follow_up.source) == (
        FollowUpKind.CHECK_ABSENCE,
        FollowUpSource.ABSENCE_FLAG,
    )
    note = absence.note_draft_from_flag(
        vault, flag, text="Much PE missed.", now=datetime(2026, 11, 24, 10, 0)
    )
    assert (note.kind, note.topics, note.is_signed) == (
        NoteKind.PLANNED,
        frozenset({Topic.ABSENCE}),
        False,
    )
    assert [n.id for n in journal.notes_of_pupil(vault, pupil_id)] == [note.id]


def test_subject_shares_from_the_list_give_the_same_flags_as_summing_anew(school_vault):
    vault, kinds = school_vault
    overview = absence.analyse_all(vault, today=TODAY)
    shares = overview.subject_shares["Lia skole"]
    assert shares["Kroppsøving"] > 0
    for pupil_id in kinds:
        given = absence.pupil_absence(vault, pupil_id, today=TODAY, shares=shares)
        anew = absence.pupil_absence(vault, pupil_id, today=TODAY)
        assert given.absence == anew.absence


def test_pupil_profile_has_weeks_weekdays_and_subjects(school_vault):
    vault, kinds = school_vault
    pupil_id = next(pid for pid, kind in kinds.items() if kind is PatternKind.SUBJECT)
    view = absence.pupil_absence(vault, pupil_id, today=TODAY)
    assert view.school_year_start == START
    assert len(view.profile.weeks) == 15
    assert view.profile.subjects[0] == ("Kroppsøving", 10.0)
    assert sum(view.profile.weekdays) == pytest.approx(10 / 6)


def test_a_school_with_its_own_start_is_measured_from_it(vault):
    school_id = pupils.save_school(vault, SchoolRecord(0, "Nyskolen", "", date(2026, 9, 1)))
    assert school_id
    pupil_id = pupils.add_pupil(vault, NewPupil("A", "B", date(2012, 1, 1), "Nyskolen", "7A"))
    view = absence.pupil_absence(vault, pupil_id, today=TODAY)
    assert view.school_year_start == date(2026, 9, 1)
    assert view.absence.school_days == 61


def test_one_pupils_view_reads_the_pupil_as_the_full_record_has_it_less_the_guardians(
    school_vault,
):
    vault, kinds = school_vault
    pupil_id = next(iter(kinds))
    with vault.session() as session, session.begin():
        full = pupil_store.get_pupil(session, pupil_id)
    assert absence.pupil_absence(vault, pupil_id, today=TODAY).pupil == full._replace(guardians=())
    with pytest.raises(pupil_store.PupilNotFound):
        absence.pupil_absence(vault, max(kinds) + 1, today=TODAY)
