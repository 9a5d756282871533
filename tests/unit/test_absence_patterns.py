"""The five worrying-absence patterns on generated pupils whose patterns are known."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from absence_fixtures import START, TODAY, calendar, planted, shares_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nurse_desk.domain.absence import AbsenceEntry
from nurse_desk.domain.absence_patterns import (
    AbsenceFlag,
    InvalidThreshold,
    PatternKind,
    PupilAbsence,
    Thresholds,
    analyse_pupil,
    most_serious_first,
)
from nurse_desk.domain.school_days import school_days, school_year_start


def _analyse(pupils, thresholds=None):
    thresholds = thresholds or Thresholds()
    shares, days = shares_of(pupils), calendar()
    return {
        number: analyse_pupil(number, entries, days, thresholds, shares)
        for number, (_, entries) in pupils.items()
    }


@pytest.mark.parametrize("seed", [8, 2026])
@pytest.mark.parametrize("kind", list(PatternKind))
def test_each_pattern_is_found_where_it_was_put_and_nowhere_else(kind, seed):
    pupils = planted(seed)
    results = _analyse(pupils)
    with_it = [n for n, (k, _) in pupils.items() if k is kind]
    without = [n for n, (k, _) in pupils.items() if k is not kind]
    found_with = sum(1 for n in with_it if kind in {f.kind for f in results[n].flags})
    found_without = sum(1 for n in without if kind in {f.kind for f in results[n].flags})
    print(
        f"\n{kind.value}: found in {found_with} of {len(with_it)} pupils with it, "
        f"in {found_without} of {len(without)} pupils without it"
    )
    assert (found_with, found_without) == (len(with_it), 0)


def test_ordinary_pupils_have_some_absence_but_no_flag():
    pupils = planted()
    results = _analyse(pupils)
    ordinary = [n for n, (k, _) in pupils.items() if k is None]
    assert sum(results[n].absent_days for n in ordinary) > len(ordinary)  # not an empty control
    assert all(not results[n].flags for n in ordinary)


def _monday_skipper(mondays: int) -> list[AbsenceEntry]:
    first = START + timedelta(days=7)
    return [AbsenceEntry(1, first + timedelta(weeks=2 * i)) for i in range(mondays)]


def test_weekday_flag_carries_its_numbers():
    entries = [*_monday_skipper(6), AbsenceEntry(1, date(2026, 9, 2))]
    [flag] = analyse_pupil(1, entries, calendar(), Thresholds()).flags
    assert (flag.kind, flag.weekday, flag.count, flag.of, flag.episodes) == (
        PatternKind.WEEKDAY,
        0,
        6,
        7,
        6,
    )
    assert flag.since == START


def test_thresholds_from_settings_are_respected():
    entries = _monday_skipper(4)
    assert not analyse_pupil(1, entries, calendar(), Thresholds(weekday_episodes=5)).flags
    [flag] = analyse_pupil(1, entries, calendar(), Thresholds(weekday_episodes=4)).flags
    assert flag.kind is PatternKind.WEEKDAY
    # Four whole days of 72 is 5.6 %: flagged at a 5 % limit, not at the default 10 %.
    lower = analyse_pupil(1, entries, calendar(), Thresholds(total_percent=5, weekday_episodes=9))
    assert [f.kind for f in lower.flags] == [PatternKind.TOTAL]


def test_a_friday_and_the_next_monday_are_one_episode():
    friday = date(2026, 10, 2)
    entries = [AbsenceEntry(1, friday), AbsenceEntry(1, friday + timedelta(days=3))]
    assert analyse_pupil(1, entries, calendar(), Thresholds()).episodes == 1


def test_missed_lessons_count_as_parts_of_a_day_and_a_day_at_most_once():
    day = date(2026, 10, 6)
    two = [AbsenceEntry(1, day, str(p), "Norsk") for p in (1, 2)]
    assert analyse_pupil(1, two, calendar(), Thresholds()).absent_days == pytest.approx(2 / 6)
    eight = [AbsenceEntry(1, day, str(p), "Norsk") for p in range(8)]
    assert analyse_pupil(1, eight, calendar(), Thresholds()).absent_days == 1


def test_weekends_holidays_and_days_outside_the_year_are_left_out():
    days = school_days(date(2026, 3, 2), date(2026, 5, 29), "no")
    assert date(2026, 5, 14) not in days.days  # Ascension Day
    entries = [
        AbsenceEntry(1, date(2026, 5, 14)),
        AbsenceEntry(1, date(2026, 5, 16)),
        AbsenceEntry(1, date(2026, 2, 27)),
    ]
    assert analyse_pupil(1, entries, days, Thresholds()).absent_days == 0


def test_school_year_start_defaults_to_august_and_follows_a_configured_day():
    assert school_year_start(date(2026, 11, 24), None, "no") == date(2026, 8, 15)
    assert school_year_start(date(2026, 3, 1), None, "se") == date(2025, 8, 20)
    assert school_year_start(date(2026, 11, 24), date(2024, 8, 19), "no") == date(2026, 8, 19)


def test_most_serious_first_orders_by_flag_count_then_kind_then_percent():
    flag = lambda kind: AbsenceFlag(0, kind, 1)  # noqa: E731
    one_subject = PupilAbsence(1, 9.0, 72, 3, (flag(PatternKind.SUBJECT),))
    one_total = PupilAbsence(2, 8.0, 72, 3, (flag(PatternKind.TOTAL),))
    two = PupilAbsence(3, 2.0, 72, 3, (flag(PatternKind.FREQUENT), flag(PatternKind.WEEKDAY)))
    none = PupilAbsence(4, 20.0, 72, 3, ())
    order = [p.pupil_id for p in most_serious_first([one_subject, none, one_total, two])]
    assert order == [3, 2, 1]


def test_fingerprint_changes_with_the_pattern_and_only_then():
    base = AbsenceFlag(1, PatternKind.WEEKDAY, 5, 6, START, weekday=0, episodes=5)
    assert base.fingerprint == dataclasses.replace(base, of=7).fingerprint
    assert base.fingerprint != dataclasses.replace(base, count=6).fingerprint
    assert base.fingerprint != dataclasses.replace(base, weekday=4).fingerprint


def test_a_threshold_of_zero_is_refused():
    with pytest.raises(InvalidThreshold):
        Thresholds(frequent_episodes=0).check()


_entries = st.lists(
    st.builds(
        AbsenceEntry,
        pupil_id=st.just(1),
        day=st.dates(date(2026, 8, 1), date(2026, 12, 31)),
        period=st.sampled_from(["", "1", "2", "3"]),
        subject=st.sampled_from(["", "Norsk", "Kroppsøving", "Matematikk"]),
        lessons=st.floats(0, 8, allow_nan=False),
    ),
    max_size=60,
)
_looser = st.fixed_dictionaries(
    {
        "total_percent": st.floats(0.5, 50),
        "frequent_episodes": st.integers(1, 8),
        "increasing_factor": st.floats(0.5, 4),
        "increasing_days": st.floats(0.5, 6),
        "weekday_percent": st.floats(10, 100),
        "weekday_episodes": st.integers(1, 8),
        "subject_factor": st.floats(0.5, 5),
        "subject_lessons": st.integers(1, 8),
    }
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(entries=_entries, strict=_looser, scale=st.floats(1.0, 3.0))
def test_patterns_never_crash_and_stricter_thresholds_never_add_flags(entries, strict, scale):
    """Monotonic: making every threshold stricter can only take flags away."""
    days = calendar()
    loose = Thresholds(**strict)
    stricter = Thresholds(
        **{
            name: (min(value * scale, 100.0) if isinstance(value, float) else int(value * scale))
            for name, value in strict.items()
        }
    )
    shares = {"Norsk": 0.5, "Kroppsøving": 0.2, "Matematikk": 0.3}
    relaxed = {f.kind for f in analyse_pupil(1, entries, days, loose, shares).flags}
    strict_kinds = {f.kind for f in analyse_pupil(1, entries, days, stricter, shares).flags}
    assert strict_kinds <= relaxed
    assert days.today == TODAY
