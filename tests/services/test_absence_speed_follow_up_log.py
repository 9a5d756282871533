"""The fast read behind analyse_all gives what the entries give; a flag's follow-up is made once;
opening a pupil's absence is logged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from itertools import groupby

import pytest
from absence_fixtures import START, TODAY, calendar
from probes import follow_ups_for_pupil

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import (
    PatternKind,
    Thresholds,
    absent_lessons,
    analyse_pupil,
    most_serious_first,
    subject_shares,
)
from nurse_desk.domain.access_log import AccessAction
from nurse_desk.domain.follow_ups import FollowUpSource
from nurse_desk.services import absence, access
from nurse_desk.services.follow_up_work import complete_follow_up
from nurse_desk.storage import absence as absence_store

SATURDAY = date(2026, 10, 3)


@pytest.fixture
def filled(school_vault):
    """The planted patterns plus the odd cases: whole days, a Saturday, after today, before
    the school year."""
    vault, kinds = school_vault
    odd = min(kinds)
    with vault.session() as session, session.begin():
        absence_store.save_entries(
            session,
            [
                AbsenceEntry(odd, date(2026, 9, 1), reported=True),  # whole day
                AbsenceEntry(odd, date(2026, 9, 2), excused=True, reason="Syk"),
                AbsenceEntry(odd, SATURDAY, "1", "Norsk", lessons=2.0),
                AbsenceEntry(odd, date(2026, 12, 1), "1", "Norsk"),  # after the analysis day
                AbsenceEntry(odd, date(2026, 8, 3), "1", "Norsk"),  # before the school year
                AbsenceEntry(odd, date(2026, 9, 3), "2", "Matematikk", lessons=0.5, hours=0.4),
            ],
        )
    return vault, kinds


@pytest.mark.parametrize("include_excused", [True, False])
def test_lessons_for_the_analysis_are_the_entries_in_short(filled, include_excused):
    vault, _ = filled
    with vault.session() as session, session.begin():
        fast = absence_store.lessons_by_pupil(session, since=START, include_excused=include_excused)
        entries = absence_store.entries(session, since=START)
    kept = [e for e in entries if include_excused or not (e.reported or e.excused)]
    slow = {
        pid: sorted(absent_lessons(group)) for pid, group in groupby(kept, key=lambda e: e.pupil_id)
    }
    assert {pid: sorted(lessons) for pid, lessons in fast.items()} == slow
    assert sum(map(len, fast.values())) == len(kept) > 300
    assert (SATURDAY, False, "Norsk", 2.0) in fast[min(fast)]
    assert ((date(2026, 9, 1), True, "", 1.0) in fast[min(fast)]) is include_excused
    assert not any(day < START for lessons in fast.values() for day, *_ in lessons)


def test_analyse_all_flags_what_the_entry_by_entry_analysis_flags(filled):
    vault, _ = filled
    with vault.session() as session, session.begin():
        entries = absence_store.entries(session, since=START)
    lessons: dict[str, float] = {}
    for entry in entries:
        lessons[entry.subject] = lessons.get(entry.subject, 0.0) + entry.lessons
    shares = subject_shares(lessons)
    expected = most_serious_first(
        analyse_pupil(pid, group, calendar(), Thresholds(), shares)
        for pid, group in groupby(entries, key=lambda e: e.pupil_id)
    )
    overview = absence.analyse_all(vault, today=TODAY)
    assert [item.absence for item in overview.pupils] == expected
    assert len(expected) >= 25  # the planted patterns are found, so the comparison means something
    assert overview.entries == len(entries)


def _flag(vault, kinds, kind):
    pupil_id = next(pid for pid, k in kinds.items() if k is kind)
    [flag] = absence.pupil_absence(vault, pupil_id, today=TODAY, log_access=False).absence.flags
    return flag


def test_a_flag_pressed_twice_gives_one_follow_up(filled):
    vault, kinds = filled
    flag = _flag(vault, kinds, PatternKind.SUBJECT)
    assert absence.open_follow_up_for_flag(vault, flag) is None
    first = absence.follow_up_from_flag(vault, flag, description="PE", due_on=date(2026, 12, 1))
    again = absence.follow_up_from_flag(vault, flag, description="PE", due_on=date(2026, 12, 8))
    assert again == first
    [made] = follow_ups_for_pupil(vault, flag.pupil_id)
    assert (made.id, made.source, made.due_on) == (
        first,
        FollowUpSource.ABSENCE_FLAG,
        date(2026, 12, 1),
    )
    assert absence.open_follow_up_for_flag(vault, flag) == made


def test_a_done_follow_up_lets_the_flag_make_a_new_one(filled):
    vault, kinds = filled
    flag = _flag(vault, kinds, PatternKind.WEEKDAY)
    first = absence.follow_up_from_flag(vault, flag, description="Mondays", due_on=TODAY)
    complete_follow_up(vault, first, outcome="Talked with the pupil", now=datetime(2026, 11, 25))
    assert absence.open_follow_up_for_flag(vault, flag) is None
    second = absence.follow_up_from_flag(vault, flag, description="Mondays", due_on=TODAY)
    assert second != first
    assert len(follow_ups_for_pupil(vault, flag.pupil_id)) == 2


def test_other_flags_and_other_pupils_get_their_own_follow_up(filled):
    vault, kinds = filled
    subject = _flag(vault, kinds, PatternKind.SUBJECT)
    total = _flag(vault, kinds, PatternKind.TOTAL)
    same_pupil_other_kind = replace(subject, kind=PatternKind.FREQUENT)
    made = {
        absence.follow_up_from_flag(vault, flag, description="x", due_on=TODAY)
        for flag in (subject, total, same_pupil_other_kind)
    }
    assert len(made) == 3


def test_opening_a_pupils_absence_is_logged_once(filled):
    vault, kinds = filled
    pupil_id = next(pid for pid, k in kinds.items() if k is PatternKind.TOTAL)
    absence.pupil_absence(vault, pupil_id, today=TODAY)
    absence.pupil_absence(vault, pupil_id, today=TODAY, log_access=False)  # a reload
    [entry] = access.log_entries(vault, pupil_id=pupil_id)
    assert (entry.action, entry.detail) == (AccessAction.OPEN_PUPIL, absence.ABSENCE_VIEW)
    assert access.verify_log(vault) is None


def test_the_list_of_all_pupils_is_not_logged_per_pupil(filled):
    vault, _ = filled
    absence.analyse_all(vault, today=TODAY)
    assert access.log_entries(vault) == []
